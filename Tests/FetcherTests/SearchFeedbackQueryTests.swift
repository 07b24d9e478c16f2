import FactCheckModel
import Fetcher
import Foundation
import LoopbackHTTPServer
import ScholarlySources
import Synchronization
import Testing

/// The last ranked query of a search (pseudo-relevance feedback): Europe PMC is asked again with
/// the words its best papers share, and finds the paper that says the claim in those words only.
/// Our own made-up works, in Europe PMC's real response format.
struct SearchFeedbackQueryTests {
    static func hit(_ id: String, _ title: String, _ abstract: String) -> String {
        #"{"id":"\#(id)","source":"MED","pmid":"\#(id)","doi":"10.5555/fb.\#(id)","title":"\#(title)","abstractText":"\#(abstract)"}"#
    }

    static func page(_ hits: [String]) -> String {
        #"{"version":"6.9","hitCount":\#(hits.count),"resultList":{"result":["# + hits.joined(separator: ",") + "]}}"
    }

    /// The claim's own words find three papers that write "nanoparticles" and "epithelium"; the
    /// paper that states the claim writes neither the claim's "carriers" nor "gut".
    static let first = page([
        hit("38000001", "Insulin carriers in nanoparticles.", "Chitosan nanoparticles carried insulin across the intestinal epithelium."),
        hit("38000002", "Nanoparticles and insulin.", "Insulin loaded nanoparticles crossed the intestinal epithelium in rats."),
        hit("38000003", "Insulin uptake of nanoparticles.", "Nanoparticles reached the intestinal epithelium."),
    ])
    static let firstPapers: [SearchFeedback.Paper] = [
        .init(title: "Insulin carriers in nanoparticles.", abstract: ["Chitosan nanoparticles carried insulin across the intestinal epithelium."]),
        .init(title: "Nanoparticles and insulin.", abstract: ["Insulin loaded nanoparticles crossed the intestinal epithelium in rats."]),
        .init(title: "Insulin uptake of nanoparticles.", abstract: ["Nanoparticles reached the intestinal epithelium."]),
    ]
    static let claim = "Tiny carriers deliver insulin through the gut wall"
    static let none = #"<?xml version="1.0" ?><eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList></IdList></eSearchResult>"#
    static let second = page([hit("38000004", "Oral nanoparticles.", "Nanoparticles moved insulin through the intestinal epithelium of diabetic rats.")])

    static func search(feedbackTerms: Int) async -> (pmids: [String], queries: [String]) {
        var settings = ScholarlySettings(backends: [.pubmed, .europepmc], maxSearchResults: 5)
        settings.europePMCBothForms = false
        settings.feedbackTerms = feedbackTerms
        let query = SearchQuery(text: claim, maxTerms: settings.maxConcepts)
        var table: [String: ScholarlyResponse] = [
            settings.eutils.search(term: query.keepingForStrictSearch(settings.pubMedConcepts).pubMedTerm, maxResults: settings.candidatesPerBackend):
                ScholarlyResolverTests.ok(Self.none),
            settings.europePMC.search(query: query.europePMCExactQuery, maxResults: settings.rankedCandidates):
                ScholarlyResolverTests.ok(first, "application/json"),
        ]
        // The three papers are all the best three, in any order: the words they share.
        let words = SearchFeedback.terms(for: query, ranked: firstPapers, top: 3, count: feedbackTerms)
        #expect(feedbackTerms == 0 || words.contains("nanoparticles"), "\(words)")
        if !words.isEmpty {
            let feedback = query.europePMCFeedbackQuery(adding: words, truncated: settings.europePMCTruncates)
            table[settings.europePMC.search(query: feedback, maxResults: settings.rankedCandidates)] = ScholarlyResolverTests.ok(second, "application/json")
        }
        let stub = ScholarlyResolverTests.StubFetch(table)
        let result = await ScholarlyResolver(settings: settings, fetch: stub.fetch).search(query)
        #expect(result.summary.problem == nil, "\(result.summary.queries)")
        return (result.papers.compactMap(\.citation.pmid), result.summary.queries.map(\.query))
    }

    @Test func theBestPapersWordsFindThePaperTheClaimsWordsMissed() async {
        let (pmids, queries) = await Self.search(feedbackTerms: 8)
        #expect(pmids.contains("38000004"), "\(pmids)")
        // Within the budget of four queries a claim: PubMed once, Europe PMC once, the feedback query.
        #expect(queries.count == 3 && queries.last?.contains("nanoparticles") == true, "\(queries)")
        // Off, the paper is not found, and no third query is asked.
        let off = await Self.search(feedbackTerms: 0)
        #expect(!off.pmids.contains("38000004") && off.queries.count == 2)
    }

