import Testing
@testable import TextAnalysis

@Suite struct WordTests {
    @Test func tokensAreLowercasedWithNumbersWhole() {
        #expect(Tokenizer.words(in: "Massage lowered cortisol by 31.5% in 1,200 adults; don't non-localized")
            == ["massage", "lowered", "cortisol", "by", "31.5", "in", "1200", "adults", "don't", "non", "localized"])
    }

    @Test func tokenOffsetsPointAtTheWord() {
        let tokens = Tokenizer.tokens(in: "Back pain, 80%")
        #expect(tokens.map(\.offset) == [0, 5, 11])
        #expect(tokens[2].isNumber)
    }

    @Test func snowballStemsInflectionsTogether() {
        let stemmer = Stemmer()
        #expect(stemmer.stem("reduces") == stemmer.stem("reducing"))
        #expect(stemmer.stem("reduced") == stemmer.stem("reduce"))
        #expect(stemmer.stem("massages") == stemmer.stem("massage"))
        #expect(stemmer.stem("80") == "80")
    }

    @Test func hedgesAreFoundAsPhrases() {
        #expect(HedgeLexicon.hedges(in: "Massage may reduce pain and is associated with better sleep.")
            == ["may", "associated with"])
        #expect(HedgeLexicon.hedges(in: "Massage reduces cortisol.").isEmpty)
    }
}
