import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17, session 8: contradictions whose denial is a word, not a "not". A claim that an
/// exposure is "ineffective", "inaccurate" or "incapable" is refuted by a source that reports the
/// effect ("mirror-image" claims, SciFact's commonest contradiction the rules missed), and "evidence
/// was lacking for X" refutes a claimed link. Sentences written for these tests.
@Suite struct DeniedPredicateTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        scorer.check(Fixtures.claim(claimText, kind: .causal), sources: [Fixtures.source("https://example.org/study", passages)])
    }

    @Test func ineffectiveClaimIsContradictedByAReportedEffect() {
        let check = verdict(
            "Acupuncture is ineffective for chronic neck pain",
            ["In the trial, acupuncture was effective for chronic neck pain and lowered pain scores over twelve weeks."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason.contains("ineffective"), "\(check.reason)")
    }

    @Test func inaccurateClaimIsContradictedByAnAccurateTest() {
        let check = verdict(
            "Finger-prick testing is inaccurate at detecting anaemia in children",
            ["Finger-prick testing was accurate at detecting anaemia in children, agreeing with venous samples in 96% of cases."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func incapableClaimIsContradictedWhenTheSourceShowsTheAbility() {
        let check = verdict(
            "Newborn calves are incapable of producing antibodies against the bovine virus",
            ["Newborn calves were producing antibodies against the bovine virus within ten days of the first dose."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func ineffectiveInTheSourceContradictsAClaimedBenefit() {
        let check = verdict(
            "Vitamin C shortens colds in adults",
            ["Daily vitamin C was ineffective at shortening colds in adults."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func lackingEvidenceContradictsAClaimedLink() {
        let check = verdict(
            "Migraine is linked to memory loss",
            ["Across the twelve cohorts, evidence was lacking for memory loss in people with migraine."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// The subject check still comes first: a denied claim against an effect of another kind of
    /// the exposure is not contradicted.
    @Test func ineffectiveClaimAgainstAnotherKindOfTheExposureIsNoContradiction() {
        let check = verdict(
            "Green tea is ineffective at lowering blood pressure",
            ["Black tea lowered blood pressure in the crossover trial."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// Missing evidence about another condition says nothing about the claim's.
    @Test func lackingEvidenceAboutAnotherSubjectIsNoContradiction() {
        let check = verdict(
            "Migraine is linked to memory loss",
            ["Across the twelve cohorts, evidence was lacking for memory loss in people with epilepsy."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// "independent" and "immune" stay content words: "an independent predictor" is a finding for
    /// the claim, not a denial of it.
    @Test func independentPredictorIsNoDenial() {
        let check = verdict(
            "High blood pressure predicts stroke in older adults",
            ["High blood pressure was an independent predictor of stroke in older adults."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }
}
