import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// Issue #17, session 18: a source stating the opposite direction of the claim's outcome, in the
/// shapes the tuning pairs showed the rules missing: a change verb the lexicon does not know
/// ("encourages" against "delayed"), the sign of an association ("a positive correlation"), and a
/// sentence whose clauses move the outcome both ways for two exposures ("lower risk for X, whereas
/// higher risk for Y"). Rules for all three were built and measured and not kept (Scorer README,
/// Session 18): main's wrong verdicts are known issues here, and the cases where such a rule must
/// not fire (another subject, the same way, a denied claim, another outcome, the clause about the
/// claim's exposure agreeing) are plain tests any later attempt must keep. Sentences written for
/// these tests.
@Suite struct OppositeDirectionTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String], kind: Claim.Kind = .causal) -> ClaimCheck {
        Fixtures.check(claimText, kind: kind, against: passages, by: scorer)
    }

    // MARK: "encourage" is up, "delay" is down (tried, not kept: README, Session 18)

    @Test func encouragedAgainstDelayedIsContradicted() {
        let check = verdict(
            "Caffeine encourages tumour growth in mice",
            ["In mice, caffeine delayed tumour growth by several weeks."])
        withKnownIssue("'encourages' and 'delayed' are no change words (issue #17, Scorer README, Session 18)") {
            #expect(check.verdict == .contradicted, "\(check.reason)")
        }
    }

    @Test func encouragedAgainstPromotedIsNoContradiction() {
        let check = verdict(
            "Caffeine encourages tumour growth in mice",
            ["In mice, caffeine promoted tumour growth over several weeks."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// Another exposure delays the outcome: it says nothing of the claim's.
    @Test func delayedByAnotherSubjectIsNoContradiction() {
        let check = verdict(
            "Caffeine encourages tumour growth in mice",
            ["In mice, daily aspirin delayed tumour growth by several weeks."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// The claim denies the increase; a source reporting a delay agrees with it.
    @Test func deniedEncouragementAgainstDelayIsNoReversal() {
        let check = verdict(
            "Caffeine does not encourage tumour growth in mice",
            ["In mice, caffeine delayed tumour growth by several weeks."])
        #expect(!check.reason.contains("opposite direction"), "\(check.reason)")
    }

    /// The claim's own outcome moves the claim's way; only another outcome is delayed.
    @Test func delayOfAnotherOutcomeIsNoContradiction() {
        let check = verdict(
            "Caffeine encourages tumour growth in mice",
            ["In mice, caffeine encouraged tumour growth; it delayed weight gain."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    // MARK: the sign of an association (tried, not kept: README, Session 18)

    /// "a positive correlation between X and Y" against "X was associated with a reduction in Y":
    /// opposite, but "positive" is read as no direction, so the verdict is not `contradicted`.
    /// Reading the sign before a word of association was tried and dropped: such a claim has no
    /// exposure side, so the reversal also fired for a sentence about another subject.
    @Test func positiveCorrelationAgainstReducedRiskIsContradicted() {
        let check = verdict(
            "There is a positive correlation between coffee drinking and kidney stones",
            ["Coffee drinking was associated with a marked reduction in the risk of kidney stones."],
            kind: .general)
        withKnownIssue("the sign of an association ('positive correlation') is no direction (issue #17, Scorer README, Session 18)") {
            #expect(check.verdict == .contradicted, "\(check.reason)")
        }
    }

    /// Another subject's inverse association says nothing of the claim's.
    @Test func inverseAssociationOfAnotherSubjectIsNoContradiction() {
        let check = verdict(
            "There is a positive correlation between coffee drinking and kidney stones",
            ["Green tea drinking showed an inverse association with kidney stones."],
            kind: .general)
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    // MARK: two clauses, two exposures, one outcome (tried, not kept: README, Session 18)

    /// The clause naming the claim's exposure lowers the outcome; the other raises it for another.
    @Test func clauseAboutTheClaimsExposureDecides() {
        let check = verdict(
            "Eating whole grains increases the risk of heart disease",
            ["Eating whole grains was linked to a lower risk of heart disease, whereas eating refined grains was linked to a higher risk."])
        withKnownIssue("a sentence moving the outcome both ways has no direction, whatever its clauses' subjects (issue #17, Scorer README, Session 18)") {
            #expect(check.verdict == .contradicted, "\(check.reason)")
        }
    }

    /// The same sentence, the claim about the other exposure: its clause goes the claim's way.
    @Test func clauseAboutTheClaimsExposureAgreeingIsNoContradiction() {
        let check = verdict(
            "Eating refined grains increases the risk of heart disease",
            ["Eating whole grains was linked to a lower risk of heart disease, whereas eating refined grains was linked to a higher risk."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// Neither clause names the claim's exposure: no subject, no direction.
    @Test func clausesAboutOtherSubjectsAreNoContradiction() {
        let check = verdict(
            "Eating whole grains increases the risk of heart disease",
            ["Eating white rice was linked to a lower risk of heart disease, whereas eating red meat was linked to a higher risk."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// The clause naming the exposure lowers another outcome; the clause naming the claim's
    /// outcome (its subject understood) raises it: no reversal.
    @Test func clauseNamingTheOutcomeOutweighsTheSubjectsName() {
        let check = verdict(
            "Steroid pills increase the risk of wound infection",
            ["Steroid pills lowered the risk of nausea but were linked to a higher risk of wound infection."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// The claim denies the increase; the clause about its exposure reports a lower risk.
    @Test func deniedIncreaseAgainstTheLowerClauseIsNoReversal() {
        let check = verdict(
            "Eating whole grains did not increase the risk of heart disease",
            ["Eating whole grains was linked to a lower risk of heart disease, whereas eating refined grains was linked to a higher risk."])
        #expect(!check.reason.contains("opposite direction"), "\(check.reason)")
    }
}
