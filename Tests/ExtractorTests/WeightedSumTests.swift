import FactCheckModel
import Foundation
import Testing
@testable import Extractor

/// Learned scores are sums over dictionaries of named features; they must not depend on the
/// order a dictionary happens to iterate in (seeded per process, shaped by capacity and insertion
/// history), or a score exactly at a threshold could flip between two runs (``WeightedSum``).
///
/// The values are chosen so that the order shows: 1e16 absorbs a following 1 (the spacing of
/// doubles there is 2, and the tie rounds to even), while ones added before it, or after -1e16,
/// count. In the names' order ("a" = 1e16, nineteen ones, "u" = -1e16) the sum is exactly 0; in
/// most other orders it is not, so a scorer that summed in a dictionary's own order would fail here
/// on almost every run.
@Suite struct WeightedSumTests {
    static let names = (UInt8(ascii: "a")...UInt8(ascii: "u")).map { String(UnicodeScalar($0)) }

    static func value(_ name: String) -> Double {
        name == "a" ? 1e16 : name == "u" ? -1e16 : 1
    }

    /// The same 21 entries, inserted forwards into a small dictionary and backwards into a large one.
    static func twoOrders() -> (forwards: [String: Double], backwards: [String: Double]) {
        var forwards: [String: Double] = [:]
        for name in names { forwards[name] = value(name) }
        var backwards = [String: Double](minimumCapacity: 512)
        for name in names.reversed() { backwards[name] = value(name) }
        return (forwards, backwards)
    }

    static let ones = Dictionary(uniqueKeysWithValues: names.map { ($0, 1.0) })

    @Test func theSameFeaturesInTwoOrdersGiveBitIdenticalScores() {
        let (forwards, backwards) = Self.twoOrders()
        #expect(forwards == backwards)
        let model = CheckworthinessModel(weights: Self.ones, threshold: 0.5)
        #expect(model.learnedLogit(values: forwards).bitPattern == 0.0.bitPattern)
        #expect(model.learnedLogit(values: backwards).bitPattern == 0.0.bitPattern)
        let gate = ArticleClaimGate(weights: Self.ones, threshold: 0.5)
        #expect(gate.logit(values: forwards).bitPattern == 0.0.bitPattern)
        #expect(gate.logit(values: backwards).bitPattern == 0.0.bitPattern)
        #expect(WeightedSum.of(["x": 2, "y": 4], weights: ["x": 0.25], from: 3) == 3.5, "the start, then the weighted values; an unweighted name adds nothing")
    }

    /// Weights for real features that make the sum order-sensitive: of the names whose value is 1,
    /// the first (by name) weighs 1e16, the last -1e16, the rest 1; other names weigh nothing. In
    /// the names' order the learned sum is exactly 0.
    static func orderSensitiveWeights(_ values: [String: Double]) -> [String: Double] {
        let unit = values.filter { $0.value == 1 }.keys.sorted()
        var weights: [String: Double] = [:]
        for name in unit { weights[name] = 1 }
        if let first = unit.first, let last = unit.last, first != last {
            weights[first] = 1e16
            weights[last] = -1e16
        }
        return weights
    }

    @Test func theCheckworthinessScoreOfASentenceAddsInNameOrder() {
        let features = CheckworthinessFeatures(
            sentence: "The old ferry from the north pier carried more riders last spring than the new bridge did all year.")
        let weights = Self.orderSensitiveWeights(features.values)
        #expect(weights.count >= 15, "enough unit-valued names for the order to show")
        #expect(CheckworthinessModel.priorLogit(features.structural) == 0, "no fixed prior reached: the logit is the learned sum")
        let model = CheckworthinessModel(weights: weights, threshold: 0.5)
        #expect(model.score(features) == 0.5)
    }

    @Test func theGateProbabilityOfASentenceAddsInNameOrder() throws {
        let text = "We moved the whole office to Lisbon in 2019 and hired 40 engineers there."
        let inputs = try ClaimExtractor(gate: nil).extract(bytes: Array(text.utf8), path: "post.txt", format: .text).gateInputs
        let features = try #require(inputs.first?.features)
        let weights = Self.orderSensitiveWeights(features.values)
        #expect(weights.count >= 4)
        #expect(ArticleClaimGate(weights: weights, threshold: 0.5).probability(features) == 0.5)
    }
}
