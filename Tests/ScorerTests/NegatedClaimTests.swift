import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17: a claim that denies something ("X has no effect on Y", "X is ineffective", "X does
/// not raise Y") read against one source sentence. A source that states the effect refutes it; a
/// source that denies it too, or finds no difference, agrees; a negation of something else in the
/// source (another noun's clause, a compared arm, "not only … but also", a double negative, a
/// hedge) is neither. Sentences written for these tests, one shape per row. Session 22 sorted the
/// SciFact pairs of this family (Scorer README, "Session 22 (2026-12-08): a negated or denied
/// claim"), then built five general fixes of main's misreadings and kept one, "little effect" as a
/// small effect that agrees with a denying claim; the other four (an article before a denied
/// predicate, a double negative, another noun's negated participle, a concessive clause) failed the
/// keep rule and stay known issues, each failing loudly once a fix reads it right.
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

    /// A negation in a background clause of a plain finding: the finding stands. A concessive
    /// clause ("although …,") ends at its comma (``AnalyzedText/clauses(of:)``).
    static let backgroundNegations: [ClaimAndPage] = [
        ("Daily walking lowers blood pressure in older adults.",
         ["Although the trial did not reach its planned size, daily walking lowered blood pressure in older adults."]),
    ]

    /// "Little effect" is a denial that agrees with a claim of no effect.
    static let littleEffect: [ClaimAndPage] = [
        ("Folic acid has no effect on the risk of hip fracture.",
         ["Folic acid had little effect on the risk of hip fracture in older women."]),
    ]

    /// "X is an ineffective treatment for Y" denies as "X is ineffective for Y" does, and a double
    /// negative ("did not fail to shorten") states the effect.
    static let hiddenOrDoubleDenials: [ClaimAndPage] = [
        ("Music therapy is an ineffective treatment for anxiety.",
         ["Patients given music therapy had much lower anxiety scores than those given standard care."]),
        ("Vitamin C has no effect on the length of colds.",
         ["Vitamin C did not fail to shorten colds: they lasted two days less on average."]),
    ]

    /// A negation that belongs to another noun ("proteins not previously linked to …") is no denial
    /// of the claim's relation, so it is no agreement with a denying claim either.
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

    /// A negation of the claim's own finding still refutes a plain claim, in a concessive clause
    /// that carries the claim or after it, or after a copula: what a concessive-clause rule must keep.
    static let negationsThatStillRefute: [ClaimAndPage] = [
        ("Green tea lowers cholesterol in adults.",
         ["Although it was well tolerated, green tea did not lower cholesterol in adults."]),
        ("Green tea lowers cholesterol in adults.",
         ["Although green tea did not lower cholesterol in adults, it was well tolerated."]),
        ("Green tea lowers cholesterol in adults.",
         ["Cholesterol in adults was not lowered by green tea."]),
    ]

    @Test func aStatedEffectRefutesADenyingClaim() {
        for (claim, passages) in Self.statedEffects {
            let result = check(claim, passages)
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func aDenialOrNullFindingNeverRefutesADenyingClaim() {
        for (claim, passages) in Self.agreeingDenials + Self.littleEffect {
            let result = check(claim, passages)
            #expect(result.verdict != .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func aNegationInABackgroundClauseIsAKnownMisreading() {
        expectKnownMisreadings(Self.backgroundNegations) { $0.verdict != .contradicted }
    }

    @Test func aHiddenOrDoubleDenialIsAKnownMisreading() {
        expectKnownMisreadings(Self.hiddenOrDoubleDenials) { $0.verdict == .contradicted }
    }

    @Test func aNegationOfAnotherThingIsAKnownMisreadingAsAgreement() {
        expectKnownMisreadings(Self.otherNegations) { $0.verdict != .supported }
    }

    @Test func aNegationOfTheClaimsOwnFindingStillRefutes() {
        for (claim, passages) in Self.negationsThatStillRefute {
            let result = check(claim, passages)
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func aNegatedArmBesideTheStatedEffectIsNoAgreement() {
        for (claim, passages) in Self.armNegations {
            let result = check(claim, passages)
            #expect(result.verdict != .supported, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    // MARK: The small-effect reading, where it must and must not fire

    /// "Little" makes a finding only in a small-effect phrase, near the claim's words: not as size,
    /// not in "little is known", not far from the claim in another clause.
    @Test func littleEffectIsASmallEffectOnlyAsAPhrase() {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim("Fish oil has no effect on memory"), analyzer: analyzer)
        let states = { (text: String) -> Bool in
            let sentence = analyzer.analyze(text)
            return Polarity.statesSmallEffect(
                sentence, near: query.anchorPositions(in: sentence), window: 6, clauses: sentence.clauses(of: text),
                claim: query)
        }
        #expect(states("Fish oil had little effect on memory in older adults."))
        #expect(states("Fish oil had little or no effect on memory."))
        #expect(!states("Little is known about how fish oil improved memory."))
        #expect(!states("A little fish oil each day improved memory."))
        #expect(!states("Fish oil improved memory; sleep showed little change over the year in the control arm of the study."))
    }
}
