import Foundation
import Testing
@testable import Scorer

/// The second label model, for evidence of a sentence or two (``ShortEvidenceModel``): which
/// model reads a source is decided by the source's size, and the weights file keeps it exactly. In
/// the product its answer stands only with a reason the rules name (``ShortEvidenceGate``,
/// ``ShortEvidenceGateTests``). The committed weights have none (not shipped: Scorer README, "Session 10" and "Session 11").
@Suite struct ShortEvidenceModelTests {
    /// A label model that always answers `label`: zero weights, the bias alone decides.
    static func constant(_ label: AbstractLabel) -> LinearModel {
        let count = AbstractVerifier.pairFeatureNames.count
        return LinearModel(
            means: Array(repeating: 0, count: count), scales: Array(repeating: 1, count: count),
            rows: AbstractLabel.modelOrder.map { [$0 == label ? 5 : 0] + Array(repeating: 0, count: count) })
    }

    /// The trained weights with a short-evidence model that always says CONTRADICT.
    static var contradicting: VerifierWeights {
        var weights = VerifierWeights.trained
        weights.shortEvidence = ShortEvidenceModel(
            maximumSentences: 2, label: constant(.contradict), labelStumps: nil, labelBias: [0, 0, 0])
        return weights
    }

    static let claim = "Evening walking shortens sleep onset latency in older adults."

    @Test func evidenceUpToTheBoundIsReadByTheShortModelAndLongerByTheAbstractOne() {
        let verifier = AbstractVerifier(weights: Self.contradicting)
        #expect(verifier.verify(claim: Self.claim, sentences: Array(VerifierTests.abstract[2...2])).label == .contradict)
        #expect(verifier.verify(claim: Self.claim, sentences: Array(VerifierTests.abstract[2...3])).label == .contradict)
        // Three sentences: past this model's bound, so the abstract model reads them as it always did.
        let long = Array(VerifierTests.abstract[1...3])
        #expect(verifier.verify(claim: Self.claim, sentences: long) == AbstractVerifier().verify(claim: Self.claim, sentences: long))
    }

    /// The trained weights with a short-evidence model that always says SUPPORT.
    static var supporting: VerifierWeights {
        var weights = VerifierWeights.trained
        weights.shortEvidence = ShortEvidenceModel(
            maximumSentences: 2, label: constant(.support), labelStumps: nil, labelBias: [0, 0, 0])
        return weights
    }

    /// SUPPORT, not CONTRADICT: in the product the short model's CONTRADICT needs a cue this
    /// finding does not have (``ShortEvidenceGate``), its SUPPORT only no reason against.
    @Test func theProductRoutesBySourceSizeNotByHowManySentencesMatch() {
        let scorer = ClaimScorer(verifierWeights: Self.supporting)
        // Worded otherwise than the claim, so the rules leave it to the verifier.
        let claim = Fixtures.claim("Regular cycling reduces the risk of heart disease.")
        let finding = "Adults who cycled to work had 46 percent fewer cardiovascular events over five years than those who drove."
        // One sentence of the page touches the claim's words; the page has five: not short evidence.
        let page = Fixtures.source("https://example.org/page", [
            "Our clinic opened a new wing in spring.", "Parking is free on weekends.", finding,
            "The cafeteria serves lunch daily.", "Call the front desk for appointments.",
        ])
        let quote = Fixtures.source("https://example.org/quote", [finding])
        #expect(scorer.check(claim, sources: [quote]).verdict == .supported, "a one-sentence source is short evidence")
        #expect(scorer.check(claim, sources: [page]).verdict != .supported, "a five-sentence page is not")
    }

    @Test func theCommittedWeightsHaveNoShortModel() {
        // Trained and measured in session 10, shipped behind ShortEvidenceGate, then withdrawn: an
        // adversarial review found wrong verdicts the gate does not yet remove all of; session 11
        // removed the zinc/children one, not "... lived longer than those taking none" (the group's
        // "none" read as a negation) nor the figures' rule (Scorer README, "Sessions 10 and 11").
        #expect(VerifierWeights.trained.shortEvidence == nil)
    }

    @Test func theFileKeepsTheShortModelExactly() throws {
        var weights = Self.contradicting
        weights.shortEvidence?.labelStumps = BoostedStumps(
            initial: [0.1, -0.2, 0.3], stumps: [.init(classIndex: 1, feature: 2, threshold: 0.25, below: -0.5, above: 0.75)])
        let text = VerifierWeightsFile.text(weights, provenance: ["made by a test"])
        #expect(try VerifierWeightsFile.parse(Array(text.utf8), file: "test.json") == weights)
        _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func aDamagedShortStumpIsNamedByItsPath() {
        var weights = Self.contradicting
        weights.shortEvidence?.labelStumps = BoostedStumps(
            initial: [0, 0, 0], stumps: [.init(classIndex: 1, feature: 33, threshold: 0.25, below: -0.5, above: 0.75)])
        // Feature 33 is in no stump of the abstract label model: only the short model's is damaged.
        let text = VerifierWeightsFile.text(weights, provenance: ["made by a test"])
            .replacingOccurrences(of: "\"index\": 33,", with: "\"index\": 999,")
        #expect {
            try VerifierWeightsFile.parse(Array(text.utf8), file: "test.json")
        } throws: { error in
            "\(error)".contains("shortEvidence.labelStumps.stumps[0]") && "\(error)".contains("index 999")
        }
    }
}
