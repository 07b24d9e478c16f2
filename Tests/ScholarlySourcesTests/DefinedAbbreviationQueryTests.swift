import Testing
@testable import ScholarlySources

/// An abbreviation a claim defines is one concept with its long form in Europe PMC's ranked
/// queries, and only there (issue #19): a paper that writes only one of the two matches the
/// concept, and PubMed's strict query and the re-ranker read the claim's concepts as before.
struct DefinedAbbreviationQueryTests {
    /// The same concepts without the abbreviations: the queries main builds.
    func withoutAbbreviations(_ query: SearchQuery) -> SearchQuery {
        SearchQuery(concepts: query.concepts)
    }

    @Test func aDefinedAbbreviationIsOneConceptInEuropePMCsRankedQueries() {
        let query = SearchQuery(text: "Long night shifts speed the onset of atrial fibrillation (AF) in older nurses", maxTerms: 12)
        #expect(query.europePMCExactQuery.contains("\"atrial fibrillation\" OR af"), "\(query.europePMCExactQuery)")
        #expect(query.europePMCQuery.contains("\"atrial fibrillation\" OR af"), "\(query.europePMCQuery)")
        let ranked = query.rankedConcepts.map { $0.forms[0] }
        #expect(!ranked.contains("atrial") && !ranked.contains("fibrillation") && !ranked.contains("af"), "\(ranked)")
        // The places the join frees are not given to other words: the rest is main's concepts.
        let others = query.rankedConcepts.filter { $0.forms[0] != "atrial fibrillation" }
        #expect(others == query.concepts.filter { !["atrial", "fibrillation"].contains($0.forms[0]) })
        // PubMed's strict query and the re-ranker's concepts are main's: the long form's words apart,
        // the two-letter abbreviation left out.
        #expect(query.terms.contains("atrial") && query.terms.contains("fibrillation") && !query.terms.contains("af"))
        let strict = query.keepingForStrictSearch(4)
        #expect(strict.pubMedTerm == withoutAbbreviations(query).keepingForStrictSearch(4).pubMedTerm)
        #expect(!strict.pubMedTerm.contains("\"atrial fibrillation\""), "\(strict.pubMedTerm)")
    }

    /// An abbreviation long enough to truncate is truncated in the truncated query as any word is.
    @Test func severalAbbreviationsARepeatedOneOnce() {
        let query = SearchQuery(
            text: "The T cell receptor (TCR) of dendritic cells (DCs) binds lipids, and the T cell receptor (TCR) signals",
            maxTerms: 12)
        #expect(query.abbreviations.map(\.abbreviation) == ["tcr", "dcs"])
        #expect(query.abbreviations[0].longForms == ["t cell receptor"])
        let exact = query.europePMCExactQuery
        #expect(exact.contains("\"t cell receptor\" OR tcr"), "\(exact)")
        #expect(exact.contains("\"dendritic cells\" OR dcs"), "\(exact)")
        #expect(query.rankedConcepts.filter { $0.forms.contains("tcr") }.count == 1)
    }

    /// A long form with numbers is the claim's words as written ("type 2 diabetes"), and an
    /// abbreviation written with digits ("T2D") is one.
    @Test func aLongFormKeepsItsNumbers() {
        let query = SearchQuery(text: "Walking after meals eases type 2 diabetes (T2D) in retirees")
        #expect(query.abbreviations.first?.longForms == ["type 2 diabetes"])
        #expect(query.europePMCExactQuery.contains("\"type 2 diabetes\" OR t2d"), "\(query.europePMCExactQuery)")
    }

    /// Inside the long form a hyphened prefix is searched apart and closed, as papers write it both
    /// ways ("trans-activator", "transactivator"): the hyphen rule first, then the join.
    @Test func aHyphenedPrefixInTheLongFormIsAlsoSearchedClosed() {
        let query = SearchQuery(text: "A viral trans-activator protein (VTP) carries peptides into neurons")
        #expect(query.abbreviations.first?.longForms == ["viral trans activator protein", "viral transactivator protein"])
        let exact = query.europePMCExactQuery
        #expect(exact.contains("\"viral trans activator protein\" OR \"viral transactivator protein\" OR vtp"), "\(exact)")
        #expect(!exact.contains("trans OR"), "\(exact)")
    }

    /// A parenthesis that is no definition leaves every query as it was: a year, a figure, a sample
    /// size, a gene symbol whose letters the words before do not hold, a long form of one word, an
    /// abbreviation that is a stopword, a parenthesis that holds more than the abbreviation, a
    /// comma between the long form and the parenthesis.
    @Test(arguments: [
        "Coffee drinkers in the cohort (2019) slept less than tea drinkers",
        "Coffee drinkers slept less than tea drinkers (Fig. 2) in the cohort",
        "Coffee drinkers slept less than tea drinkers in a small trial (n = 40)",
        "Mice lacking the repair gene (BRCA1) develop breast tumours early",
        "Glioblastoma (GBM) grows faster in older patients",
        "Obesity rates in the United States (US) rose among teenagers",
        "Coffee drinkers slept less than tea drinkers (CD vs TD) in the cohort",
        "Reactive oxygen species, (ROS) damage neurons in old rats",
    ])
    func aParenthesisThatDefinesNothingChangesNothing(_ text: String) {
        let query = SearchQuery(text: text, maxTerms: 12)
        let plain = withoutAbbreviations(query)
        #expect(query.abbreviations.isEmpty, "\(query.abbreviations)")
        #expect(query.rankedConcepts == query.concepts)
        #expect(query.europePMCExactQuery == plain.europePMCExactQuery)
        #expect(query.europePMCQuery == plain.europePMCQuery)
    }

    /// The finder the re-ranker and the claim share reads the long form's first word and the
    /// parenthesis where they are.
    @Test func theFinderSaysWhereTheLongFormStarts() {
        let text = "Rats given reactive oxygen species (ROS) scavengers lived longer"
        let definition = try! #require(DefinedAbbreviations.definitions(in: text).first)
        #expect(definition.abbreviation == "ROS")
        #expect(definition.words == ["reactive", "oxygen", "species"])
        #expect(Array(text)[definition.longFormStart] == "r" && Array(text)[definition.parenthesis] == "(")
    }
}
