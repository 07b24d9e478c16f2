import FactCheckModel
import Testing
@testable import Extractor

/// The claim decision's second stage (`ArticleClaimGate`): what it reads of a sentence in its
/// article, that its weights file loads, and that it decides over what the first stage accepted.
/// Sentences are our own.
@Suite struct ArticleClaimGateTests {
    /// The features of the one claim-like sentence the first stage accepts in `text` (plain text).
    func gateFeatures(_ text: String, format: Article.Format = .text) throws -> [[String: Double]] {
        let extracted = try ClaimExtractor(gate: nil).extract(bytes: Array(text.utf8), path: "post.txt", format: format)
        return extracted.gateInputs.map(\.features.values)
    }

    @Test func theGateReadsPersonMoodAndSpeech() throws {
        let narration = try gateFeatures("We moved the whole office to Lisbon in 2019 and hired 40 engineers there.")
        #expect(narration.count == 1)
        #expect(narration.first?["a:firstPlural"] == 1)
        #expect(narration.first?["a:firstSingular"] == nil)
        #expect(narration.first?["a:figure"] == 1)
        let plan = try gateFeatures("The harbour board will spend 12 million euros on new cranes next year.")
        #expect(plan.first?["a:futureOrObligation"] == 1)
        #expect(plan.first?["a:firstPlural"] == nil)
        let quoted = try gateFeatures("“The ferry carried 3,000 riders a day before the strike,” said Ana Ruiz.")
        #expect((quoted.first?["a:quotedShare"] ?? 0) > 0.5)
        #expect(quoted.first?["a:quotesSpeech"] == 1)
    }

    @Test func theGateReadsWhereTheSentenceStands() throws {
        let text = """
            The port handled 40,000 containers in March, up 8% on a year earlier.

            The ferry line added 12 boats in 2023.

            - The city sold 300 permits in one week.
            """
        let parts = try gateFeatures(text, format: .markdown)
        #expect(parts.count == 3)
        #expect(parts[0]["a:lead"] == 1 && parts[0]["a:position"] == nil, "the first body sentence stands at 0")
        #expect(parts[2]["a:position"] == 1 && parts[2]["a:tail"] == 1)
        #expect(parts[2]["a:listItem"] == 1 && parts[0]["a:listItem"] == nil)
        #expect(parts[1]["a:loneSentence"] == 1)
    }

    @Test func theSecondStageDecidesOverWhatTheFirstAccepted() throws {
        let text = "We moved the whole office to Lisbon in 2019 and hired 40 engineers there. The port handled 40,000 containers in March."
        let firstStage = try ClaimExtractor(gate: nil).extract(bytes: Array(text.utf8), path: "a.txt", format: .text)
        #expect(firstStage.claims.count == 2)
        // A gate that weighs narration in "we" far down drops that sentence, and only it.
        let gate = ArticleClaimGate(weights: ["a:bias": 2, "a:firstPlural": -6], threshold: 0.5)
        let gated = try ClaimExtractor(gate: gate).extract(bytes: Array(text.utf8), path: "a.txt", format: .text)
        #expect(gated.claims.map(\.text) == ["The port handled 40,000 containers in March"])
        #expect(gated.skipped.contains { $0.why.hasPrefix("not an article's claim (gate") })
    }

    @Test func theCompiledInGateLoadsWithItsProvenance() throws {
        let gate = ArticleClaimGate.trained
        #expect(gate.threshold > 0 && gate.threshold < 1)
        #expect(gate.weights["a:bias"] != nil)
        #expect(gate.weights.keys.allSatisfy { $0.hasPrefix("a:") })
        let header = String(decoding: PackageResources.claim_gate_weights_tsv.prefix(2_000), as: UTF8.self)
        for needed in ["factcheck-bench train-claim-gate", "Data: ", "Trained: ", "page-grouped"] {
            #expect(header.contains(needed), "the file's # lines should record \(needed)")
        }
    }
}
