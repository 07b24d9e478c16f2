import FactCheckModel
import Testing
@testable import Scorer

/// A sentence that repeats every claim word but one and names another thing in its place
/// (``SubstitutedWord``, issue #17): no support, no contradiction, an `unverified` that names both
/// words; the same thing said otherwise (a synonym, a broader or narrower word, a pronoun, an
/// abbreviation, another form of the noun) still states the claim. Sentences written for these tests.
@Suite struct SubstitutedWordTests {
    let scorer = ClaimScorer()

    func check(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        scorer.check(Fixtures.claim(claimText), sources: [Fixtures.source("https://example.org/page", passages)])
    }

    // MARK: Another thing in one place: unverified, naming both

    @Test func anotherThingInOnePlaceIsUnverified() {
        for (claim, passage, source, article) in [
            ("The drug lowered blood pressure in mice.", "The drug lowered blood pressure in rats.", "rats", "mice"),
            ("The new clinic treats asthma in farmers.", "The new clinic treats asthma in miners.", "miners", "farmers"),
            ("The festival moved to Paris after the storm.", "The festival moved to Rome after the storm.", "rome", "paris"),
            ("The organ failed.", "The bank failed.", "bank", "organ"),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .unverified, "\(claim): \(result.verdict): \(result.reason)")
            #expect(result.reason == "the source says '\(source)' where the article says '\(article)'", "\(claim): \(result.reason)")
            #expect(!result.evidence.contains { $0.stance == .supports || $0.stance == .contradicts }, "\(result.evidence)")
        }
    }

    /// Under "every", "only" or "no" a narrower word in the source says less than the claim.
    @Test func aNarrowerWordUnderEveryOrOnlyIsAnotherThing() {
        for (claim, passage) in [
            ("Every vehicle was inspected.", "Every truck was inspected."),
            ("Only adults were enrolled.", "Only women were enrolled."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .unverified, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    /// Another sentence that states the claim still decides.
    @Test func anotherSentenceThatStatesItDecides() {
        let result = check("The drug lowered blood pressure in mice.",
                           ["The drug lowered blood pressure in rats.", "In mice, the drug lowered blood pressure within a week."])
        #expect(result.verdict == .supported, "\(result.verdict): \(result.reason)")
    }

    /// A cue that contradicts on its own keeps contradicting.
    @Test func aChangedYearStillContradicts() {
        let result = check("The bridge over the river opened in 1932 in Leeds.", ["The bridge over the river opened in 1951 in York."])
        #expect(result.verdict == .contradicted, "\(result.verdict): \(result.reason)")
    }

    // MARK: The same thing said otherwise still states the claim

    @Test func theSameThingSaidOtherwiseIsStated() {
        for (claim, passage) in [
            // a synonym in some sense
            ("The photo shows the mayor at the harbour.", "The picture shows the mayor at the harbour."),
            ("The doctor examined the boy at home.", "The physician examined the boy at home."),
            // a broader word in the claim (the source names a kind of it)
            ("The musician repaired the telephone.", "The violinist repaired the cellphone."),
            ("The drug lowered blood pressure in animals.", "The drug lowered blood pressure in mice."),
            // a broader word in the source
            ("The drug lowered blood pressure in mice.", "The drug lowered blood pressure in rodents."),
            // another form of the noun
            ("The drug lowered blood pressure in the mice.", "The drug lowered blood pressure in the mouse."),
            // an abbreviation
            ("The vaccine prevented tuberculosis in infants.", "The vaccine prevented TB in infants."),
            // a pronoun subject
            ("The pianist founded the band in Leeds.", "She founded the band in Leeds."),
            // a paraphrase with the same noun
            ("The council approved the budget for schools.", "The budget for schools was approved by the council."),
            // a name the source refers to by a common noun
            ("Zorvex sells shoes to teenagers.", "The company sells shoes to teenagers."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .supported, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    // MARK: The feature alone

    @Test func findsTheWordBetweenTheClaimsNeighbours() {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim("Sleep loss impairs memory in students."), analyzer: analyzer)
        let sentence = analyzer.analyze("Sleep loss impairs attention in students.")
        let index = SentenceIndex(sources: [Fixtures.source("https://example.org/a", ["Sleep loss impairs attention in students."])], analyzer: analyzer)
        let coverage = TermCoverage(query: query, index: index, thresholds: .product)
        let finding = SubstitutedWord.find(claim: query, sentence: sentence, coverage: coverage, broader: [])
        #expect(finding == SubstitutedWord.Finding(claimWord: "memory", sourceWord: "attention"))
    }

    @Test func abbreviationsAreTheLettersInOrder() {
        #expect(SubstitutedWord.isAbbreviation("tuberculosis", "tb"))
        #expect(SubstitutedWord.isAbbreviation("lab", "laboratory"))
        #expect(!SubstitutedWord.isAbbreviation("mice", "rats"))
        #expect(!SubstitutedWord.isAbbreviation("men", "women"))
    }
}
