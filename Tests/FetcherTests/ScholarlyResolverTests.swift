import FactCheckModel
import Foundation
import Fetcher
import LoopbackHTTPServer
import ScholarlySources
import Synchronization
import Testing

/// `ScholarlyResolver` end to end: which API requests a DOI, PMID or PMCID leads to, and the
/// document that comes out, first over a stub fetch function, then over real HTTP on 127.0.0.1.
/// Responses are written here in the APIs' real formats (made-up works).
struct ScholarlyResolverTests {
    // MARK: Fixtures

    static let pubMed = """
    <?xml version="1.0" ?>
    <PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">31000001</PMID>
      <Article><Journal><JournalIssue><PubDate><Year>2019</Year></PubDate></JournalIssue><Title>Journal of Sleep Studies</Title></Journal>
        <ArticleTitle>Evening walking and insomnia in older adults.</ArticleTitle>
        <Abstract><AbstractText Label="RESULTS">Brisk evening walks had no significant effect on insomnia.</AbstractText></Abstract>
        <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType></PublicationTypeList></Article>
    </MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000001</ArticleId>
      <ArticleId IdType="doi">10.5555/jss.2019.0001</ArticleId><ArticleId IdType="pmc">PMC7000001</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
    </PubmedArticleSet>
    """

    static let retractedPubMed = """
    <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">31000002</PMID>
      <Article><Journal><Title>Cardiology Letters</Title></Journal><ArticleTitle>Coffee prevents heart disease.</ArticleTitle>
        <Abstract><AbstractText>Coffee drinkers had 50% fewer heart attacks.</AbstractText></Abstract>
        <PublicationTypeList><PublicationType UI="D016441">Retracted Publication</PublicationType></PublicationTypeList></Article>
      <CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>Cardiol Lett. 2020</RefSource><PMID Version="1">32000009</PMID></CommentsCorrections></CommentsCorrectionsList>
    </MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000002</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>
    """

    static let jats = """
    <?xml version="1.0" ?>
    <pmc-articleset><article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article"><front>
      <journal-meta><journal-title-group><journal-title>Journal of Sleep Studies</journal-title></journal-title-group></journal-meta>
      <article-meta><article-id pub-id-type="pmid">31000001</article-id><article-id pub-id-type="pmc">7000001</article-id>
        <article-id pub-id-type="doi">10.5555/jss.2019.0001</article-id>
        <title-group><article-title>Evening walking and insomnia in older adults</article-title></title-group>
        <abstract><p>Walking had no significant effect.</p></abstract></article-meta></front>
    <body><sec><title>Results</title><p>Insomnia was as common among walkers (31%) as among non-walkers (32%).</p></sec></body>
    </article></pmc-articleset>
    """

    static let crossrefRetracted = """
    {"status":"ok","message-type":"work","message":{"DOI":"10.5555/cl.2019.7","type":"journal-article",
      "title":["Coffee prevents heart disease"],"container-title":["Cardiology Letters"],"issued":{"date-parts":[[2019]]},
      "abstract":"<jats:p>Coffee drinkers had 50% fewer heart attacks.</jats:p>",
      "updated-by":[{"DOI":"10.5555/cl.2020.9","type":"retraction","label":"Retraction","source":"publisher"}]}}
    """

    static let europePMCForDOI = """
    {"version":"6.9","hitCount":1,"resultList":{"result":[{"id":"31000001","source":"MED","pmid":"31000001","pmcid":"PMC7000001",
      "doi":"10.5555/JSS.2019.0001","title":"Evening walking and insomnia in older adults.","pubYear":"2019",
      "abstractText":"<h4>Results</h4>Walking had no significant effect.","isOpenAccess":"Y","pubTypeList":{"pubType":["Journal Article"]}}]}}
    """

    static let europePMCNone = #"{"version":"6.9","hitCount":0,"resultList":{"result":[]}}"#

    static let eSearch = """
    <?xml version="1.0" encoding="UTF-8" ?>
    <eSearchResult><Count>2</Count><RetMax>2</RetMax><RetStart>0</RetStart><IdList><Id>31000001</Id></IdList></eSearchResult>
    """

    static let crossrefWorkURL = "https://api.crossref.org/works/10.5555/cl.2019.7"

    // MARK: Stub fetch

    /// Answers from a table of exact URLs, 404 otherwise, and records what was asked.
    final class StubFetch: Sendable {
        let table: [String: ScholarlyResponse]
        let asked = Mutex<[String]>([])

        init(_ table: [String: ScholarlyResponse]) { self.table = table }

