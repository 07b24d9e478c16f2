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
            ("reportingVerbs", Lexicon.reportingVerbs.map(\.base)), ("modalWords", Lexicon.modalWords),
            ("causalIdiomObjects", Lexicon.causalIdiomObjects),
            ("causalIdiomModifiers", Lexicon.causalIdiomModifiers), ("comparatives", Lexicon.comparatives),
            ("scopeDeterminers", Lexicon.scopeDeterminers),
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

    @Test func modalWordsAreTheHedgeWordsAndWould() {
        #expect(Set(Lexicon.modalWords).subtracting(Lexicon.hedgeWords) == ["would"])
        #expect(HedgeLexicon.hedges(in: "A ban would cut deaths.").isEmpty)
    }

    @Test func everyAssociationHedgeIsFoundByTheHedgeFinder() {
        for phrase in Lexicon.associationHedges {
            #expect(HedgeLexicon.hedges(in: "Coffee is \(phrase) sleep.") == [phrase])
        }
    }

    @Test func findingCreditFormsCoverTheirReportingVerbsAndNoOthers() {
        let forms = Set(Lexicon.findingCreditForms)
        #expect(forms.isSuperset(of: ["concludes", "suggested", "found", "shown", "indicates", "suggesting"]))
        // A reporting verb is either wholly in or wholly out: "says" credits a statement, not a finding.
        for verb in Lexicon.reportingVerbs {
            let inside = verb.all.filter(forms.contains)
            #expect(inside.isEmpty || inside.count == verb.all.count, "\(verb.base) is in by halves")
        }
        #expect(!forms.contains("says"))
    }

    @Test func scopeGroupsAreDisjointAndDeterminersAreScopeWords() {
        #expect(Set(Lexicon.scopeCueRanks.keys).isDisjoint(with: Lexicon.scopeContentRanks.keys))
        #expect(Lexicon.scopeRanks.count == Lexicon.scopeCueRanks.count + Lexicon.scopeContentRanks.count)
        for word in Lexicon.scopeDeterminers { #expect(Lexicon.scopeRanks[word] != nil, "\(word) has no rank") }
    }

    @Test func comparativesSplitIntoMoreAndLess() {
        #expect(Set(Lexicon.moreComparatives).isDisjoint(with: Lexicon.lessComparatives))
    }
}
