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
        for needed in ["Command: factcheck-bench train-claim-gate HTML_DIR", "Data: ", "Trained: ", "page-grouped", "highest precision with recall within"] {
            #expect(header.contains(needed), "the file's # lines should record \(needed)")
        }
    }

    /// The committed gate was trained on top of the committed check-worthiness table and on what the
    /// code's gate features make of the probe sentences: retraining the table without the gate on
    /// top, or changing a gate feature, fails here instead of leaving a gate its trainer no longer
    /// writes.
    @Test func theCommittedGateWasTrainedOnTheCommittedFirstStage() throws {
        let committed = try CheckworthinessWeightsFile.table(PackageResources.claim_gate_weights_tsv, file: ArticleClaimGate.path)
        #expect(committed.fingerprint == ArticleClaimGate.fingerprint,
                "the first stage or the gate's features changed since the gate was trained: retrain with factcheck-bench train-claim-gate (Sources/Extractor/README.md)")
    }

    @Test func theGateFingerprintReadsTheFirstStagesNumbersNotItsComments() {
        let table = "# Trained: 2026-12-07.\nthreshold\t0.350\nfingerprint\tab12\nf:bias\t-2.0000\nw:rain\t0.5000\n"
        let base = ArticleClaimGate.fingerprint(firstStage: Array(table.utf8))
        #expect(base.allSatisfy(\.isHexDigit) && !base.isEmpty)
        let redated = table.replacingOccurrences(of: "2026-12-07", with: "2027-01-02")
        #expect(ArticleClaimGate.fingerprint(firstStage: Array(redated.utf8)) == base, "a retrain on another day that writes the same numbers is the same first stage")
        for changed in [
            table.replacingOccurrences(of: "0.350", with: "0.340"),   // another threshold
            table.replacingOccurrences(of: "w:rain\t0.5000", with: "w:rain\t0.5001"),   // a weight
            table.replacingOccurrences(of: "ab12", with: "ab13"),   // features moved under the table
        ] {
            #expect(ArticleClaimGate.fingerprint(firstStage: Array(changed.utf8)) != base)
        }
    }

    /// A gate feature whose computation changes is seen only if a probe has it: every feature the
    /// committed gate weighs must be reached.
    @Test func theGateProbesReachEveryFeatureTheGateWeighs() {
        let reached = Set(ArticleClaimGate.probeFeatures.flatMap(\.keys))
        let weighed = Set(ArticleClaimGate.trained.weights.keys)
        #expect(weighed.subtracting(reached).isEmpty, "no probe reaches \(weighed.subtracting(reached).sorted())")
        // Both sides of each flag the readings set: a feature present on one probe and absent on another.
        for name in ["a:belowModel", "a:figure", "a:year", "a:namedSource", "a:vagueSource", "a:speaker", "a:quotesSpeech", "a:listItem", "a:tableCell", "a:quoteBlock", "a:linked"] {
            #expect(ArticleClaimGate.probeFeatures.contains { $0[name] != nil } && ArticleClaimGate.probeFeatures.contains { $0[name] == nil }, "\(name)")
        }
    }
}
