import Foundation

/// PubMed's E-utilities (`esearch`, `efetch` PubMed XML) and Europe PMC's `search` (JSON, `core`)
/// answered from a ``LiteratureIndex``, under `/eutils/` and `/europepmc/` as
/// `ScholarlySettings.allAt` expects: the literature search runs its real queries over the real
/// HTTP path against papers written for a test, or a benchmark's corpus.
///
/// It records when each request came (``requestLog``), so a test can check NCBI's pace, and
/// counts the searches, so a benchmark can report queries per claim.
public final class LiteratureAPIEmulation: @unchecked Sendable {
    public let index: LiteratureIndex
    private let byPMID: [String: Int]
    // Guarded by `lock`: the server calls the handler on one thread per connection.
    private let lock = NSLock()
    private var log: [(path: String, at: ContinuousClock.Instant)] = []

    public init(index: LiteratureIndex) {
        self.index = index
        var byPMID: [String: Int] = [:]
        for (position, paper) in index.papers.enumerated() { byPMID[paper.pmid] = position }
        self.byPMID = byPMID
    }

    /// Every request answered, with when it arrived, in order.
    public var requestLog: [(path: String, at: ContinuousClock.Instant)] { lock.withLock { log } }

    public func resetLog() { lock.withLock { log = [] } }

    /// The server handler: `/eutils/esearch.fcgi`, `/eutils/efetch.fcgi?db=pubmed`, `/europepmc/search`.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        lock.withLock { log.append((request.path, .now)) }
        let (path, parameters) = Self.split(request.path)
        if path.hasSuffix("/eutils/esearch.fcgi") { return eSearch(parameters) }
        if path.hasSuffix("/eutils/efetch.fcgi"), parameters["db"] == "pubmed" { return eFetch(parameters) }
        if path.hasSuffix("/europepmc/search") { return europePMC(parameters) }
        return .notFound
    }

    private func eSearch(_ parameters: [String: String]) -> HTTPResponse {
        let limit = Int(parameters["retmax"] ?? "20") ?? 20
        do {
            let found = try index.search(parameters["term"] ?? "")
            let ids = found.prefix(limit).map { "<Id>\(index.papers[$0].pmid)</Id>" }.joined()
            return Self.xml("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<eSearchResult><Count>\(found.count)</Count><RetMax>\(min(limit, found.count))</RetMax><RetStart>0</RetStart><IdList>\(ids)</IdList></eSearchResult>")
        } catch {
            return Self.xml("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<eSearchResult><ERROR>\(Self.escape("\(error)"))</ERROR></eSearchResult>")
        }
    }

    private func eFetch(_ parameters: [String: String]) -> HTTPResponse {
        let ids = (parameters["id"] ?? "").split(separator: ",").map(String.init)
        let articles = ids.compactMap { byPMID[$0] }.map { Self.pubMedArticle(index.papers[$0]) }.joined()
        return Self.xml("<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\(articles)</PubmedArticleSet>")
    }

    private func europePMC(_ parameters: [String: String]) -> HTTPResponse {
        let limit = Int(parameters["pageSize"] ?? "25") ?? 25
        guard let found = try? index.search(parameters["query"] ?? "") else {
            return .bytes(Array("{\"errCode\":400,\"errMsg\":\"bad query\"}".utf8), contentType: "application/json", status: 400)
        }
        let results: [[String: Any]] = found.prefix(limit).map { position in
            let paper = index.papers[position]
            var hit: [String: Any] = [
                "id": paper.pmid, "source": "MED", "pmid": paper.pmid, "title": paper.title,
                "abstractText": paper.abstract.joined(separator: " "), "isOpenAccess": "N",
                "authorString": paper.authors.joined(separator: ", ") + (paper.authors.isEmpty ? "" : "."),
                "pubTypeList": ["pubType": paper.publicationTypes],
            ]
            if let doi = paper.doi { hit["doi"] = doi }
            if let year = paper.year { hit["pubYear"] = String(year) }
            if let journal = paper.journal { hit["journalInfo"] = ["journal": ["title": journal]] }
            return hit
        }
        let body: [String: Any] = ["version": "6.9", "hitCount": found.count, "resultList": ["result": results]]
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        return .bytes(Array(data), contentType: "application/json;charset=UTF-8")
    }

    static func pubMedArticle(_ paper: LiteraturePaper) -> String {
        let authors = paper.authors.map { author -> String in
            let parts = author.split(separator: " ")
            let initials = parts.count > 1 ? String(parts.last!) : ""
            let last = parts.count > 1 ? parts.dropLast().joined(separator: " ") : author
            return "<Author><LastName>\(escape(last))</LastName><Initials>\(escape(initials))</Initials></Author>"
        }.joined()
        let abstract = paper.abstract.map { "<AbstractText>\(escape($0))</AbstractText>" }.joined()
        let types = paper.publicationTypes.map { "<PublicationType>\(escape($0))</PublicationType>" }.joined()
        let year = paper.year.map { "<PubDate><Year>\($0)</Year></PubDate>" } ?? ""
        let doi = paper.doi.map { "<ArticleId IdType=\"doi\">\(escape($0))</ArticleId>" } ?? ""
        return """
            <PubmedArticle><MedlineCitation><PMID>\(paper.pmid)</PMID><Article><Journal><JournalIssue>\(year)</JournalIssue>\
            <Title>\(escape(paper.journal ?? ""))</Title></Journal><ArticleTitle>\(escape(paper.title))</ArticleTitle>\
            <Abstract>\(abstract)</Abstract><AuthorList>\(authors)</AuthorList><PublicationTypeList>\(types)</PublicationTypeList>\
            </Article></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">\(paper.pmid)</ArticleId>\(doi)\
            </ArticleIdList></PubmedData></PubmedArticle>
            """
    }

    static func xml(_ text: String) -> HTTPResponse {
        .bytes(Array(text.utf8), contentType: "text/xml; charset=UTF-8")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// `/path?a=1&b=x%20y` → ("/path", ["a": "1", "b": "x y"]); `+` is a space, as forms send it.
    static func split(_ target: String) -> (String, [String: String]) {
        guard let mark = target.firstIndex(of: "?") else { return (target, [:]) }
        var parameters: [String: String] = [:]
        for pair in target[target.index(after: mark)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if let name = parts.first { parameters[name] = parts.count > 1 ? parts[1] : "" }
        }
        return (String(target[..<mark]), parameters)
    }
}
