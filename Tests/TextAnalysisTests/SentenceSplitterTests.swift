import Testing
@testable import TextAnalysis

@Suite struct SentenceSplitterTests {
    @Test func splitsOnTerminatorsFollowedByACapital() {
        let text = "Massage helps. Does it? Yes! \"It does.\" Then more."
        #expect(SentenceSplitter.sentences(in: text) == ["Massage helps.", "Does it?", "Yes!", "\"It does.\"", "Then more."])
    }

    @Test func abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        let text = "Dr. Smith and J. Jones found a 3.5 percent drop in the U.S. population, e.g. in Ohio. See Fig. 2 for details."
        #expect(SentenceSplitter.sentences(in: text) == [
            "Dr. Smith and J. Jones found a 3.5 percent drop in the U.S. population, e.g. in Ohio.",
            "See Fig. 2 for details.",
        ])
    }

    @Test func blankLinesEndSentencesWithoutPunctuation() {
        let text = "Range of Motion\n\nIf you have pains, you may suffer."
        #expect(SentenceSplitter.sentences(in: text) == ["Range of Motion", "If you have pains, you may suffer."])
    }

    @Test func emptyAndWhitespaceOnlyTextHasNoSentences() {
        #expect(SentenceSplitter.sentences(in: "").isEmpty)
        #expect(SentenceSplitter.sentences(in: "  \n\n \t").isEmpty)
    }
}
