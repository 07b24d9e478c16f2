import FactCheckModel
import Testing
@testable import Scorer

/// Session 9's review: claim/source pairs the clause, condition, compared-group and hedge readings
/// got wrong. Each asserts the verdict the pair should get. Sentences written for these tests.
@Suite struct ReviewedReadingTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passage: String, kind: Claim.Kind = .causal) -> ClaimCheck {
        scorer.check(Fixtures.claim(claimText, kind: kind), sources: [Fixtures.source("https://example.org/study", [passage])])
    }

    func compared(_ claimText: String, _ passage: String) -> ClaimCheck {
        verdict(claimText, passage, kind: .comparison)
    }

    // MARK: A time or a dose is no condition (item 1)

    @Test func aTimeIsNoConditionDuring() {
        let check = verdict(
            "Aspirin prevents stroke in older adults",
            "Aspirin did not prevent stroke during five years of follow-up, but it raised bleeding in older adults.")
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func aTimeIsNoConditionAt() {
        let check = verdict(
            "Aspirin prevents stroke in older adults",
            "Aspirin did not prevent stroke at 12 months, but bleeding rose in older adults.")
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func aTimeIsNoConditionFor() {
        let check = verdict(
            "Statins reduce heart attacks in women",
            "Statins did not reduce heart attacks for the first year, whereas muscle pain was common in women.")
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func theClauseNamingMoreOfTheConditionDecides() {
        let check = verdict(
            "Melatonin improves sleep in older adults",
            "Melatonin improved sleep in younger adults but not in older adults.")
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    // MARK: The one-group rule is reverted (item 2)

    /// No contradiction. "supported" is more than these one-group sentences say (the word overlap
    /// gives it; left, see Sources/Scorer/README.md); the test pins that they are not contradicted.
    @Test func oneGroupEnrolledIsNoComparison() {
        let claim = "Men are more susceptible to severe influenza than women"
        for passage in [
            "Women were enrolled at higher rates in the severe influenza cohort.",
            "Women with severe influenza had higher rates of pneumonia.",
            "In women, the risk of severe influenza increased with age.",
        ] {
            let check = compared(claim, passage)
            #expect(check.verdict == .supported, "\(passage): \(check.reason)")
        }
    }

    @Test func theOtherTreatmentWorkingIsNoComparison() {
        let check = compared(
            "Exercise is more effective than medication for treating depression",
            "Medication increased remission rates in patients treated for depression.")
        #expect(check.verdict == .overstated, "\(check.reason)")
    }

    // MARK: The groups are the noun phrases next to the marker (item 3)

    @Test func swappedTreatmentsContradict() {
        let check = compared(
            "Exercise is more effective than medication for treating depression",
            "Medication was more effective than exercise for treating depression.")
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func aComparisonOfOutcomesIsNoComparisonOfGroups() {
        let check = compared(
            "Men are more susceptible to severe influenza than women",
            "Women were more susceptible to severe influenza than to mild influenza.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func aThirdGroupIsNoReversal() {
        let check = compared(
            "Men are more susceptible to severe influenza than women",
            "Women were more susceptible to severe influenza than children, and men were the most susceptible.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    // MARK: A change verb sized by a comparative (item 4)

    @Test func aVerbSizedByMoreAgreesWithTheVerb() {
        let check = compared(
            "The drug lowers blood pressure more than placebo",
            "The drug lowered blood pressure by 9 mmHg compared with placebo.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func reducesMoreThanAgreesWithReducedComparedWith() {
        let check = compared(
            "Exercise reduces depressive symptoms more than medication",
            "Exercise reduced depressive symptoms compared with medication in the trial.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    // MARK: Anatomy (item 5)

    @Test func lowerBackPainIsNoComparative() {
        let check = compared(
            "Office workers have more back pain than drivers",
            "Lower back pain was common in office workers compared with drivers.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    // MARK: A denied predicate after a clause opener (item 6)

    @Test func aRelativeClausesCopulaIsNotShared() {
        let check = verdict(
            "The program improved walking speed in older patients",
            "Older patients who were frail but unable to exercise at home improved their walking speed in the program.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func aNewSubjectAfterYetKeepsTheDenialOff() {
        let check = verdict(
            "Patients improved their walking speed after the program",
            "Patients were frail at entry, yet unable to exercise at home, they improved their walking speed after the program.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func whileOpensAClauseOfItsOwn() {
        let check = verdict(
            "The device improved grip strength in stroke patients",
            "Stroke patients were followed for a year, and while unable to walk, they improved grip strength with the device.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    @Test func althoughOpensAClauseOfItsOwn() {
        let check = verdict(
            "The nasal spray is effective in adults with hay fever",
            "The nasal spray was well tolerated and, although ineffective in children, was effective in adults with hay fever.")
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    // MARK: Hedges that frame the claim's clause (items 7 and 8)

    @Test func aModalBeforeAnInterruptingClauseHedges() {
        let check = verdict(
            "Evening walks lower blood sugar in older adults",
            "Evening walks might, although the trial was small, lower blood sugar in older adults.")
        #expect(check.verdict == .overstated, "\(check.reason)")
    }

    @Test func aSentenceOpeningFrameHedgesEveryClause() {
        let check = verdict(
            "Evening walks lower blood sugar in older adults",
            "It is possible that, although adherence was poor, evening walks lower blood sugar in older adults.")
        #expect(check.verdict == .overstated, "\(check.reason)")
    }

    @Test func speculationFramesTheClauseAfterAColon() {
        let check = verdict(
            "Evening walks lower blood sugar in older adults",
            "We speculate that evening walks may be useful: they lower blood sugar in older adults.")
        #expect(check.verdict == .overstated, "\(check.reason)")
    }

    @Test func couldNotOnlyStillHedges() {
        let check = verdict(
            "Evening walks lower blood sugar in older adults",
            "Evening walks could not only lower blood sugar in older adults but also improve their sleep.")
        #expect(check.verdict == .overstated, "\(check.reason)")
    }
}
