import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// Two changes the same way, of different sizes: a claim that makes the change bigger than the source
/// found is overstated, not contradicted; one that makes it smaller is left unverified.
@Suite struct ChangeSizeTests {
    let scorer = ClaimScorer()
    let thresholds = ScoringThresholds()

    func factor(_ text: String, _ value: Double) -> Quantity {
        Quantity(text: text, value: value, unit: "times", bound: .exact)
    }

    @Test func aBiggerChangeTheSameWayIsOverstated() {
        let judgement = QuantityAgreement.judge(claim: factor("quadruples", 4), source: factor("rose by 45%", 1.45), thresholds: thresholds)
        #expect(judgement == .overstated(reason: "source reports a smaller change (rose by 45%, ×1.45); the article says quadruples (×4)"))
        // A fall works the same way: a third of the level (×0.33) is a bigger fall than ×0.8.
        #expect(ChangeSize.judge(claim: factor("cut to a third", 1.0 / 3), source: factor("20% lower", 0.8)) != nil)
        #expect(QuantityAgreement.judge(claim: factor("cut to a third", 1.0 / 3), source: factor("20% lower", 0.8), thresholds: thresholds).rank == 1)
    }

    @Test func aSmallerChangeIsNeitherBackedNorRefuted() {
        #expect(QuantityAgreement.judge(claim: factor("grew by 15%", 1.15), source: factor("doubled", 2), thresholds: thresholds) == .close)
    }

    @Test func oppositeDirectionsStillConflict() {
        let judgement = QuantityAgreement.judge(claim: factor("halved", 0.5), source: factor("rose by 7%", 1.07), thresholds: thresholds)
        #expect(judgement == .conflict(reason: "source reports rose by 7%; the article says halved"))
    }

    @Test func triplingAgainstASixtyPercentRiseIsOverstated() {
        let claim = Fixtures.claim("Night shifts triple the risk of diabetes in nurses", kind: .causal)
        let source = Fixtures.source("https://example.org/cohort", ["Night shifts brought a 60 percent higher risk of diabetes in nurses."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .overstated, "\(check.reason)")
        let smaller = Fixtures.claim("Night shifts raise the risk of diabetes in nurses by 20 percent", kind: .causal)
        let doubling = Fixtures.source("https://example.org/cohort", ["Night shifts double the risk of diabetes in nurses."])
        #expect(scorer.check(smaller, sources: [doubling]).verdict == .unverified)
    }
}
