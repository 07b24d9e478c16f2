import FactCheckModel
import Testing
@testable import Scorer
import TextAnalysis

/// Stems as integer ids: the vocabulary that issues them, the set that holds them, and the promise
/// that no result depends on which id a stem happened to get.
@Suite struct StemVocabularyTests {
    @Test func idsAreDenseStableAndReversible() {
        let vocabulary = StemVocabulary()
        let cortisol = vocabulary.id(of: "cortisol")
        let massag = vocabulary.id(of: "massag")
        #expect(cortisol.raw == 0 && massag.raw == 1)
        #expect(vocabulary.id(of: "cortisol") == cortisol, "a stem keeps its id")
        #expect(vocabulary.count == 2)
        #expect(vocabulary.stem(of: massag) == "massag")
        #expect(vocabulary.existingID(of: "sleep") == nil)
        #expect(vocabulary.count == 2, "asking does not issue")
    }

    @Test func theAnalyzerGivesEqualStemsEqualIDs() {
        let analyzer = TextAnalyzer()
        let claim = analyzer.analyze("Massage reduces cortisol.")
        let source = analyzer.analyze("Cortisol was reduced after massages.")
        for (i, j) in [(0, 2), (1, 2), (2, 0)] {
            #expect(claim.stems[i] == source.stems[j] ? claim.stemIDs[i] == source.stemIDs[j] : claim.stemIDs[i] != source.stemIDs[j])
        }
        #expect(claim.stemIDs[1] == source.stemIDs[2], "reduces and reduced share the stem reduc")
        #expect(zip(source.stems, source.stemIDs).allSatisfy { analyzer.vocabulary.stem(of: $0.1) == $0.0 })
    }

    @Test func theAnalyzerStemsAsAMemoisingStemmerDoes() {
        let text = "Reduced cortisol reduces stress; the reductions were not significant, and 12.5 percent relapsed."
        let stemmer = Stemmer()
        let analysis = TextAnalyzer().analyze(text + " " + text)
        for (word, stem) in zip(analysis.words, analysis.stems) {
            #expect(stem == (CueLexicon.isCueOrStop(word) || word.first!.isNumber ? word : stemmer.stem(word)))
        }
    }

    @Test func stemSetMembershipAndAlgebra() {
        let ids = [5, 1, 9, 1, 3].map { StemID(raw: $0) }
        let set = StemSet(ids)
        #expect(set.count == 4, "repeats are dropped")
        #expect(set.sorted.map(\.raw) == [1, 3, 5, 9])
        for raw in 0...10 { #expect(set.contains(StemID(raw: Int32(raw))) == [1, 3, 5, 9].contains(raw)) }
        #expect(StemSet().contains(StemID(raw: 0)) == false)
        #expect(set.isSuperset(of: [StemID(raw: 3), StemID(raw: 9)]))
        #expect(!set.isSuperset(of: [StemID(raw: 3), StemID(raw: 4)]))
        #expect(set.union([StemID(raw: 4), StemID(raw: 9)]).sorted.map(\.raw) == [1, 3, 4, 5, 9])
        #expect(set.subtracting(StemSet([StemID(raw: 1), StemID(raw: 7)])).sorted.map(\.raw) == [3, 5, 9])
    }

    /// Ids follow reading order, so they differ from check to check; the verifier's features (and so
    /// every verdict) must not. An analyzer that met the words in another order first must read the
    /// same numbers.
    @Test func featuresDoNotDependOnWhichIDAStemGot() {
        let claim = "Chenodeoxycholic acid increases brown adipose tissue activity in women."
        let abstract = [
            "Brown adipose tissue (BAT) burns energy, and whether bile acids act on it in humans is unknown.",
            "We gave chenodeoxycholic acid (CDCA) to 12 healthy women for two days.",
            "CDCA treatment increased BAT activity, and it was not ineffective in men.",
        ]
        func features(_ analyzer: TextAnalyzer) -> [[Double]] {
            let query = ClaimQuery(Claim.bare(claim), analyzer: analyzer)
            let index = SentenceIndex(presplit: abstract, analyzer: analyzer)
            return SentenceFeatures.read(query, index: index, thresholds: .standard, analyzer: analyzer).map(\.features)
        }
        let fresh = features(TextAnalyzer())
        let scrambled = TextAnalyzer()
        // Issue ids for the abstract's words backwards (and a few unrelated ones) before the claim is read.
        _ = scrambled.analyze("zebra " + abstract.reversed().joined(separator: " ").split(separator: " ").reversed().joined(separator: " "))
        #expect(features(scrambled) == fresh)
        #expect(fresh.count == abstract.count)
    }
}
