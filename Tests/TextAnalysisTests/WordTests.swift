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

    /// "could not", "can not", "could never" deny an ability; "may not", "might not" still hedge,
    /// and "could" alone still hedges.
    @Test func aNegatedModalOfAbilityIsNoHedge() {
        #expect(HedgeLexicon.hedges(in: "The pharmacists could not reach every client.").isEmpty)
        #expect(HedgeLexicon.hedges(in: "The ward can not hold more than twelve beds.").isEmpty)
        #expect(HedgeLexicon.hedges(in: "The older scanner could never resolve the smaller lesions.").isEmpty)
        #expect(HedgeLexicon.hedges(in: "The ointment may not shorten healing.") == ["may"])
        #expect(HedgeLexicon.hedges(in: "Pharmacists could reach every client by phone.") == ["could"])
        #expect(HedgeLexicon.hedges(in: "Clinics could not cope, and the scheme might fail.") == ["might"])
    }
}
