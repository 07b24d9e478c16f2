import Testing
@testable import TextAnalysis

/// The lexicon is written once; these check that its lists stay consistent with each other, so a
/// stage deriving from one list cannot silently disagree with a stage deriving from another.
@Suite struct LexiconTests {
    @Test func everyCausalFormInflectsACausalVerb() {
        let verbs = Set(Lexicon.causalVerbs)
        for form in Lexicon.causalVerbForms {
            let inflects = verbs.contains { verb in
                let root = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
                return form == verb || (form.hasPrefix(root) && form.count <= root.count + 4)
            }
            #expect(inflects, "\(form) inflects no causal verb")
        }
    }

    @Test func noListRepeatsAWord() {
        let lists: [(String, [String])] = [
            ("hedgePhrases", Lexicon.hedgePhrases), ("negationWords", Lexicon.negationWords),
            ("increaseWords", Lexicon.increaseWords), ("decreaseWords", Lexicon.decreaseWords),
            ("improveWords", Lexicon.improveWords), ("worsenWords", Lexicon.worsenWords),
            ("causalVerbs", Lexicon.causalVerbs), ("causalVerbForms", Lexicon.causalVerbForms),
            ("reportingVerbs", Lexicon.reportingVerbs.map(\.base)),
        ]
        for (name, words) in lists {
            #expect(Set(words).count == words.count, "\(name) repeats a word")
        }
    }

    @Test func upAndDownShareNoWord() {
        #expect(Set(Lexicon.increaseWords).isDisjoint(with: Lexicon.decreaseWords))
        #expect(Set(Lexicon.improveWords).isDisjoint(with: Lexicon.worsenWords))
    }

    @Test func scopeRanksRunFromFewToAll() {
        #expect(Lexicon.scopeRanks["few"]! < Lexicon.scopeRanks["some"]!)
        #expect(Lexicon.scopeRanks["some"]! < Lexicon.scopeRanks["many"]!)
        #expect(Lexicon.scopeRanks["many"]! < Lexicon.scopeRanks["most"]!)
        #expect(Lexicon.scopeRanks["most"]! < Lexicon.scopeRanks["all"]!)
    }

    @Test func everyOneWordHedgeIsFoundByTheHedgeFinder() {
        for word in Lexicon.hedgeWords {
            #expect(HedgeLexicon.hedges(in: "Coffee \(word) help.") == [word])
        }
    }

    @Test func numberWordsKeepTheirValuesForTheQuantityParser() {
        #expect(QuantityParser.numberWords["twelve"] == 12)
        #expect(QuantityParser.numberWords["ninety"] == 90)
        #expect(QuantityParser.numberWords["dozen"] == 12)
        #expect(QuantityParser.numberWords["hundred"] == 100)
    }

    @Test func reportingVerbFormsAreDistinctPerVerb() {
        let shown = Lexicon.reportingVerbs.first { $0.base == "show" }
        #expect(shown?.all == ["show", "shows", "showed", "shown"])
        #expect(shown?.finite == ["shows", "showed"])
    }
}