        var fetch: ScholarlyFetch {
            { url in
                self.asked.withLock { $0.append(url) }
                return self.table[url] ?? .response(statusCode: 404, contentType: "text/plain", body: Array("no".utf8))
            }
        }
    }

    static func ok(_ text: String, _ type: String = "text/xml") -> ScholarlyResponse {
        .response(statusCode: 200, contentType: type, body: Array(text.utf8))
    }

    @Test func retractedDOIThroughCrossref() async {
        let settings = ScholarlySettings()
        let stub = StubFetch([
            settings.crossref.work(doi: "10.5555/cl.2019.7"): Self.ok(Self.crossrefRetracted, "application/json"),
            settings.europePMC.search(doi: "10.5555/cl.2019.7"): Self.ok(Self.europePMCNone, "application/json"),
        ])
        let resolver = ScholarlyResolver(settings: settings, fetch: stub.fetch)
        let ref = SourceRef(url: "https://doi.org/10.5555/cl.2019.7", origin: .link)
        let document = await resolver.resolve(ref)
        #expect(document.status == .ok)
        #expect(document.ref == ref)
        #expect(document.title == "Coffee prevents heart disease")
        #expect(document.passages.map(\.text) == ["Coffee drinkers had 50% fewer heart attacks."])
        #expect(document.retraction == Retraction(kind: .retracted, notice: "https://doi.org/10.5555/cl.2020.9"))
        #expect(document.finalURL == Self.crossrefWorkURL)
        #expect(SourceSummary(document).retraction?.kind == .retracted)
        #expect(stub.asked.withLock { $0 } == [
            Self.crossrefWorkURL,
            "https://www.ebi.ac.uk/europepmc/webservices/rest/search?query=DOI%3A%2210.5555%2Fcl.2019.7%22&format=json&resultType=core&pageSize=1",
        ])
    }

    @Test func pmidWithOpenAccessFullText() async {
        let settings = ScholarlySettings()
        let stub = StubFetch([
            settings.eutils.fetchPubMed(pmids: ["31000001"]): Self.ok(Self.pubMed),
            settings.eutils.fetchPMC(pmcids: ["PMC7000001"]): Self.ok(Self.jats),
        ])
        let resolver = ScholarlyResolver(settings: settings, fetch: stub.fetch)
        let document = await resolver.resolve(SourceRef(url: "https://pubmed.ncbi.nlm.nih.gov/31000001/", origin: .reference))
        #expect(document.status == .ok)
        #expect(document.retraction == nil)
        #expect(document.passages.map(\.heading) == ["Abstract", "Results"])  // the full text wins over the abstract
        #expect(document.passages.last?.text.contains("(31%)") == true)
        // Where the text was read, without the request's tool/email/api_key (reports show it).
        #expect(document.finalURL == ScholarlyRequestURL.withoutCredentials(settings.eutils.fetchPMC(pmcids: ["PMC7000001"])))
        #expect(document.finalURL?.contains("tool=") == false)
    }

    @Test func retractedPMIDAndFailures() async {
        let settings = ScholarlySettings()
        let stub = StubFetch([
            settings.eutils.fetchPubMed(pmids: ["31000002"]): Self.ok(Self.retractedPubMed),
            settings.eutils.fetchPubMed(pmids: ["404"]): Self.ok("<PubmedArticleSet></PubmedArticleSet>"),
            settings.eutils.fetchPubMed(pmids: ["429"]): .response(statusCode: 429, contentType: nil, body: []),
            settings.eutils.fetchPubMed(pmids: ["555"]): .failure(.timeout, reason: "timed out: no complete answer within 20 s"),
            settings.eutils.fetchPubMed(pmids: ["666"]): Self.ok("<PubmedArticleSet><broken"),
        ])
        let resolver = ScholarlyResolver(settings: settings, fetch: stub.fetch)
        func resolve(_ pmid: String) async -> SourceDocument {
            await resolver.resolve(SourceRef(url: "PMID: \(pmid)", origin: .reference))
        }
        let retracted = await resolve("31000002")
        #expect(retracted.status == .ok)
        #expect(retracted.retraction == Retraction(kind: .retracted, notice: "https://pubmed.ncbi.nlm.nih.gov/32000009/"))
        let missing = await resolve("404")
        #expect(missing.status == .notFound)
        #expect(missing.reason?.contains("PMID 404") == true)
        #expect(await resolve("429").status == .blocked)
        #expect(await resolve("555").status == .timeout)
        #expect(await resolve("666").status == .unreadable)
        #expect(!ScholarlyResolver.canResolve(SourceRef(url: "https://example.org/page", origin: .link)))
    }

    /// Every search query of a claim, PubMed finding nothing (so it would relax) and Europe PMC a full
    /// page each time (made-up works in its real format).
    static func budgetQueries(_ settings: ScholarlySettings) async -> [LiteratureSearchSummary.Query] {
        let none = #"<?xml version="1.0" ?><eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList></IdList></eSearchResult>"#
        let page = #"{"version":"6.9","hitCount":2,"resultList":{"result":["#
            + #"{"id":"38000001","source":"MED","pmid":"38000001","doi":"10.5555/b.1","title":"Evening walks and insomnia.","abstractText":"Evening walks halved insomnia in older adults."},"#
            + #"{"id":"38000002","source":"MED","pmid":"38000002","doi":"10.5555/b.2","title":"Walking and sleep.","abstractText":"Brisk walks in the evening cut insomnia."}]}}"#
        let fetch: ScholarlyFetch = { url in
            if url.contains("esearch.fcgi") { return Self.ok(none) }
            if url.contains("europepmc") && url.contains("search?") { return Self.ok(page, "application/json") }
            return .response(statusCode: 404, contentType: "text/plain", body: Array("no".utf8))
        }
        let query = SearchQuery(text: "brisk evening walks cut the risk of insomnia in half", maxTerms: settings.maxConcepts)
        return await ScholarlyResolver(settings: settings, fetch: fetch).search(query).summary.queries
    }

    /// The budget of four queries a claim holds whatever the settings ask, with papers found.
    @Test func fourQueriesAClaimAtMost() async {
        // Default settings: PubMed strict once, Europe PMC twice.
        let defaults = await Self.budgetQueries(ScholarlySettings(backends: [.pubmed, .europepmc]))
        #expect(defaults.map(\.backend) == ["pubmed", "europepmc", "europepmc"] && defaults.last?.hits == 2, "\(defaults)")
        // PubMed's three relaxations beside Europe PMC's two forms would be five: the fifth is not sent.
        var wide = ScholarlySettings(backends: [.pubmed, .europepmc])
        wide.pubMedStepsBesideEuropePMC = 3
        let capped = await Self.budgetQueries(wide)
        #expect(capped.map(\.backend) == ["pubmed", "pubmed", "pubmed", "europepmc"], "\(capped)")
        wide.maxQueries = 2
        #expect(await Self.budgetQueries(wide).count == 2)
    }

    @Test func searchForAClaimWithoutSources() async {
        let settings = ScholarlySettings(backends: [.pubmed, .europepmc], maxSearchResults: 2)
        let claim = Claim(
            id: "c-1", text: "brisk evening walks cut the risk of insomnia in half",
            sentence: "Brisk evening walks cut the risk of insomnia in half.", span: TextSpan(start: 0, end: 1, line: 1, column: 1),
            kind: .causal, checkworthiness: 0.9, attribution: nil, hedges: [], quantities: [], citations: [])
        let query = SearchQuery(claim: claim, maxTerms: settings.maxConcepts)
        let stub = StubFetch([
            settings.eutils.search(term: query.keeping(settings.pubMedConcepts).pubMedTerm, maxResults: settings.candidatesPerBackend):
                Self.ok(Self.eSearch),
            settings.eutils.fetchPubMed(pmids: ["31000001"]): Self.ok(Self.pubMed),
            settings.europePMC.search(query: query.europePMCExactQuery, maxResults: settings.rankedCandidates):
                Self.ok(Self.europePMCForDOI, "application/json"),
            settings.europePMC.search(query: query.europePMCQuery, maxResults: settings.rankedCandidates):
                Self.ok(Self.europePMCForDOI, "application/json"),
        ])
        let result = await ScholarlyResolver(settings: settings, fetch: stub.fetch).search(for: claim)
        let documents = result.documents
        // Europe PMC's hit is the same work (same DOI, differently cased): one document, not two.
        #expect(documents.map(\.ref) == [SourceRef(url: "https://doi.org/10.5555/jss.2019.0001", origin: .search)])
        #expect(documents.first?.passages.first?.text == "Brisk evening walks had no significant effect on insomnia.")
        // The strict PubMed query found it at once: one esearch, one efetch, and Europe PMC's two
        // ranked searches (words as written, then truncated).
        #expect(result.summary.queries.map(\.backend) == ["pubmed", "europepmc", "europepmc"])
        #expect(result.summary.problem == nil)
        #expect(result.papers.first?.citation.foundBy.hasPrefix("PubMed: ") == true)
        #expect(stub.asked.withLock { $0.count } == 4)
    }

    // MARK: Real HTTP

    /// The same resolution over libcurl against a loopback server that plays E-utilities, Europe PMC
    /// and Crossref at once (`ScholarlySettings.allAt`).
    @Test func overLoopbackHTTP() async throws {
        let server = try LoopbackHTTPServer { request in
            let path = request.path
            func xml(_ text: String) -> HTTPResponse { .bytes(Array(text.utf8), contentType: "text/xml; charset=UTF-8") }
            func json(_ text: String) -> HTTPResponse { .bytes(Array(text.utf8), contentType: "application/json") }
            if path.hasPrefix("/eutils/efetch.fcgi?db=pubmed&id=31000001&") { return xml(Self.pubMed) }
            if path.hasPrefix("/eutils/efetch.fcgi?db=pmc&id=7000001&") { return xml(Self.jats) }
            if path.hasPrefix("/eutils/esearch.fcgi?") { return xml(Self.eSearch) }
            if path.hasPrefix("/crossref/works/10.5555/cl.2019.7") { return json(Self.crossrefRetracted) }
            if path.hasPrefix("/europepmc/search?") { return json(Self.europePMCNone) }
            return .notFound
        }
        defer { server.stop() }
        var policy = FetchPolicy()
        policy.allowPrivateNetwork = true
        policy.timeoutSeconds = 30
        policy.perHostIntervalMilliseconds = 0
        let resolver = ScholarlyResolver(settings: .allAt(server.url("/")), fetch: SourceFetcher(policy: policy).get)

        let pmcid = await resolver.resolve(SourceRef(url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7000001/", origin: .link))
        #expect(pmcid.status == .ok)
        #expect(pmcid.title == "Evening walking and insomnia in older adults")
        #expect(pmcid.passages.map(\.heading) == ["Abstract", "Results"])
        #expect(pmcid.contentType == "text/xml; charset=UTF-8")

        let doi = await resolver.resolve(SourceRef(url: "https://doi.org/10.5555/cl.2019.7", origin: .link))
        #expect(doi.status == .ok)
        #expect(doi.retraction?.kind == .retracted)
        #expect(doi.retraction?.notice == "https://doi.org/10.5555/cl.2020.9")

        let unknown = await resolver.resolve(SourceRef(url: "doi:10.5555/unknown", origin: .link))
        #expect(unknown.status == .notFound)

        let paths = server.requests.map(\.path)
        #expect(paths.contains { $0.hasPrefix("/eutils/efetch.fcgi?db=pmc&id=7000001&retmode=xml&tool=factcheck") })
        #expect(paths.contains { $0.hasPrefix("/crossref/works/10.5555/cl.2019.7") })
        #expect(server.requests.allSatisfy { $0.header("User-Agent")?.hasPrefix("factcheck/") == true })
    }

    /// A cited DOI resolved once is in the cache under its own URL: `--offline` replays it, retraction
    /// and all, without a request.
    @Test func resolvedIdentifiersAreCachedForOfflineRuns() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.path.hasPrefix("/crossref/works/10.5555/cl.2019.7") {
                return .bytes(Array(Self.crossrefRetracted.utf8), contentType: "application/json")
            }
            if request.path.hasPrefix("/europepmc/search?") {
                return .bytes(Array(Self.europePMCNone.utf8), contentType: "application/json")
            }
            return .notFound
        }
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-scholarly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = CacheSettings(path: folder.appendingPathComponent("cache.sqlite").path)
        var policy = FetchPolicy()
        policy.allowPrivateNetwork = true
        policy.perHostIntervalMilliseconds = 0
        let ref = SourceRef(url: "https://doi.org/10.5555/cl.2019.7", origin: .link)

        let online = SourceFetcher(policy: policy, cache: try SourceCache.open(settings: settings), scholarly: .allAt(server.url("/")))
        let first = await online.fetch(ref)
        #expect(first.status == .ok && first.retraction?.kind == .retracted)
        let requestsOnline = server.requests.count

        policy.offline = true
        let offline = SourceFetcher(policy: policy, cache: try SourceCache.open(settings: settings), scholarly: .allAt(server.url("/")))
        let replayed = await offline.fetch(ref)
        #expect(replayed.status == .ok)
        #expect(replayed.title == first.title)
        #expect(replayed.retraction?.kind == .retracted)
        #expect(server.requests.count == requestsOnline)
    }
}
