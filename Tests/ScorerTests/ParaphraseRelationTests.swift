import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// Relevance that survives paraphrase, and cues read on sentences near the claim (issue #17):
/// a claim that names a broader word than its source (``Generalisation``), and a source near the
/// claim that dates it otherwise (``ScoringThresholds/cueRelevance``). Sentences written for these tests.
@Suite struct ParaphraseRelationTests {
    let scorer = ClaimScorer()

    func check(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        scorer.check(Fixtures.claim(claimText), sources: [Fixtures.source("https://example.org/page", passages)])
    }

    // MARK: WordNet's hierarchy, as the scorer reads it

    @Test func aKindLeadsUpToItsBroaderWords() {
        let stemmer = Stemmer()
        let broader = WordNetRelations.shared.broaderStems(than: "cellphone", senses: 2, levels: 32)
        #expect(broader.contains(stemmer.stem("telephone")))
        #expect(!WordNetRelations.shared.broaderStems(than: "telephone", senses: 2, levels: 32).contains(stemmer.stem("cellphone")))
    }

    // MARK: A broader word in the claim is covered by its kind in the source

    @Test func aClaimInBroaderWordsIsStated() {
        let result = check("The musician repaired the telephone.", ["The violinist repaired the cellphone on Tuesday."])
        #expect(result.verdict == .supported, "\(result.verdict): \(result.reason)")
        #expect(result.reason.hasPrefix("the source states this"), "\(result.reason)")
    }

    /// The other way round the claim says more than its source: the rules do not call it stated.
    @Test func aClaimMoreSpecificThanItsSourceIsNotStated() {
        let result = check("The violinist repaired the cellphone.", ["The musician repaired the telephone on Tuesday."])
        #expect(!result.reason.hasPrefix("the source states this"), "\(result.verdict): \(result.reason)")
    }

    // MARK: A sentence near the claim that dates it otherwise

    @Test func aNearSentenceWithAnotherYearContradicts() {
        let result = check("The old stone bridge opened to traffic in 1932.", ["The stone bridge was finished in 1936."])
        #expect(result.verdict == .contradicted, "\(result.verdict): \(result.reason)")
        #expect(result.reason.contains("1936"), "\(result.reason)")
    }

    @Test func aSentenceAboutSomethingElseWithAnotherYearDoesNot() {
        let result = check("The old stone bridge opened to traffic in 1932.", ["The harbour museum was founded in 1936."])
        #expect(result.verdict != .contradicted, "\(result.verdict): \(result.reason)")
    }
}
