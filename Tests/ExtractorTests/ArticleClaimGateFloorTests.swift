import FactCheckModel
import Testing
@testable import Extractor

/// The gate's floor (session 19's candidate B, shipped in session 20): a part the first stage
/// turned down for its score alone, at or above the floor, reaches the gate, which may add it; a
/// rule-based skip never does, and a gate without a floor reads only what the first stage accepted
/// (the gate off, the trainer's listing: ClaimGateListingFloorTests). The first stage here is a
/// one-weight model that scores every sentence 0.269 (below its threshold 0.36), so the tests read
/// the gate alone. Sentences are our own: plain statements with no figure and no source, which no cue takes.
@Suite struct ArticleClaimGateFloorTests {
    /// Every sentence scores 1 / (1 + e) ≈ 0.269.
    static let flatModel = CheckworthinessModel(weights: ["f:bias": -1], threshold: 0.36)
    static let text = "The bakery on Mill Street closes early on Sundays during the winter months. Did the bakery on Mill Street close early on Sundays last winter?"

    func extract(_ gate: ArticleClaimGate?, listingFloor: Double? = nil) throws -> ExtractedArticle {
        try ClaimExtractor(model: Self.flatModel, gate: gate, listingFloor: listingFloor)
            .extract(bytes: Array(Self.text.utf8), path: "a.txt", format: .text)
    }

    @Test func aGateWithAFloorAddsARejectedPartItAccepts() throws {
        let keen = ArticleClaimGate(weights: ["a:bias": -3, "a:firstStageRejected": 5], threshold: 0.5, floor: 0.2)
        let extracted = try extract(keen)
        #expect(extracted.claims.map(\.text) == ["The bakery on Mill Street closes early on Sundays during the winter months"])
        #expect(extracted.gateInputs.count == 1 && extracted.gateInputs[0].rejectedScore == 0.269)
        #expect(extracted.gateInputs[0].features.values["a:firstStageRejected"] == 1)
        #expect(extracted.gateInputs[0].features.values["a:belowModel"] == 1)
        // The question is a rule's skip, not the score's: it never reaches the gate.
        #expect(extracted.skipped.map(\.why) == ["a question"])
    }

    @Test func aRejectedPartTheGateTurnsDownKeepsTheScoresReason() throws {
        let wary = ArticleClaimGate(weights: ["a:bias": 2, "a:firstStageRejected": -6], threshold: 0.5, floor: 0.2)
        let extracted = try extract(wary)
        #expect(extracted.claims.isEmpty)
        #expect(extracted.gateInputs.count == 1)
        #expect(extracted.skipped.map(\.why) == ["low check-worthiness (0.269)", "a question"])
    }

    @Test func aPartBelowTheFloorReachesNoGate() throws {
        let keen = ArticleClaimGate(weights: ["a:bias": 5], threshold: 0.5, floor: 0.3)
        let extracted = try extract(keen)
        #expect(extracted.claims.isEmpty && extracted.gateInputs.isEmpty)
        #expect(extracted.skipped.first?.why == "low check-worthiness (0.269)")
    }

    @Test func aGateWithoutAFloorReadsOnlyWhatTheFirstStageAccepted() throws {
        let keen = ArticleClaimGate(weights: ["a:bias": 5], threshold: 0.5)
        #expect(keen.floor == nil)
        let extracted = try extract(keen)
        #expect(extracted.claims.isEmpty && extracted.gateInputs.isEmpty)
        #expect(extracted.skipped.map(\.why) == ["low check-worthiness (0.269)", "a question"])
    }

    @Test func theFloorIsReadFromTheWeightsFile() throws {
        let text = CheckworthinessWeightsFile.text(weights: [("a:bias", 0.5)], threshold: 0.3, fingerprint: "ab", floor: 0.25, comments: ["t"])
        #expect(text == "# t\nthreshold\t0.300\nfingerprint\tab\nfloor\t0.250\na:bias\t0.5000\n")
        let table = try CheckworthinessWeightsFile.table(Array(text.utf8), file: "gate.tsv")
        #expect(table.floor == 0.25)
        #expect(table.weights == ["a:bias": 0.5], "the floor is no weight")
        let without = try CheckworthinessWeightsFile.table(Array("threshold\t0.3\na:bias\t0.5\n".utf8), file: "gate.tsv")
        #expect(without.floor == nil, "a file without a floor line: the gate reads only accepted parts, as before")
        for damaged in ["threshold\t0.3\nfloor\t1.5\na:bias\t0.5\n", "threshold\t0.3\nfloor\t0.2\nfloor\t0.2\na:bias\t0.5\n"] {
            #expect(throws: CheckworthinessWeightsFile.Damaged.self) { try CheckworthinessWeightsFile.table(Array(damaged.utf8), file: "gate.tsv") }
        }
    }
}
