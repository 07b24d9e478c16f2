import Testing
@testable import FactCheckBench

/// The check-worthiness trainer's choice among the grid's settings: a tie (CV F1 within the
/// tolerance of the best) goes to the highest first-stage recall on our article labels, then
/// precision there, then the grid's order, so the committed table is what the trainer writes on
/// every run. Scores and counts are made up.
@Suite struct TrainCheckworthinessTests {
    func scored(_ lambda: Double, minCount: Int = 4, pairs: Bool = false, f1: Double, accepted: (true: Int, false: Int)? = nil) -> TrainCheckworthiness.Scored {
        var row = TrainCheckworthiness.Scored(
            config: TrainingConfig(lambda: lambda, minCount: minCount, wordPairs: pairs, epochs: 12), threshold: 0.3, f1: f1)
        if let accepted {
            // 100 true claims on the article pages; `accepted.true` of them and `accepted.false` others accepted.
            var counts = PrecisionRecall()
            counts.truePositives = accepted.true
            counts.falseNegatives = 100 - accepted.true
            counts.falsePositives = accepted.false
            row.articles = counts
        }
        return row
    }

    @Test func aTieGoesToTheHighestArticleRecall() {
        // The weakest regularisation leads on debates by less than the tolerance; the middle one
        // keeps the most true article claims.
        let rows = [
            scored(1e-5, f1: 0.6563, accepted: (80, 20)), scored(1e-4, f1: 0.6561, accepted: (83, 40)),
            scored(1e-3, f1: 0.6560, accepted: (81, 10)),
        ]
        #expect(TrainCheckworthiness.choose(rows) == 1)
    }

    @Test func equalRecallGoesToPrecisionThenTheGridsOrder() {
        let rows = [
            scored(1e-5, f1: 0.6560, accepted: (83, 30)), scored(1e-4, f1: 0.6560, accepted: (83, 20)),
            scored(1e-3, f1: 0.6560, accepted: (83, 20)),
        ]
        #expect(TrainCheckworthiness.choose(rows) == 1, "the fewer false acceptances, then the first in the grid")
    }

    @Test func aLeadBeyondTheToleranceIsNoTie() {
        // The leader keeps fewer article claims, but its debate lead is real: no tie to break.
        let rows = [scored(1e-5, f1: 0.6570), scored(1e-4, f1: 0.6562, accepted: (90, 0)), scored(1e-3, f1: 0.6560, accepted: (90, 0))]
        #expect(TrainCheckworthiness.tied(rows) == [0])
        #expect(TrainCheckworthiness.choose(rows) == 0)
        // Within the tolerance of the best counts, however the rows are ordered.
        let edge = [scored(1e-5, f1: 0.6600, accepted: (70, 0)), scored(1e-3, f1: 0.6595, accepted: (71, 0))]
        #expect(TrainCheckworthiness.tied(edge) == [0, 1])
        #expect(TrainCheckworthiness.choose(edge) == 1)
        #expect(TrainCheckworthiness.choose([]) == nil)
    }

    @Test func aTiedIncumbentStaysUnlessAnotherKeepsMoreThanTheMarginMore() {
        let committed = TrainCheckworthiness.Setting(lambda: 1e-3, minCount: 4, wordPairs: false)
        let margin = TrainCheckworthiness.incumbentMargin
        // Another tied setting keeps the margin's worth more true claims: still the pages' noise.
        let near = [scored(1e-4, f1: 0.6561, accepted: (80 + margin, 30)), scored(1e-3, f1: 0.6560, accepted: (80, 20))]
        #expect(TrainCheckworthiness.choose(near) == 0, "without an incumbent the higher recall wins")
        #expect(TrainCheckworthiness.choose(near, incumbent: committed) == 1)
        // One claim beyond the margin is a lead worth the change.
        let beyond = [scored(1e-4, f1: 0.6561, accepted: (81 + margin, 30)), scored(1e-3, f1: 0.6560, accepted: (80, 20))]
        #expect(TrainCheckworthiness.choose(beyond, incumbent: committed) == 0)
        // An incumbent that is no longer tied on debates has no claim to stay.
        let untied = [scored(1e-4, f1: 0.6600, accepted: (80, 30)), scored(1e-3, f1: 0.6560, accepted: (90, 20))]
        #expect(TrainCheckworthiness.choose(untied, incumbent: committed) == 0)
        // Just outside the tie but within the incumbent's wider band, it is still measured and kept.
        let edge = [scored(1e-5, f1: 0.6570, accepted: (80, 30)), scored(1e-3, f1: 0.6562, accepted: (82, 20))]
        #expect(TrainCheckworthiness.tied(edge) == [0])
        #expect(TrainCheckworthiness.judgedOnArticles(edge, incumbent: committed) == [0, 1])
        #expect(TrainCheckworthiness.judgedOnArticles(edge, incumbent: nil) == [0])
        #expect(TrainCheckworthiness.choose(edge, incumbent: committed) == 1)
        #expect(TrainCheckworthiness.choose(edge) == 0)
        // An incumbent the grid does not hold (another min count) changes nothing.
        let other = TrainCheckworthiness.Setting(lambda: 1e-3, minCount: 2, wordPairs: false)
        #expect(TrainCheckworthiness.choose(near, incumbent: other) == 0)
    }

    @Test func theIncumbentIsReadFromTheTrainedLineTheTrainerWrites() {
        let table = """
            # Check-worthiness model: made-up header.
            # Trained: 2026-01-02. L2 1e-05, features seen at least 2 times, word pairs: true, 12 epochs of AdaGrad.
            threshold\t0.350
            f:bias\t-1.0
            """
        #expect(TrainCheckworthiness.setting(inTable: table) == .init(lambda: 1e-5, minCount: 2, wordPairs: true))
        #expect(TrainCheckworthiness.setting(inTable: "threshold\t0.350\nf:bias\t-1.0\n") == nil)
        #expect(TrainCheckworthiness.setting(inTable: "# Trained: 2026-01-02. L2 strong, features seen at least 2 times, word pairs: true,") == nil)
    }

    @Test func theGridRunsL2ThenMinCountThenPairs() {
        let grid = TrainCheckworthiness.grid(epochs: 12)
        #expect(grid.count == 12)
        #expect(grid.map(\.lambda) == [1e-5, 1e-5, 1e-5, 1e-5, 1e-4, 1e-4, 1e-4, 1e-4, 1e-3, 1e-3, 1e-3, 1e-3])
        #expect(grid.prefix(4).map(\.minCount) == [2, 2, 4, 4])
        #expect(grid.prefix(2).map(\.wordPairs) == [false, true])
    }
}
