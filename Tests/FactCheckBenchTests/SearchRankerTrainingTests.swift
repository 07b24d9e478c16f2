import ScholarlySources
import Testing
@testable import FactCheckBench

/// The search ranker's trainer: deterministic (the same claims give the same weights, to the bit)
/// and it learns the order the labels teach. Made-up feature rows: the cited paper holds more of
/// the claim in its best sentence, the engine ranks it anywhere.
struct SearchRankerTrainingTests {
    static var claims: [TrainSearchRanker.Claim] {
        let best = SearchRankingFeatures.names.firstIndex(of: "best")!
        let exactRank = SearchRankingFeatures.names.firstIndex(of: "exactRank")!
        return (0..<20).map { index in
            let rows = (0..<5).map { paper in
                var row = [Double](repeating: 0, count: SearchRankingFeatures.names.count)
                row[exactRank] = 1 / Double(paper + 1)
                row[best] = paper == index % 5 ? 0.9 : Double((index + paper) % 4) / 10
                return row
            }
            return TrainSearchRanker.Claim(rows: rows, cited: (0..<5).map { $0 == index % 5 })
        }
    }

    @Test func trainingIsDeterministicAndLearnsTheLabels() {
        let first = TrainSearchRanker.fit(Self.claims, lambda: 0.01, steps: 200, rate: 0.5)
        let second = TrainSearchRanker.fit(Self.claims, lambda: 0.01, steps: 200, rate: 0.5)
        #expect(first == second)
        let ranker = SearchRanker(weights: first)
        #expect(TrainSearchRanker.recall(Self.claims, ranker).0 == 1)
        // The engine's order alone puts the cited paper first in a fifth of the claims.
        #expect(TrainSearchRanker.recall(Self.claims, SearchRanker(weights: SearchRankingFeatures.names.map { $0 == "exactRank" ? 1 : 0 })).0 < 0.5)
    }
}
