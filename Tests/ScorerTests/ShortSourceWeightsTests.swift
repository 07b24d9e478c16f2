import Foundation
import Testing
@testable import Scorer

/// The tree-less models for a source of a sentence or two (``ShortSourceWeights``, session 15):
/// which models read a source is decided by the source's size (two sentences: the short models;
/// three: the trees), in the verifier and in the product, and the weights file keeps them exactly.
@Suite struct ShortSourceWeightsTests {
    /// A sentence model that gives every sentence probability `p` (zero weights, the bias alone).
    static func constantSentence(_ p: Double) -> LinearModel {
        let count = AbstractVerifier.sentenceFeatureNames.count
        return LinearModel(
            means: Array(repeating: 0, count: count), scales: Array(repeating: 1, count: count),
            rows: [[log(p / (1 - p))] + Array(repeating: 0, count: count)])
    }

    /// Weights whose tree models answer NEI with every sentence at about 0.9, and whose short-source
    /// models answer CONTRADICT with every sentence at 0.2: the answer shows which models read.
    static var split: VerifierWeights {
        var weights = VerifierWeights.trained
        weights.label = ShortEvidenceModelTests.constant(.notEnoughInfo)
        weights.labelStumps = nil
        weights.labelTrees = nil
        weights.labelBias = [0, 0, 0]
        weights.sentence = constantSentence(0.9)
        weights.sentenceTrees = BoostedTrees(initial: [log(9.0)], trees: [])
        weights.shortSource = ShortSourceWeights(
            maximumSentences: 2, sentence: constantSentence(0.2), label: ShortEvidenceModelTests.constant(.contradict),
            labelStumps: nil, labelBias: [0, 0, 0], evidenceThreshold: 0.5, evidenceRelative: 2, maximumEvidence: 3)
        return weights
    }

    static let claim = ShortEvidenceModelTests.claim

    @Test func aTwoSentenceSourceIsJudgedByTheShortModelsAndAThreeSentenceOneByTheTrees() {
        let verifier = AbstractVerifier(weights: Self.split)
        for sentences in [Array(VerifierTests.abstract[2...2]), Array(VerifierTests.abstract[2...3])] {
            let judgement = verifier.verify(claim: Self.claim, sentences: sentences)
            #expect(judgement.label == .contradict)
            for p in judgement.sentenceProbabilities { #expect(abs(p - 0.2) < 1e-9, "the short sentence model, no trees") }
            // The short cut-offs: 0.2 is below its 0.5, so only the likeliest (the first, on a tie) is evidence.
            #expect(judgement.evidence == [0])
        }
        let long = verifier.verify(claim: Self.claim, sentences: Array(VerifierTests.abstract[1...3]))
        #expect(long.label == .notEnoughInfo)
        for p in long.sentenceProbabilities { #expect(abs(p - 0.9) < 1e-9, "the logistic layer averaged with the trees") }
    }

    @Test func theBoundIsInclusiveAndAnEmptySourceIsNotShort() {
        let short = Self.split.shortSource!
        #expect(!short.reads(sentenceCount: 0))
        #expect(short.reads(sentenceCount: 1) && short.reads(sentenceCount: 2))
        #expect(!short.reads(sentenceCount: 3))
        #expect(Self.split.forSource(sentenceCount: 3) == Self.split)
        let read = Self.split.forSource(sentenceCount: 2)
        #expect(read.sentenceTrees == nil && read.labelTrees == nil && read.shortSource == nil)
        #expect(read.label == short.label && read.evidenceThreshold == 0.5)
    }

    /// In the product: a one-sentence quote is read by the short models (SUPPORT here), a
    /// five-sentence page holding the same finding by the tree models (NEI here).
    @Test func theProductRoutesByTheSourcesSize() {
        var weights = Self.split
        weights.shortSource!.label = ShortEvidenceModelTests.constant(.support)
        weights.shortSource!.sentence = Self.constantSentence(0.9)
        let scorer = ClaimScorer(verifierWeights: weights)
        let claim = Fixtures.claim("Regular cycling reduces the risk of heart disease.")
        let finding = "Adults who cycled to work had 46 percent fewer cardiovascular events over five years than those who drove."
        let page = Fixtures.source("https://example.org/page", [
            "Our clinic opened a new wing in spring.", "Parking is free on weekends.", finding,
            "The cafeteria serves lunch daily.", "Call the front desk for appointments.",
        ])
        let quote = Fixtures.source("https://example.org/quote", [finding])
        #expect(scorer.check(claim, sources: [quote]).verdict == .supported, "a one-sentence source: the short models")
        #expect(scorer.check(claim, sources: [page]).verdict != .supported, "a five-sentence page: the trees")
    }

    @Test func theFileKeepsTheShortModelsAndNamesADamagedOne() {
        // The trained numbers, which the file writes exactly.
        var weights = VerifierWeights.trained
        weights.shortSource = ShortSourceWeights(VerifierWeights.trained, maximumSentences: 2)
        weights.shortSource!.labelStumps = BoostedStumps(
            initial: [0, 0, 0], stumps: [.init(classIndex: 2, feature: 1, threshold: 0.25, below: -0.5, above: 0.5)])
        let good = VerifierWeightsFile.text(weights, provenance: [])
        #expect((try? VerifierWeightsFile.parse(Array(good.utf8))) == weights)
        let bad = good.replacingOccurrences(of: "\"maximumSentences\": 2,", with: "\"maximumSentences\": 0,")
        #expect(bad != good)
        do {
            _ = try VerifierWeightsFile.parse(Array(bad.utf8), file: "weights.json")
            Issue.record("a short-source part reading no source should not load")
        } catch {
            #expect("\(error)".hasPrefix("weights.json: shortSource"), "\(error)")
        }
    }

    /// `train-scorer` writes the tree-less models beside the trees, for two sentences at most.
    @Test func theCommittedWeightsHaveShortSourceModelsWithoutTrees() throws {
        let short = try #require(VerifierWeights.trained.shortSource)
        #expect(short.maximumSentences == 2)
        #expect(short.labelStumps != nil, "today's label model: logistic layer and stumps")
        #expect(short.labelBias.count == AbstractLabel.modelOrder.count)
        #expect(VerifierWeights.trained.labelTrees != nil && VerifierWeights.trained.sentenceTrees != nil)
    }
}
