import Testing
@testable import ScholarlySources

/// An abbreviation a claim defines is one concept with its long form in PubMed's strict query, and
/// only there (issue #19): an abstract that writes only one of the two is not ANDed out.
struct DefinedAbbreviationQueryTests {
    /// The query without its abbreviations: the concepts and choice main makes.
    func withoutAbbreviations(_ query: SearchQuery) -> SearchQuery {
        SearchQuery(concepts: query.concepts).keepingForStrictSearch(4)
    }

    @Test func aDefinedAbbreviationIsOneConceptInPubMedsStrictQuery() {
        let query = SearchQuery(text: "Long night shifts speed the onset of atrial fibrillation (AF) in older nurses", maxTerms: 12)
        let strict = query.keepingForStrictSearch(4)
        #expect(strict.pubMedTerm.contains("(\"atrial fibrillation\"[tiab] OR af[tiab])"), "\(strict.pubMedTerm)")
        #expect(!strict.terms.contains("atrial") && !strict.terms.contains("fibrillation") && !strict.terms.contains("af"))
        // The places the join frees are not given to weaker words: the rest is main's choice.
        let plain = withoutAbbreviations(query)
        #expect(strict.concepts.count < plain.concepts.count)
        #expect(strict.concepts.filter { $0.forms[0] != "atrial fibrillation" }.allSatisfy(plain.concepts.contains))
        // Europe PMC's ranked queries and the re-ranker keep the long form's words apart (and leave
        // out a two-letter word, as they always did).
        #expect(query.terms.contains("atrial") && query.terms.contains("fibrillation") && !query.terms.contains("af"))
        #expect(!query.europePMCExactQuery.contains("\"atrial fibrillation\""), "\(query.europePMCExactQuery)")
    }

    @Test func severalAbbreviationsARepeatedOneOnce() {
        let query = SearchQuery(
            text: "The T cell receptor (TCR) of dendritic cells (DCs) binds lipids, and the T cell receptor (TCR) signals",
            maxTerms: 12)
        #expect(query.abbreviations.map(\.abbreviation) == ["tcr", "dcs"])
        #expect(query.abbreviations[0].longForms == ["t cell receptor"])
        let strict = query.keepingForStrictSearch(4)
        #expect(strict.pubMedTerm.contains("(\"t cell receptor\"[tiab] OR tcr[tiab])"), "\(strict.pubMedTerm)")
        #expect(strict.pubMedTerm.contains("(\"dendritic cells\"[tiab] OR dcs[tiab])"), "\(strict.pubMedTerm)")
    }

    /// A long form with numbers is the claim's words as written ("type 2 diabetes"), and an
    /// abbreviation written with digits ("T2D") is one.
    @Test func aLongFormKeepsItsNumbers() {
        let query = SearchQuery(text: "Walking after meals eases type 2 diabetes (T2D) in retirees")
        #expect(query.abbreviations.first?.longForms == ["type 2 diabetes"])
        #expect(query.keepingForStrictSearch(4).pubMedTerm.contains("(\"type 2 diabetes\"[tiab] OR t2d[tiab])"))
    }

    /// Inside the long form a hyphened prefix is searched apart and closed, as papers write it both
    /// ways ("trans-activator", "transactivator").
    @Test func aHyphenedPrefixInTheLongFormIsAlsoSearchedClosed() {
        let query = SearchQuery(text: "A viral trans-activator protein (VTP) carries peptides into neurons")
        #expect(query.abbreviations.first?.longForms == ["viral trans activator protein", "viral transactivator protein"])
        let term = query.keepingForStrictSearch(4).pubMedTerm
        #expect(term.contains("(\"viral trans activator protein\"[tiab] OR \"viral transactivator protein\"[tiab] OR vtp[tiab])"), "\(term)")
    }

    /// A parenthesis that is no definition leaves the query as it was: a year, a figure, a sample
    /// size, a gene symbol whose letters the words before do not hold, a long form of one word, an
    /// abbreviation that is a stopword, a parenthesis that holds more than the abbreviation.
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
        #expect(query.abbreviations.isEmpty, "\(query.abbreviations)")
        #expect(query.keepingForStrictSearch(4) == withoutAbbreviations(query))
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
