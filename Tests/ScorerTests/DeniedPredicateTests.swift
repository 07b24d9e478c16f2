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
        Fixtures.check(claimText, kind: .causal, against: passages, by: scorer)
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
        #expect(check.verdict == .unverified, "\(check.reason)")
    }

    /// Missing evidence about another condition says nothing about the claim's: nothing here is
    /// about migraine, so it is neither support nor contradiction (session 13; a known issue before,
    /// when the trained verifier read it as support).
    @Test func lackingEvidenceAboutAnotherSubjectIsNoContradiction() {
        let check = verdict(
            "Migraine is linked to memory loss",
            ["Across the twelve cohorts, evidence was lacking for memory loss in people with epilepsy."])
        #expect(check.verdict != .contradicted, "\(check.reason)")
        #expect(check.verdict == .unverified, "\(check.reason)")
    }

    /// A denial on the claim's outcome for another condition, the claim's subject named nowhere.
    @Test func aDenialAboutAnotherConditionIsNoSupport() {
        for passage in [
            "In the national registry, evidence was lacking for hair loss in people with diabetes.",
            "No link was found between diabetes and hair loss in the national registry.",
        ] {
            let check = verdict("Coffee is linked to hair loss", [passage])
            #expect(check.verdict == .unverified, "\(passage): \(check.verdict): \(check.reason)")
            // Only what the sources lack: a synonym of the subject may be there, unread.
            #expect(check.reason == "the sources do not name the claim's subject ('coffee')", "\(check.reason)")
        }
    }

    /// The claim's own condition, with the evidence lacking: still a contradiction.
    @Test func lackingEvidenceAboutTheClaimsSubjectContradicts() {
        let check = verdict(
            "Migraine is linked to memory loss",
            ["Across the twelve cohorts, evidence was lacking for memory loss in people with migraine."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// "independent" and "immune" stay content words: "an independent predictor" is a finding for
    /// the claim, not a denial of it.
    @Test func independentPredictorIsNoDenial() {
        let check = verdict(
            "High blood pressure predicts stroke in older adults",
            ["High blood pressure was an independent predictor of stroke in older adults."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    // MARK: Review of session 8: denials read where they deny nothing

    /// Something "lacking" that is no evidence is a finding, not a denial.
    @Test func aNutrientLackingIsNoDenial() {
        let check = verdict(
            "Vitamin D deficiency raises fracture risk in adults in northern Europe",
            ["Vitamin D is lacking in 40% of adults in northern Europe, and in the cohort vitamin D deficiency raised fracture risk."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func lackingEvidenceBeforeItsVerbStillDenies() {
        let check = verdict(
            "Migraine is linked to memory loss",
            ["Evidence for memory loss in people with migraine was lacking across the twelve cohorts."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// "unable" in a relative clause describes the patients; the claim is not denied.
    @Test func unableInARelativeClauseIsNoDenial() {
        let check = verdict(
            "Physiotherapy helped stroke patients who were unable to walk regain mobility",
            ["Physiotherapy helped stroke patients with severe walking difficulty regain mobility within six months."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// "an ineffective placebo" is an attribute of the comparison, not the claim's predicate.
    @Test func anIneffectiveComparatorIsNoDenial() {
        let check = verdict(
            "Metformin lowered blood glucose compared with an ineffective placebo",
            ["Metformin lowered blood glucose compared with placebo over twelve weeks."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// The denial sits in a clause about something else; the clause with the claim's words states it.
    @Test func unableInAnotherClauseIsNoDenial() {
        let check = verdict(
            "Home visits reduced hospital readmissions in heart failure patients",
            ["Nurses were unable to attend every visit, but the home visits reduced hospital readmissions in heart failure patients."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func notInAnotherClauseIsNoDenial() {
        let check = verdict(
            "Home visits reduced hospital readmissions in heart failure patients",
            ["Nurses did not attend every visit, but the home visits reduced hospital readmissions in heart failure patients."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func unrelatedInAnotherClauseIsNoDenial() {
        let check = verdict(
            "Massage lowers cortisol",
            ["Massage was unrelated to sleep quality, but massage lowered cortisol in the trial."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// The denial is about another group (children); the clause about the claim's group states it.
    @Test func aDenialForAnotherGroupIsNoDenial() {
        let check = verdict(
            "The finger-prick test is accurate in adults with anaemia",
            ["The test was accurate in adults but inaccurate in children with anaemia."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// A claim that X is ineffective at Y-ing is refuted by a finding that X Y-ed, whether or not
    /// the source also says X was ineffective at something else, and without the word "effective".
    @Test func ineffectiveClaimIsContradictedDespiteAnotherDenial() {
        let check = verdict(
            "Statins are ineffective at lowering LDL cholesterol",
            ["Statins lowered LDL cholesterol; statins were ineffective at preventing dementia."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func ineffectiveClaimIsContradictedByTheEffectAlone() {
        let check = verdict(
            "Statins are ineffective at lowering LDL cholesterol",
            ["Statins lowered LDL cholesterol in adults."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }
}
