import Foundation
import Testing
@testable import FactCheckBench

/// `verify-compare`'s join of two predictions files and its counts, and the per-round spread
/// `verify --cross-fit` prints. Hand-made labels and ids; no data set is read.
@Suite struct VerifyCompareTests {
    typealias Line = PairedPredictions.Line
    typealias PairID = PairedPredictions.PairID

    /// Three cited pairs of two claims: claim 1 supported by doc 10, contradicted by doc 11;
    /// claim 2's doc 12 has no evidence entry.
    static let gold: [PairID: String] = [
        PairID(claimID: 1, docID: 10): "SUPPORT", PairID(claimID: 1, docID: 11): "CONTRADICT",
        PairID(claimID: 2, docID: 12): "NEI",
    ]

    static func lines(_ labels: [String], round: Int?) -> [Line] {
        let ids = [(1, 10), (1, 11), (2, 12)]
        return zip(ids, labels).map { Line(claim_id: $0.0.0, doc_id: $0.0.1, label: $0.1, round: round) }
    }

    @Test func goldIsReadAsVerifyReadsIt() throws {
        let json = #"{"id": 7, "claim": "A made-up claim.", "evidence": {"3": [{"sentences": [0], "label": "CONTRADICT"}]}, "cited_doc_ids": [3, 4]}"#
        let record = try JSONDecoder().decode(Scifact.ClaimRecord.self, from: Data(json.utf8))
        let gold = PairedPredictions.goldLabels([record])
        #expect(gold == [PairID(claimID: 7, docID: 3): "CONTRADICT", PairID(claimID: 7, docID: 4): "NEI"])
    }

    @Test func aRunAgainstItselfHasNoDiscordantPairs() throws {
        let run = Self.lines(["SUPPORT", "NEI", "NEI"], round: 0) + Self.lines(["SUPPORT", "CONTRADICT", "SUPPORT"], round: 1)
        let comparison = PredictionComparison(try PairedPredictions(gold: Self.gold, before: run, beforeName: "a", after: run, afterName: "b"))
        #expect(comparison.rounds == [0, 1])
        // Round 0 misses the contradiction, round 1 the NEI pair: 4 right in both, 2 in neither.
        #expect(comparison.pooled == .init(onlyBefore: 0, onlyAfter: 0, both: 4, neither: 2))
        #expect(comparison.pooled.test.pValue == 1)
        #expect(comparison.changed == 0)
        #expect(comparison.before.macroF1 == comparison.after.macroF1)
    }

