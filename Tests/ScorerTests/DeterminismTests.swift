import FactCheckModel
import Foundation
import Testing
@testable import Scorer

@Suite struct DeterminismTests {
    func json(_ check: ClaimCheck) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(check), as: UTF8.self)
    }

    @Test func checkingTwiceGivesIdenticalJSON() throws {
        let claim = Fixtures.claim("Massage reduces cortisol levels", kind: .causal)
        let sources = [
            Fixtures.source("https://example.org/a", [
                "In our trial, massage reduced cortisol levels by 31 percent.",
                "Massage therapy is widely used. Cortisol levels vary during the day.",
            ]),
            Fixtures.source("https://example.org/b", ["Massage did not reduce cortisol levels in a meta-analysis of nine trials."]),
            Fixtures.unavailable("https://example.org/c", status: .timeout, reason: "timed out after 20 s"),
            Fixtures.acaPage,
        ]
        let scorer = ClaimScorer()
        let first = try json(scorer.check(claim, sources: sources))
        // A second scorer, a second stemmer: nothing may depend on memo state or hashing seeds.
        let second = try json(ClaimScorer().check(claim, sources: sources))
        #expect(first == second)
        #expect(try json(scorer.check(Fixtures.backPainClaim, sources: [Fixtures.acaPage]))
            == json(scorer.check(Fixtures.backPainClaim, sources: [Fixtures.acaPage])))
    }

    @Test func equalSentencesAreQuotedOnceInReadingOrder() {
        let sentence = "Massage reduced cortisol levels by 31 percent."
        let claim = Fixtures.claim("Massage reduces cortisol levels", kind: .causal)
        let check = ClaimScorer().check(claim, sources: [
            Fixtures.source("https://example.org/first", [sentence]),
            Fixtures.source("https://example.org/second", [sentence]),
        ])
        #expect(check.verdict == .supported)
        #expect(check.evidence.count == 1)
        #expect(check.evidence.first?.url == "https://example.org/first")
    }

    @Test func scoresAndConfidenceStayInRange() {
        let check = ClaimScorer().check(Fixtures.backPainClaim, sources: [Fixtures.acaPage])
        #expect((0...1).contains(check.confidence))
        let scores = check.evidence.map(\.score)
        #expect(scores.allSatisfy { (0...1).contains($0) })
        #expect(check.evidence.count <= 3)
    }

    /// The benchmark's cross-fitting hands the scorer other weights; given the trained ones it must
    /// judge exactly as the product does, and other weights must reach the verifier it consults.
    @Test func aScorerGivenWeightsUsesThem() throws {
        let claim = Fixtures.claim("Evening walks help older adults fall asleep sooner", kind: .causal)
        let source = Fixtures.source("https://example.org/walks", [
            "Whether evening walking affects sleep onset in older adults remains unclear.",
            "We randomly assigned 240 adults aged 65 years or older to evening walks or usual activity for 12 weeks.",
            "Sleep onset latency was shorter after evening walks than after usual activity.",
        ])
        let product = ClaimScorer().check(claim, sources: [source])
        #expect(try json(ClaimScorer(verifierWeights: .trained).check(claim, sources: [source])) == json(product))
        #expect(!product.reason.contains("trained verifier"))
        var eager = VerifierWeights.trained
        eager.labelBias = [10, -10, -10]  // this verifier finds support everywhere
        let check = ClaimScorer(verifierWeights: eager).check(claim, sources: [source])
        #expect(check.reason.contains("trained verifier"), "\(check.reason)")
    }
}
