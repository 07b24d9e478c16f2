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

    /// "superior" as a noun or a rank, without "to", compares nothing.
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
        #expect(merit.axis == .quality && merit.sign == -1)
    }
}
