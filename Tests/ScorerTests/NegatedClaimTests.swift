import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17: a claim that denies something ("X has no effect on Y", "X is ineffective", "X does
/// not raise Y") read against one source sentence. A source that states the effect refutes it; a
/// source that denies it too, or finds no difference, agrees; a negation of something else in the
/// source (another noun's clause, a compared arm, "not only … but also", a double negative, a
/// hedge) is neither. Sentences written for these tests, one shape per row. Session 22 sorted the
/// SciFact pairs of this family (Scorer README, "Session 22 (2026-12-08): a negated or denied
/// claim"), then fixed five general misreadings of main's: a small effect, an article before a
/// denied predicate, a double negative, another noun's negation and a concessive clause; each fix
/// has rows where it must not fire.
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

    /// Where the five fixes must not fire: the source's negation is the main clause's own, or sits
    /// in a concessive clause that carries the claim, or is "not" after a copula: it still refutes
    /// a plain claim.
    static let negationsThatStillRefute: [ClaimAndPage] = [
        ("Green tea lowers cholesterol in adults.",
         ["Although it was well tolerated, green tea did not lower cholesterol in adults."]),
        ("Green tea lowers cholesterol in adults.",
         ["Although green tea did not lower cholesterol in adults, it was well tolerated."]),
        ("Green tea lowers cholesterol in adults.",
         ["Cholesterol in adults was not lowered by green tea."]),
    ]

    @Test func aStatedEffectRefutesADenyingClaim() {
        for (claim, passages) in Self.statedEffects + Self.hiddenOrDoubleDenials {
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

    @Test func aNegationInAConcessiveClauseLeavesTheFindingStanding() {
        for (claim, passages) in Self.backgroundNegations {
            let result = check(claim, passages)
            #expect(result.verdict != .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func aNegationOfTheClaimsOwnFindingStillRefutes() {
        for (claim, passages) in Self.negationsThatStillRefute {
            let result = check(claim, passages)
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    @Test func aNegatedArmBesideTheStatedEffectIsNoAgreement() {
        for (claim, passages) in Self.armNegations + Self.otherNegations {
            let result = check(claim, passages)
            #expect(result.verdict != .supported, "\(claim): \(result.verdict) (\(result.reason))")
        }
    }

    // MARK: The cues themselves, where each fix must and must not fire

    func firstNegation(_ text: String) -> String? {
        let analysis = TextAnalyzer().analyze(text)
        return Polarity.negations(in: analysis, near: Array(0..<analysis.count), window: 6).first?.phrase
    }

    /// An article between copula and denied predicate hides no denial; the article alone, with no
    /// copula before it, makes a modifier ("received an ineffective placebo"), and "not" before the
    /// predicate cancels it.
    @Test func aDeniedPredicateAfterAnArticleDenies() {
        #expect(firstNegation("Music therapy is an ineffective treatment for anxiety.") == "ineffective")
        #expect(firstNegation("Surgery was a largely ineffective option for knee pain.") == "ineffective")
        #expect(firstNegation("The control group received an ineffective placebo pill.") == nil)
        #expect(firstNegation("Music therapy is not an ineffective treatment for anxiety.") == nil)
        #expect(firstNegation("Music therapy is not ineffective for anxiety.") == nil)
    }

    /// Two denials in a row cancel; one alone, or "did not fail" with no "to", still denies.
    @Test func aDoubleNegativeStatesTheEffect() {
        #expect(firstNegation("Vitamin C did not fail to shorten colds.") == nil)
        #expect(firstNegation("The new drug never failed to lower fever in children.") == nil)
        #expect(firstNegation("Vitamin C did not fail in the second trial.") == "did not fail")
        #expect(firstNegation("Vitamin C failed to shorten colds.") == "failed to shorten")
        #expect(firstNegation("Vitamin C did not shorten colds.") == "did not shorten")
    }

    /// "not" opening a participle after a noun describes that noun; after a copula, an auxiliary,
    /// "or" or at the start it is the clause's own.
    @Test func aNegatedParticipleAfterANounIsThatNounsModifier() {
        #expect(firstNegation("Protein A bound many proteins not previously linked to the pathway.") == nil)
        #expect(firstNegation("Patients not treated with statins had more strokes.") == nil)
        #expect(firstNegation("Protein A was not previously linked to the pathway.") == "not previously")
        #expect(firstNegation("Protein A has not been linked to the pathway.") == "not been")
        #expect(firstNegation("Whether or not treated early, patients recovered.") == "not treated")
        #expect(firstNegation("Protein A, not protein B, bound the repair enzymes.") == "not protein")
    }

    /// A comma closes a concessive clause; it closes nothing else, and a concessive word after the
    /// comma opens its own clause.
    @Test func aConcessiveClauseEndsAtItsComma() {
        let clauses = { (text: String) in TextAnalyzer().analyze(text).clauses(of: text) }
        #expect(clauses("Although the trial was small, walking lowered blood pressure.") == [0, 0, 0, 0, 0, 1, 1, 1, 1])
        #expect(Set(clauses("In the trial, walking lowered blood pressure.")) == [0])
        #expect(Set(clauses("Walking lowered blood pressure, although the trial was small.")) == [0, 1])
    }

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
