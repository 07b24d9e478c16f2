import Testing
@testable import ScholarlySources

struct SearchRelevanceTests {
    static let query = SearchQuery(text: "Nightly stretching reduces muscle cramps in older cyclists")

    /// Our own fixture abstracts, in the order a ranked engine that weighs exact words might return them.
    static let papers = [
        // Every word as the claim wrote it, but scattered and about something else.
        SearchRelevance.Paper(title: "Cyclists and their habits", abstract: [
            "Older cyclists were surveyed on nightly routines. Stretching was rare. Muscle mass was measured. Cramps were not studied.",
        ]),
        // One sentence says the claim, in other inflections ("stretched", "reduction", "cramping").
        SearchRelevance.Paper(title: "A trial in amateur riders", abstract: [
            "We enrolled 120 riders over 60. Stretching each night led to a reduction in muscle cramping among the older cyclists.",
        ]),
        // Only one concept.
        SearchRelevance.Paper(title: "Cramps in pregnancy", abstract: ["Cramps are common in pregnancy."]),
    ]

    @Test func oneSentenceThatSaysTheClaimRanksFirst() {
        let scores = SearchRelevance(query: Self.query).scores(Self.papers)
        #expect(scores[1] > scores[0])
        #expect(scores[0] > scores[2])
    }

    /// A claim's abbreviation that one returned paper defines is held by a paper that only writes
    /// it out; numbers in parentheses are no abbreviation.
    @Test func anAbbreviationAPaperDefinesMatchesItsLongForm() {
        let papers = [
            SearchRelevance.Paper(title: nil, abstract: ["Patients on antiretroviral therapy (ART) were followed for five years."]),
            SearchRelevance.Paper(title: "Antiretroviral therapy lowers transmission", abstract: ["Transmission fell among couples."]),
            SearchRelevance.Paper(title: "Couples and transmission", abstract: ["Transmission fell among couples."]),
        ]
        let scores = SearchRelevance(query: SearchQuery(text: "ART lowers HIV transmission")).scores(papers)
        #expect(scores[1] > scores[2])
        #expect(papers[0].definitions["art"] == [SearchRelevance.stem("antiretroviral"), SearchRelevance.stem("therapy")])
        #expect(SearchRelevance.Paper(title: nil, abstract: ["It rose (p < 0.05) in men (n = 12)."]).definitions.isEmpty)
        // Spelled out by the claim: the paper that writes it out gains nothing more than its words.
        let spelled = SearchRelevance(query: SearchQuery(text: "antiretroviral therapy (ART) lowers HIV transmission")).scores(papers)
        #expect(spelled[1] > spelled[2])
    }

    @Test func conceptsMatchAtTheirStems() {
        let relevance = SearchRelevance(query: SearchQuery(text: "cramps"))
        let scores = relevance.scores([
            SearchRelevance.Paper(title: nil, abstract: ["Cramping was rare."]),
            SearchRelevance.Paper(title: nil, abstract: ["Nothing here."]),
        ])
        #expect(scores[0] > 0)
        #expect(scores[1] == 0)
    }

    /// A paper spelt the other way holds the claim's concept ("tumours" ~ "tumors", "randomised" ~
    /// "randomized", whose stems differ: "randomis", "random").
    @Test func aPaperSpeltTheOtherWayHoldsTheConcept() {
        let papers = [
            SearchRelevance.Paper(title: "Randomized trial of estrogen in pediatric tumors", abstract: ["Estrogen slowed tumor growth."]),
            SearchRelevance.Paper(title: "Nothing on point", abstract: ["Trials were run."]),
        ]
        let british = SearchRelevance(query: SearchQuery(text: "Oestrogen slows paediatric tumours in randomised trials")).scores(papers)
        #expect(british[0] > 1.5, "\(british)")
        let american = SearchRelevance(query: SearchQuery(text: "Estrogen slows pediatric tumors in randomized trials")).scores([
            SearchRelevance.Paper(title: "Randomised trial of oestrogen in paediatric tumours", abstract: ["Oestrogen slowed tumour growth."]),
            papers[1],
        ])
        #expect(american[0] > 1.5, "\(american)")
    }

    @Test func aWordEveryPaperHoldsCannotTellThemApart() {
        // "cyclists" is in both papers, "cramps" in one: the one with cramps wins by cramps alone.
        let relevance = SearchRelevance(query: SearchQuery(text: "cyclists cramps"))
        let scores = relevance.scores([
            SearchRelevance.Paper(title: "Cyclists", abstract: ["Cyclists rode."]),
            SearchRelevance.Paper(title: "Cyclists", abstract: ["Cyclists had cramps."]),
        ])
        #expect(scores[1] > scores[0])
        #expect(SearchRelevance(query: SearchQuery(terms: [])).scores(Self.papers) == [0, 0, 0])
    }
}
