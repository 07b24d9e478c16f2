import FactCheckModel
import Fetcher
import ScholarlySources
import Testing

/// How many queries a claim's search costs: beside Europe PMC's two ranked queries, PubMed gets
/// its strict query only; alone, it relaxes the query when the strict one finds nothing.
struct SearchQueryBudgetTests {
    static let none = """
    <?xml version="1.0" encoding="UTF-8" ?>
    <eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList></IdList></eSearchResult>
    """
    static let emptyPage = #"{"version":"6.9","hitCount":0,"resultList":{"result":[]}}"#

    static func backendsAsked(_ backends: [ScholarlySettings.Backend]) async -> [String] {
        let settings = ScholarlySettings(backends: backends)
        let query = SearchQuery(text: "Nightly stretching reduces muscle cramps in older cyclists", maxTerms: settings.maxConcepts)
        var table: [String: ScholarlyResponse] = [:]
        for step in query.keepingForStrictSearch(settings.pubMedConcepts).relaxationSteps(settings.pubMedSteps) {
            table[settings.eutils.search(term: step.pubMedTerm, maxResults: settings.candidatesPerBackend)] = ScholarlyResolverTests.ok(none)
        }
        for text in [query.europePMCExactQuery, query.europePMCQuery] {
            table[settings.europePMC.search(query: text, maxResults: settings.rankedCandidates)] = ScholarlyResolverTests.ok(emptyPage, "application/json")
        }
        let stub = ScholarlyResolverTests.StubFetch(table)
        let result = await ScholarlyResolver(settings: settings, fetch: stub.fetch).search(query)
        #expect(result.summary.problem == nil)
        return result.summary.queries.map(\.backend)
    }

    @Test func besideEuropePMCPubMedAsksOnce() async {
        #expect(await Self.backendsAsked([.pubmed, .europepmc]) == ["pubmed", "europepmc", "europepmc"])
    }

    @Test func aloneItRelaxes() async {
        #expect(await Self.backendsAsked([.pubmed]) == ["pubmed", "pubmed", "pubmed"])
    }
}
