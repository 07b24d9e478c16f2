import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17: a comparison of groups that carries its own better / worse: a verb of winning
/// ("outperformed"), "superior to", "inferior to", read against "more effective than". Sentences
/// written for these tests.
@Suite struct ComparedGroupsWinningTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .comparison, against: passages, by: scorer)
    }

    @Test(arguments: [
        ("Walking is more effective than swimming for easing knee pain",
         "Swimming outperformed walking for easing knee pain in the trial."),
        ("Walking is more effective than swimming for easing knee pain",
         "Swimming was superior to walking for easing knee pain in the trial."),
        ("Walking is superior to swimming for easing knee pain",
         "Walking was inferior to swimming for easing knee pain in the trial."),
        ("Walking is more effective than swimming for easing knee pain",
         "Walking was outperformed by swimming for easing knee pain in the trial."),
    ])
    func theOtherWinnerContradicts(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// Must not contradict: the same winner in other words (active, passive, the loser first), and
    /// a verb of winning over something the claim does not compare ("outperformed expectations").
    @Test(arguments: [
        ("Walking is more effective than swimming for easing knee pain",
         "Walking outperformed swimming for easing knee pain in the trial."),
        ("Walking is more effective than swimming for easing knee pain",
         "Swimming was inferior to walking for easing knee pain in the trial."),
        ("Walking is superior to swimming for easing knee pain",
         "Swimming was outperformed by walking for easing knee pain in the trial."),
        ("Walking is more effective than swimming for easing knee pain",
         "Walking outperformed expectations for easing knee pain in the trial."),
    ])
    func theSameWinnerDoesNotContradict(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// "superior" as a noun or a rank, without "to", compares nothing. These sentences hold no
    /// other comparison marker, so the test passes on a tree without the winning markers too: it
    /// guards only against a future widening of ``Lexicon/winningMarkers`` to the bare adjective.
    @Test func superiorWithoutToIsNoComparison() {
        let analyzer = TextAnalyzer()
        #expect(ComparedGroups.comparison(in: analyzer.analyze("The Mother Superior walked to the chapel"), clauses: nil) == nil)
        #expect(ComparedGroups.comparison(in: analyzer.analyze("Her superior approved the swimming trial"), clauses: nil) == nil)
    }

    @Test func theWinnerAndItsDirection() throws {
        let analyzer = TextAnalyzer()
        let active = try #require(ComparedGroups.comparison(in: analyzer.analyze("Swimming outperformed walking"), clauses: nil))
        #expect(active.axis == .quality && active.sign == 1)
        let passive = try #require(ComparedGroups.comparison(in: analyzer.analyze("Swimming was outperformed by walking"), clauses: nil))
        #expect(passive.axis == .quality && passive.sign == -1)
        let merit = try #require(ComparedGroups.comparison(in: analyzer.analyze("Walking is less effective than swimming"), clauses: nil))
        #expect(merit.axis == .amount && merit.merit && merit.sign == -1)
        #expect(merit.sharesAxis(with: active) && active.sharesAxis(with: merit))
        let amount = try #require(ComparedGroups.comparison(in: analyzer.analyze("Walking gave higher scores than swimming"), clauses: nil))
        #expect(!amount.merit && !amount.sharesAxis(with: active) && amount.sharesAxis(with: merit))
    }

    /// "more effective" is a comparison of merit on the amount axis: it still meets "higher ...
    /// than" and "greater ... than" (amount), as well as "outperformed" (better / worse).
    @Test(arguments: [
        ("Yoga is more effective than stretching for back pain",
         "Stretching gave higher remission rates than yoga for back pain."),
        ("Yoga is more effective than stretching for back pain",
         "Stretching had greater efficacy than yoga for back pain."),
        ("Yoga produces greater pain relief than stretching",
         "Stretching was more effective than yoga for pain relief."),
    ])
    func meritMeetsAmountAcrossTheGroups(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// Must not contradict: a negated marker ("non-inferior"), a mixed finding (the marker in a
    /// second predicate after "and"), a preference for another reason ("preferable", not read), and
    /// merit against amount with the same winner.
    @Test(arguments: [
        ("Yoga is more effective than stretching for back pain",
         "Yoga was non-inferior to stretching for back pain in the trial."),
        ("Yoga is more effective than stretching for back pain",
         "Stretching was non-inferior to yoga for back pain in the trial."),
        ("Yoga is more effective than stretching for back pain",
         "Yoga was superior in one clinic and inferior to stretching in another."),
        ("Yoga is more effective than stretching for back pain",
         "Stretching is preferable to yoga because it needs no teacher."),
        ("Yoga is more effective than stretching for back pain",
         "Yoga gave higher remission rates than stretching for back pain."),
    ])
    func negatedMixedOrPreferredDoesNotContradict(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    @Test func negatedMixedAndPreferredGiveNoReading() {
        let analyzer = TextAnalyzer()
        for sentence in [
            "Yoga was non-inferior to stretching",
            "Yoga was superior in one clinic and inferior to stretching in another",
            "Stretching is preferable to yoga",
        ] {
            #expect(ComparedGroups.comparison(in: analyzer.analyze(sentence), clauses: nil) == nil, "\(sentence)")
        }
    }
}
