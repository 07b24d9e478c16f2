import FactCheckModel
import Fetcher
import ScholarlySources
import Testing

/// The literature search re-ranks the page Europe PMC returned by each paper's own text
/// (`SearchRelevance`): a paper whose one sentence states the claim, in other inflections, rises
/// above papers the engine ranked first for holding the claim's words as written. Our own made-up
/// works, in Europe PMC's real response format.
struct SearchReRankingTests {
    static let page = """
    {"version":"6.9","hitCount":3,"resultList":{"result":[
     {"id":"39000001","source":"MED","pmid":"39000001","doi":"10.5555/rr.1","title":"Cyclists: a survey.",
      "abstractText":"Nightly routines of older cyclists were surveyed. Stretching was rare. Cramps were not studied."},
     {"id":"39000002","source":"MED","pmid":"39000002","doi":"10.5555/rr.2","title":"Cramps in pregnancy.",
      "abstractText":"Cramps are common in pregnancy."},
     {"id":"39000003","source":"MED","pmid":"39000003","doi":"10.5555/rr.3","title":"A trial in amateur riders.",
      "abstractText":"Stretching each night led to a reduction in muscle cramping among the older cyclists."}
    ]}}
    """

    static func firstPaper(relevanceWeight: Double) async -> String? {
        var settings = ScholarlySettings(backends: [.europepmc], maxSearchResults: 1)
        settings.relevanceWeight = relevanceWeight
        settings.europePMCBothForms = false
        let query = SearchQuery(text: "Nightly stretching reduces muscle cramps in older cyclists", maxTerms: settings.maxConcepts)
        let stub = ScholarlyResolverTests.StubFetch([
            settings.europePMC.search(query: query.europePMCExactQuery, maxResults: settings.rankedCandidates):
                ScholarlyResolverTests.ok(page, "application/json"),
        ])
        let result = await ScholarlyResolver(settings: settings, fetch: stub.fetch).search(query)
        return result.papers.first?.citation.pmid
    }

    @Test func thePaperThatStatesTheClaimComesFirst() async {
        #expect(await Self.firstPaper(relevanceWeight: 1) == "39000003")
        // Without re-ranking, the engine's order stands.
        #expect(await Self.firstPaper(relevanceWeight: 0) == "39000001")
    }
}
