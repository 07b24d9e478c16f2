import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// Issue #17, session 8, second round: a direction is read on the claim's outcome, not from the
/// first change word. "Higher X reduces Y" moves X up and Y down; a source raising Y contradicts
/// it, one lowering Y in other words does not, and one about another exposure says nothing.
/// Sentences written for these tests.
@Suite struct OutcomeDirectionTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .causal, against: passages, by: scorer)
    }

    /// The claim moves two things both ways ("higher", "reduces"): only the outcome's change
    /// word counts, and the source moves the outcome the other way.
    @Test func oppositeChangeOnTheOutcomeIsContradicted() {
        let check = verdict(
            "Higher fibre intake reduces the risk of bowel cancer",
            ["In the cohort, higher fibre intake increased the risk of bowel cancer over ten years."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// Different words, the same change on the outcome: "reduces" and "lowered".
    @Test func sameChangeInOtherWordsIsNoContradiction() {
        let check = verdict(
            "Higher fibre intake reduces the risk of bowel cancer",
            ["In the cohort, higher fibre intake lowered the risk of bowel cancer over ten years."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// The source moves another thing up and the claim's outcome the claimed way.
    @Test func anotherMeasureMovingUpIsNoContradiction() {
        let check = verdict(
            "Statins lower mortality after a heart attack",
            ["After a heart attack, statins increased survival at one year and lowered mortality by a fifth."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// The outcome moves the other way, but for another exposure.
    @Test func oppositeChangeForAnotherSubjectIsNoContradiction() {
        let check = verdict(
            "Higher fibre intake reduces the risk of bowel cancer",
            ["In the cohort, daily alcohol consumption increased the risk of bowel cancer over ten years."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// The claim's outcome direction is the change word governing its first outcome word.
    @Test func claimDirectionIsTheOutcomes() {
        let query = ClaimQuery(Fixtures.claim("Higher fibre intake reduces the risk of bowel cancer", kind: .causal), analyzer: TextAnalyzer())
        #expect(query.directions.first { $0.axis == .amount } == nil)
        #expect(query.outcomeDirections.map(\.sign) == [-1])
        #expect(query.outcomeDirections.map(\.word) == ["reduces"])
    }
}