    @Test func countsAgreementPerRoundAndTheMovesByGold() throws {
        // Round 0: the contradiction turns right (NEI → CONTRADICT), the NEI pair turns wrong
        // (NEI → SUPPORT). Round 1: the supported pair turns wrong (SUPPORT → NEI).
        let before = Self.lines(["SUPPORT", "NEI", "NEI"], round: 0) + Self.lines(["SUPPORT", "CONTRADICT", "NEI"], round: 1)
        let after = Self.lines(["SUPPORT", "CONTRADICT", "SUPPORT"], round: 0) + Self.lines(["NEI", "CONTRADICT", "NEI"], round: 1)
        let comparison = PredictionComparison(try PairedPredictions(gold: Self.gold, before: before, beforeName: "a", after: after, afterName: "b"))
        #expect(comparison.perRound == [
            .init(onlyBefore: 1, onlyAfter: 1, both: 1, neither: 0),
            .init(onlyBefore: 1, onlyAfter: 0, both: 2, neither: 0),
        ])
        #expect(comparison.pooled == .init(onlyBefore: 2, onlyAfter: 1, both: 3, neither: 0))
        #expect(comparison.changed == 3)
        // moves[gold][from][to] in SUPPORT, CONTRADICT, NEI order.
        #expect(comparison.moves[1][2][1] == 1)
        #expect(comparison.moves[2][2][0] == 1)
        #expect(comparison.moves[0][0][2] == 1)
        // Pooled confusion: before 5 of 6 right but for one gold CONTRADICT, after 4 of 6.
        #expect(comparison.before.counts("CONTRADICT").truePositives == 1)
        #expect(comparison.after.counts("CONTRADICT").truePositives == 2)
        #expect(comparison.after.counts("SUPPORT").truePositives == 1)
    }

    @Test func filesOfDifferentRoundsAreRefusedNamingTheShortFile() {
        let three = Self.lines(["SUPPORT", "NEI", "NEI"], round: 0) + Self.lines(["SUPPORT", "NEI", "NEI"], round: 1)
        let one = Self.lines(["SUPPORT", "NEI", "NEI"], round: 0)
        #expect {
            _ = try PairedPredictions(gold: Self.gold, before: three, beforeName: "before.jsonl", after: one, afterName: "after.jsonl")
        } throws: { error in
            "\(error)".hasPrefix("after.jsonl has no line")
        }
        #expect {
            _ = try PairedPredictions(gold: Self.gold, before: one, beforeName: "before.jsonl", after: three, afterName: "after.jsonl")
        } throws: { error in
            "\(error)".hasPrefix("before.jsonl has no line")
        }
    }

    @Test func aDuplicateOrUnknownPairIsRefused() {
        let run = Self.lines(["SUPPORT", "NEI", "NEI"], round: nil)
        #expect {
            _ = try PairedPredictions(gold: Self.gold, before: run, beforeName: "a", after: run + [run[0]], afterName: "b")
        } throws: { error in
            "\(error)".hasPrefix("b has two lines for claim 1, doc 10")
        }
        let stranger = [Line(claim_id: 9, doc_id: 99, label: "NEI", round: nil)]
        #expect {
            _ = try PairedPredictions(gold: Self.gold, before: stranger, beforeName: "a", after: stranger, afterName: "b")
        } throws: { error in
            "\(error)".hasPrefix("a: claim 9 with doc 99 is not a cited pair")
        }
    }

    @Test func theRoundSpreadIsTheSampleDeviation() {
        // (0.64, 0.63, 0.65): mean 0.64, sample sd 0.01; (0.5, 0.6): sd √0.005 ≈ 0.070711.
        let three = RoundSpread.meanAndStandardDeviation([0.64, 0.63, 0.65])
        #expect(abs(three.mean - 0.64) < 1e-12 && abs(three.sd - 0.01) < 1e-12)
        #expect(abs(RoundSpread.meanAndStandardDeviation([0.5, 0.6]).sd - 0.07071067811865474) < 1e-12)
        #expect(RoundSpread.meanAndStandardDeviation([0.5]).sd.isNaN)
    }

    @Test func theSpreadPrintsOneLinePerRoundThenMeanAndDeviation() {
        // Round 0 all right; round 1 calls every pair SUPPORT.
        var right = VerifyMetrics()
        var allSupport = VerifyMetrics()
        for gold in VerifyMetrics.labels {
            right.add(gold: gold, predicted: gold, goldSentences: [], predictedSentences: [])
            allSupport.add(gold: gold, predicted: "SUPPORT", goldSentences: [], predictedSentences: [])
        }
        let lines = RoundSpread(rounds: [right, allSupport]).lines
        #expect(lines.count == 4)
        #expect(lines[0] == "round 0: label macro-F1 1.000, CONTRADICT F1 1.000")
        // SUPPORT F1 = 2·(1/3)·1/(1/3 + 1) = 0.5, the other two 0: macro 0.167.
        #expect(lines[1] == "round 1: label macro-F1 0.167, CONTRADICT F1 0.000")
        #expect(lines[2] == "mean of 2 round(s): label macro-F1 0.583, CONTRADICT F1 0.500")
        // sd of (1, 1/6) = (5/6)/√2 = 0.5893; of (1, 0) = 0.7071.
        #expect(lines[3] == "sd across rounds: label macro-F1 0.5893, CONTRADICT F1 0.7071")
    }
}
