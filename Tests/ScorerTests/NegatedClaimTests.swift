import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17: a claim that denies something ("X has no effect on Y", "X is ineffective", "X does
/// not raise Y") read against one source sentence. A source that states the effect refutes it; a
/// source that denies it too, or finds no difference, agrees; a negation of something else in the
/// source (another noun's clause, a compared arm, "not only … but also", a double negative, a
/// hedge) is neither. Sentences written for these tests, one shape per row. Session 22 sorted the
/// SciFact pairs of this family and found fewer than three a general rule could reach net, so no
/// rule was built (Scorer README, "Session 22 (2026-12-08): a negated or denied claim"); the rows
/// main reads wrong are carried as known issues, each failing loudly once a fix reads it right.
@Suite struct NegatedClaimTests: ClaimTableChecks {
    let scorer = ClaimScorer()

    /// The source states the effect the claim denies: a refutation, whatever else the sentence holds.
    static let statedEffects: [ClaimAndPage] = [
        ("Coffee does not raise blood pressure.",
         ["Coffee raised systolic blood pressure by 5 mmHg within an hour."]),
        ("Music therapy is ineffective for anxiety.",
         ["Patients given music therapy had much lower anxiety scores than those given standard care."]),
        ("Exercise does not reduce depression in teenagers.",
         ["Exercise not only reduced depression in teenagers but also improved their sleep."]),
    ]

    /// The source denies it too, or finds no difference, or hedges its own denial: never a refutation.
    static let agreeingDenials: [ClaimAndPage] = [
        ("Yoga is not superior to stretching for easing back pain.",
         ["There was no significant difference in back pain between the yoga group and the stretching group after 12 weeks."]),
        ("Statins do not increase the risk of dementia.",
         ["Most statins do not seem to increase the risk of dementia in adults over 65."]),
    ]

    /// A negation in a background clause of a plain finding: the finding stands (main reads the
    /// "although" clause's "did not reach" as the source saying the opposite).
    static let backgroundNegations: [ClaimAndPage] = [
        ("Daily walking lowers blood pressure in older adults.",
         ["Although the trial did not reach its planned size, daily walking lowered blood pressure in older adults."]),
    ]

    /// Main's misreadings, with what a fix must read: "little effect" is a denial that agrees with
    /// a claim of no effect (main: "the article denies it; the source states it").
    static let littleEffect: [ClaimAndPage] = [
        ("Folic acid has no effect on the risk of hip fracture.",
         ["Folic acid had little effect on the risk of hip fracture in older women."]),
    ]

    /// "X is an ineffective treatment for Y" denies as "X is ineffective for Y" does (main reads no
    /// denial: the article between the copula and the predicate hides it), and a double negative
    /// ("did not fail to shorten") states the effect (main reads two denials that agree).
    static let hiddenOrDoubleDenials: [ClaimAndPage] = [
        ("Music therapy is an ineffective treatment for anxiety.",
         ["Patients given music therapy had much lower anxiety scores than those given standard care."]),
        ("Vitamin C has no effect on the length of colds.",
         ["Vitamin C did not fail to shorten colds: they lasted two days less on average."]),
    ]

    /// A negation that belongs to another noun ("proteins not previously linked to …") is no denial
    /// of the claim's relation, so it is no agreement with a denying claim either (main reads it as
    /// support: two denials that agree).
    static let otherNegations: [ClaimAndPage] = [
        ("Protein A has no known interaction with the repair enzymes.",
         ["Protein A bound 40 partners, including several repair enzymes, and many proteins not previously linked to the pathway."]),
    ]

    /// A negation that names a compared arm ("while not taking …") beside the effect stated for the
    /// other arm: no agreement with the denying claim (main reads it right, by the rules' "the
    /// article denies it; the source states it"; a rule that lets two denials agree must keep it so).
    static let armNegations: [ClaimAndPage] = [
        ("Sleeping pills do not raise the risk of falls in older adults.",
         ["Falls over one year were 5% for older adults while not taking sleeping pills and 9% for those taking them."]),
    ]

    @Test func aStatedEffectRefutesADenyingClaim() {
        for (claim, passages) in Self.statedEffects {
            let result = check(claim, passages)
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func aDenialOrNullFindingNeverRefutesADenyingClaim() {
        for (claim, passages) in Self.agreeingDenials {
            let result = check(claim, passages)
            #expect(result.verdict != .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func aNegationInABackgroundClauseIsAKnownMisreading() {
        expectKnownMisreadings(Self.backgroundNegations) { $0.verdict != .contradicted }
    }

    @Test func aNegatedArmBesideTheStatedEffectIsNoAgreement() {
        for (claim, passages) in Self.armNegations {
            let result = check(claim, passages)
            #expect(result.verdict != .supported, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func littleEffectAgainstADenyingClaimIsAKnownMisreading() {
        expectKnownMisreadings(Self.littleEffect) { $0.verdict != .contradicted }
    }

    @Test func aHiddenOrDoubleDenialIsAKnownMisreading() {
        expectKnownMisreadings(Self.hiddenOrDoubleDenials) { $0.verdict == .contradicted }
    }

    @Test func aNegationOfAnotherThingIsAKnownMisreadingAsAgreement() {
        expectKnownMisreadings(Self.otherNegations) { $0.verdict != .supported }
    }
}
