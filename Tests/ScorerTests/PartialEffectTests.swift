import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// A universal claim ("works for every patient") over a source that reports an average change.
@Suite struct PartialEffectTests {
    let scorer = ClaimScorer()

    @Test func anAverageChangeDoesNotBackAUniversal() {
        let claim = Fixtures.claim("The cream helps all children with eczema", kind: .causal)
        let source = Fixtures.source("https://example.org/trial", ["The cream reduced itching by 12 percent in children with eczema."])
        let check = scorer.check(claim, sources: [source])
        #expect(check.verdict == .overstated, "\(check.reason)")
        #expect(check.reason.contains("by 12 percent"), "\(check.reason)")
    }

    @Test func onlyAUniversalOverAPercentageChangeCounts() {
        let analyzer = TextAnalyzer()
        func signal(_ claimText: String, _ sentenceText: String) -> Signal? {
            let query = ClaimQuery(Fixtures.claim(claimText, kind: .causal), analyzer: analyzer)
            let sentence = SourceSentence(sourceIndex: 0, ordinal: 0, text: sentenceText, analysis: analyzer.analyze(sentenceText))
            return PartialEffect.signal(claim: query, sentence: sentence)
        }
        #expect(signal("The cream helps every child with eczema", "The cream cut itching by 30% in children with eczema.") != nil)
        // No universal in the claim, no change in the sentence, or a sentence that says "all" too.
        #expect(signal("The cream helps children with eczema", "The cream cut itching by 30% in children with eczema.") == nil)
        #expect(signal("The cream helps all children with eczema", "Itching was 30% of complaints in children with eczema.") == nil)
        #expect(signal("The cream helps all children with eczema", "In all children with eczema the cream cut itching by 30%.") == nil)
    }
}
