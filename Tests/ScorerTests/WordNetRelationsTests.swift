import Testing
@testable import Scorer
import TextAnalysis

/// What the scorer takes from WordNet: forms of the same root as alternatives, and opposites.
@Suite struct WordNetRelationsTests {
    @Test func aDerivedFormIsAnAlternativeOfTheClaimWord() throws {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim("Massage brings a reduction in cortisol"), analyzer: analyzer)
        let reduction = try #require(query.terms.first { $0.stem == analyzer.stem("reduction") })
        let reduce = try #require(analyzer.vocabulary.existingID(of: analyzer.stem("reduce")))
        #expect(reduction.alternatives.contains { $0 == [reduce] })
    }

    @Test func wordNetAntonymsOpposeTheClaim() {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim("Drug X gives a strong response"), analyzer: analyzer)
        let weak = analyzer.analyze("Drug X gives a weak response.")
        let same = analyzer.analyze("Drug X gives a strong response.")
        let probe = Antonyms.Probe(
            claimStems: query.terms.map(\.stem),
            moreOpposites: Dictionary(uniqueKeysWithValues: query.terms.map { ($0.stem, $0.opposites) }),
            vocabulary: analyzer.vocabulary)
        #expect(probe.mismatch(in: weak))
        #expect(!probe.mismatch(in: same))
    }

    @Test func theHandAntonymsAreOnlyWhatWordNetLacks() {
        let stemmer = Stemmer()
        func stem(_ word: String) -> String { CueLexicon.isCueOrStop(word) ? word : stemmer.stem(word) }
        for (left, right) in Lexicon.antonymPairs {
            let both = WordNetRelations.shared.entry(for: left).opposites.contains(stem(right))
                && WordNetRelations.shared.entry(for: right).opposites.contains(stem(left))
            #expect(!both, "WordNet already opposes \(left) and \(right): drop the hand pair")
        }
    }

    @Test func aWordUnknownToWordNetHasNoRelations() {
        let entry = WordNetRelations.shared.entry(for: "qzxvbn")
        #expect(entry.alternatives.isEmpty)
        #expect(entry.opposites.isEmpty)
    }
}