    /// Every search query of a claim, with PubMed finding nothing and Europe PMC a full page each time.
    static func queries(_ settings: ScholarlySettings) async -> [LiteratureSearchSummary.Query] {
        let fetch: ScholarlyFetch = { url in
            if url.contains("esearch.fcgi") { return ScholarlyResolverTests.ok(Self.none) }
            if url.contains("europepmc") && url.contains("search?") { return ScholarlyResolverTests.ok(Self.first, "application/json") }
            return .response(statusCode: 404, contentType: "text/plain", body: Array("no".utf8))
        }
        let result = await ScholarlyResolver(settings: settings, fetch: fetch).search(SearchQuery(text: claim, maxTerms: settings.maxConcepts))
        return result.summary.queries
    }

    @Test func fourQueriesAClaimAtMostWithPapersFound() async {
        // Default settings, non-empty pages: PubMed, Europe PMC twice, the feedback query.
        let defaults = await Self.queries(ScholarlySettings(backends: [.pubmed, .europepmc]))
        #expect(defaults.count == 4 && defaults.last?.query.contains("nanoparticles") == true, "\(defaults.map(\.query))")
        // PubMed's relaxations asked beside Europe PMC: the cap still holds, the last queries are not sent.
        var wide = ScholarlySettings(backends: [.pubmed, .europepmc])
        wide.pubMedStepsBesideEuropePMC = 3
        let capped = await Self.queries(wide)
        #expect(capped.count == 4, "\(capped.map(\.query))")
        #expect(capped.filter { $0.backend == "pubmed" }.count == 3, "\(capped.map(\.query))")
        wide.maxQueries = 2
        #expect(await Self.queries(wide).count == 2)
    }

    static let threeIds = #"<?xml version="1.0" ?><eSearchResult><Count>3</Count><RetMax>3</RetMax><RetStart>0</RetStart><IdList><Id>38000001</Id><Id>38000002</Id><Id>38000003</Id></IdList></eSearchResult>"#
    static let threeRecords = "<?xml version=\"1.0\" ?><PubmedArticleSet>" + [
        ("38000001", "Insulin carriers in nanoparticles.", "Chitosan nanoparticles carried insulin across the intestinal epithelium."),
        ("38000002", "Nanoparticles and insulin.", "Insulin loaded nanoparticles crossed the intestinal epithelium in rats."),
        ("38000003", "Insulin uptake of nanoparticles.", "Nanoparticles reached the intestinal epithelium."),
    ].map { id, title, abstract in
        "<PubmedArticle><MedlineCitation><PMID Version=\"1\">\(id)</PMID><Article><Journal><Title>Gut Letters</Title></Journal><ArticleTitle>\(title)</ArticleTitle><Abstract><AbstractText>\(abstract)</AbstractText></Abstract></Article></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType=\"pubmed\">\(id)</ArticleId></ArticleIdList></PubmedData></PubmedArticle>"
    }.joined() + "</PubmedArticleSet>"

    /// Europe PMC answers 503 to every query of the claim: no feedback query after them.
    @Test func noFeedbackQueryAfterEuropePMCFailed() async throws {
        let asked = Mutex<[String]>([])
        let server = try LoopbackHTTPServer { request in
            asked.withLock { $0.append(request.path) }
            // PubMed finds the three papers, so the feedback words exist: only Europe PMC's failure stops the query.
            if request.path.hasPrefix("/eutils/esearch.fcgi?") { return .bytes(Array(Self.threeIds.utf8), contentType: "text/xml") }
            if request.path.hasPrefix("/eutils/efetch.fcgi?") { return .bytes(Array(Self.threeRecords.utf8), contentType: "text/xml") }
            if request.path.hasPrefix("/europepmc/search?") { return .text("busy", status: 503) }
            return .notFound
        }
        defer { server.stop() }
        var policy = FetchPolicy()
        policy.allowPrivateNetwork = true
        policy.timeoutSeconds = 30
        policy.perHostIntervalMilliseconds = 0
        var settings = ScholarlySettings.allAt(server.url("/"))
        settings.backends = [.pubmed, .europepmc]
        let resolver = ScholarlyResolver(settings: settings, fetch: SourceFetcher(policy: policy).get)
        let result = await resolver.search(SearchQuery(text: Self.claim, maxTerms: settings.maxConcepts))
        let europePMC = result.summary.queries.filter { $0.backend == "europepmc" }
        #expect(europePMC.count == 2 && europePMC.allSatisfy { $0.hits == nil }, "\(result.summary.queries)")
        #expect(result.papers.count == 3, "\(result.papers.map(\.citation.title))")
        #expect(!asked.withLock { $0 }.contains { $0.hasPrefix("/europepmc/") && $0.contains("nanoparticles") }, "\(asked.withLock { $0 })")
        #expect(result.summary.problem?.contains("Europe PMC") == true)
    }
}
