import FactCheckModel
import Testing
@testable import Extractor

/// The trainer's listing floor (session 19, candidate B, not kept): with the gate off, a part the
/// first stage turned down for its score alone, at or above the floor, is listed among the gate's
/// inputs for `train-claim-gate --candidates widened` and reported nowhere; a rule-based skip is
/// never listed, and with a gate (or no floor) nothing changes. The first stage here is a
/// one-weight model that scores every sentence 0.269 (below its threshold 0.36). Sentences are our
/// own: plain statements with no figure and no source, which no cue takes.
@Suite struct ClaimGateListingFloorTests {
    /// Every sentence scores 1 / (1 + e) ≈ 0.269.
    static let flatModel = CheckworthinessModel(weights: ["f:bias": -1], threshold: 0.36)
    static let text = "The bakery on Mill Street closes early on Sundays during the winter months. Did the bakery on Mill Street close early on Sundays last winter?"

    func extract(_ gate: ArticleClaimGate?, listingFloor: Double?) throws -> ExtractedArticle {
        try ClaimExtractor(model: Self.flatModel, gate: gate, listingFloor: listingFloor)
            .extract(bytes: Array(Self.text.utf8), path: "a.txt", format: .text)
    }

    @Test func aPartRejectedForItsScoreIsListedFlaggedAndNotReported() throws {
        let listed = try extract(nil, listingFloor: 0.15)
        #expect(listed.claims.isEmpty)
        #expect(listed.gateInputs.map(\.rejectedScore) == [0.269])
        #expect(listed.gateInputs.first?.features.values["a:firstStageRejected"] == 1)
        #expect(listed.gateInputs.first?.features.values["a:belowModel"] == 1)
        // Its reason stays the score's; the question is a rule's skip and is never listed.
        #expect(listed.skipped.map(\.why) == ["low check-worthiness (0.269)", "a question"])
    }

    @Test func aPartBelowTheListingFloorIsNotListed() throws {
        #expect(try extract(nil, listingFloor: 0.3).gateInputs.isEmpty)
    }

    @Test func withoutAFloorOrWithAGateNothingChanges() throws {
        #expect(try extract(nil, listingFloor: nil).gateInputs.isEmpty)
        // A gate that would take anything reads only what the first stage accepted: here nothing.
        let keen = ArticleClaimGate(weights: ["a:bias": 5], threshold: 0.5)
        let gated = try extract(keen, listingFloor: 0.15)
        #expect(gated.claims.isEmpty && gated.gateInputs.isEmpty)
        #expect(gated.skipped.map(\.why) == ["low check-worthiness (0.269)", "a question"])
    }

    @Test func anAcceptedPartCarriesNoRejectedScore() throws {
        let text = "The port handled 40,000 containers in March, up 8% on a year earlier."
        let extracted = try ClaimExtractor(gate: nil, listingFloor: 0.15).extract(bytes: Array(text.utf8), path: "a.txt", format: .text)
        #expect(extracted.gateInputs.count == 1)
        #expect(extracted.gateInputs.first?.rejectedScore == nil)
        #expect(extracted.gateInputs.first?.features.values["a:firstStageRejected"] == nil)
    }
}
