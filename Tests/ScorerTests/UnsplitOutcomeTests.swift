import Testing
@testable import Scorer

/// The outcome of a claim the rules cannot split at a relation word they know (``UnsplitOutcome``):
/// the words after the verb WordNet names, up to a population.
@Suite struct UnsplitOutcomeTests {
    static func outcome(_ claim: String) -> [String]? {
        UnsplitOutcome.words(of: ClaimQuery(Fixtures.claim(claim), analyzer: TextAnalyzer()))?.map(\.written)
    }

    @Test func theWordsAfterAVerbTheRulesDoNotKnow() {
        #expect(Self.outcome("Zinc shortens colds.") == ["colds"])
        #expect(Self.outcome("Multivitamins lengthen life.") == ["life"])
        #expect(Self.outcome("Zinc shortens the duration of colds in children.") == ["duration", "colds"])
    }

    @Test func noOutcomeWhereTheRulesSplitOrNoVerbIsFound() {
        #expect(Self.outcome("Green tea lowers blood pressure.") == nil)  // "lowers" splits it already
        #expect(Self.outcome("A man plays guitar.") == nil)  // "play" is a noun too
        #expect(Self.outcome("Zinc works.") == nil)  // nothing after the verb
    }

    @Test func aSourceNamesTheOutcomeThroughAWordOfItsSenses() {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim("Multivitamins lengthen life."), analyzer: analyzer)
        let words = UnsplitOutcome.words(of: query) ?? []
        let lived = analyzer.analyze("People taking multivitamins did not live longer.")
        #expect(UnsplitOutcome.namedThroughSenses(words, in: lived) == words.map(\.term.id))
        #expect(UnsplitOutcome.namedThroughSenses(words, in: analyzer.analyze("Multivitamins are not recommended.")).isEmpty)
    }
}
