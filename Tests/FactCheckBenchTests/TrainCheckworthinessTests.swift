import Testing
@testable import FactCheckBench

/// The check-worthiness trainer's choice among the grid's settings: a tie (CV F1 within the
/// tolerance of the best) goes to the strongest regularisation, then to the grid's order, so the
/// committed table is what the trainer writes on every run. Scores are made up.
@Suite struct TrainCheckworthinessTests {
    func scored(_ lambda: Double, minCount: Int = 4, pairs: Bool = false, f1: Double) -> TrainCheckworthiness.Scored {
        TrainCheckworthiness.Scored(
            config: TrainingConfig(lambda: lambda, minCount: minCount, wordPairs: pairs, epochs: 12), threshold: 0.3, f1: f1)
    }

    @Test func aTieGoesToTheLargestL2() throws {
        // The weakest regularisation leads by less than the tolerance: the strongest wins.
        let rows = [scored(1e-5, f1: 0.6563), scored(1e-4, f1: 0.6561), scored(1e-3, f1: 0.6560)]
        #expect(try #require(TrainCheckworthiness.choose(rows)).config.lambda == 1e-3)
    }

    @Test func aLeadBeyondTheToleranceIsNoTie() throws {
        let rows = [scored(1e-5, f1: 0.6570), scored(1e-4, f1: 0.6562), scored(1e-3, f1: 0.6560)]
        #expect(try #require(TrainCheckworthiness.choose(rows)).config.lambda == 1e-5)
        // Within the tolerance of the best counts, however the rows are ordered.
        let edge = [scored(1e-5, f1: 0.6600), scored(1e-3, f1: 0.6595)]
        #expect(try #require(TrainCheckworthiness.choose(edge)).config.lambda == 1e-3)
    }

    @Test func theSameL2TiesGoToTheGridsOrder() throws {
        let rows = [
            scored(1e-4, minCount: 2, f1: 0.650), scored(1e-3, minCount: 2, pairs: true, f1: 0.6601),
            scored(1e-3, minCount: 4, f1: 0.6604), scored(1e-3, minCount: 4, pairs: true, f1: 0.6600),
        ]
        let chosen = try #require(TrainCheckworthiness.choose(rows))
        #expect(chosen.config.minCount == 2 && chosen.config.wordPairs, "the first of the tied rows with the largest L2")
        #expect(TrainCheckworthiness.choose([]) == nil)
    }

    @Test func theGridRunsL2ThenMinCountThenPairs() {
        let grid = TrainCheckworthiness.grid(epochs: 12)
        #expect(grid.count == 12)
        #expect(grid.map(\.lambda) == [1e-5, 1e-5, 1e-5, 1e-5, 1e-4, 1e-4, 1e-4, 1e-4, 1e-3, 1e-3, 1e-3, 1e-3])
        #expect(grid.prefix(4).map(\.minCount) == [2, 2, 4, 4])
        #expect(grid.prefix(2).map(\.wordPairs) == [false, true])
    }
}
