import FactCheckModel
import ScholarlySources

/// Reads scholarly citations through the scholarly APIs instead of the publisher's web page.
///
/// A DOI link leads to a publisher page that is often paywalled, script-built or bot-blocked; the
/// same work's abstract (and, for open-access papers, the full text) is one API call away, in a
/// format made for machines, and only the APIs say whether the work was retracted. So a `SourceRef`
/// whose URL is a DOI, PubMed or PMC form is resolved here:
///
/// | cited as | requests, in order | text from | retraction from |
/// |---|---|---|---|
/// | DOI | Crossref `works/{doi}`; Europe PMC search `DOI:"…"`; Europe PMC `fullTextXML` if open access | full text, else abstract (Europe PMC, else Crossref) | Crossref and Europe PMC |
/// | PMID | efetch PubMed; efetch PMC if PubMed lists a PMCID | full text, else PubMed abstract | PubMed |
/// | PMCID | efetch PMC; efetch PubMed for its PMID | full text, else abstract | PMC and PubMed |
///
/// All I/O goes through the injected ``ScholarlyFetch``, so the resolver is the same on the live
/// transport, a cache, or a test stub. `resolve` never throws: failures come back as a document
/// with a status and a reason, like every other fetch. The returned document keeps the `ref` it
/// was given (the pipeline keys documents by the cited URL).
public struct ScholarlyResolver: Sendable {
    public let settings: ScholarlySettings
    let fetch: ScholarlyFetch

    public init(settings: ScholarlySettings = ScholarlySettings(), fetch: @escaping ScholarlyFetch) {
        self.settings = settings
        self.fetch = fetch
    }

    /// The identifier behind a source URL, or nil when the URL is an ordinary web page (or a local file).
    public static func identifier(for ref: SourceRef) -> ScholarlyIdentifier? {
        ScholarlyIdentifier(parsing: ref.url)
    }

    /// True when ``resolve(_:)`` should handle `ref` instead of a plain web fetch.
    public static func canResolve(_ ref: SourceRef) -> Bool { identifier(for: ref) != nil }

    public func resolve(_ ref: SourceRef) async -> SourceDocument {
        guard let identifier = Self.identifier(for: ref) else {
            return SourceDocument(ref: ref, status: .refused, reason: "not a DOI, PMID or PMCID")
        }
        let attempt = ResolutionAttempt()
        switch identifier {
        case .doi(let doi): await resolveDOI(doi, into: attempt)
        case .pmid(let pmid): await resolvePMID(pmid, into: attempt)
        case .pmcid(let pmcid): await resolvePMCID(pmcid, into: attempt)
        }
        return attempt.document(for: ref, identifier: identifier)
    }

    // MARK: - Per identifier

    private func resolveDOI(_ doi: String, into attempt: ResolutionAttempt) async {
        let crossrefURL = settings.crossref.work(doi: doi)
        let crossref = await read(crossrefURL, into: attempt) { bytes in
            [try CrossrefWorkParser.record(from: bytes)]
        }
        let searchURL = settings.europePMC.search(doi: doi)
        let hits = await read(searchURL, into: attempt) { bytes in
            try EuropePMCSearchParser.records(from: bytes)
        }
        let wanted = ScholarlyIdentifier.normalizedDOI(doi)
        // Europe PMC's DOI search is exact, but never trust a hit for another work.
        let hit = hits.first { $0.doi.map(ScholarlyIdentifier.normalizedDOI) == wanted }
        if let hit, hit.isOpenAccess, let pmcid = hit.pmcid {
            let fullTextURL = settings.europePMC.fullText(pmcid: pmcid)
            let fullText = await read(fullTextURL, into: attempt) { bytes in
                try JATSArticleParser.records(from: bytes)
            }
            attempt.add(fullText.first.flatMap { $0.hasFullText ? $0 : nil }, from: fullTextURL)
        }
        attempt.add(hit, from: searchURL)
        attempt.add(crossref.first, from: crossrefURL)
    }

    private func resolvePMID(_ pmid: String, into attempt: ResolutionAttempt) async {
        let pubMedURL = settings.eutils.fetchPubMed(pmids: [pmid])
        let articles = await read(pubMedURL, into: attempt) { bytes in
            try PubMedArticleParser.records(from: bytes)
        }
        guard let article = articles.first(where: { $0.pmid == pmid }) else { return }
        if let pmcid = article.pmcid {
            let pmcURL = settings.eutils.fetchPMC(pmcids: [pmcid])
            let fullText = await read(pmcURL, into: attempt) { bytes in
                try JATSArticleParser.records(from: bytes)
            }
            attempt.add(fullText.first.flatMap { $0.hasFullText ? $0 : nil }, from: pmcURL)
        }
        attempt.add(article, from: pubMedURL)
    }

    private func resolvePMCID(_ pmcid: String, into attempt: ResolutionAttempt) async {
        let pmcURL = settings.eutils.fetchPMC(pmcids: [pmcid])
        let articles = await read(pmcURL, into: attempt) { bytes in
            try JATSArticleParser.records(from: bytes)
        }
        guard let article = articles.first(where: { $0.pmcid == pmcid }) ?? articles.first else { return }
        attempt.add(article, from: pmcURL)
        // PubMed is where retractions are most reliably flagged; one more request is worth it.
        if let pmid = article.pmid {
            let pubMedURL = settings.eutils.fetchPubMed(pmids: [pmid])
            let abstracts = await read(pubMedURL, into: attempt) { bytes in
                try PubMedArticleParser.records(from: bytes)
            }
            attempt.add(abstracts.first { $0.pmid == pmid }, from: pubMedURL)
        }
    }

    // MARK: - I/O

    /// GETs `url` and parses a 2xx body; anything else is noted in `attempt` and gives no records.
    func read(
        _ url: String, into attempt: ResolutionAttempt,
        _ parse: ([UInt8]) throws -> [ScholarlyRecord]
    ) async -> [ScholarlyRecord] {
        switch await fetch(url) {
        case .failure(let status, let reason):
            attempt.noteFailure(status, reason)
            return []
        case .response(let code, let contentType, let body):
            if let (status, reason) = HTTPOutcomeInterpreter.describe(statusCode: code) {
                attempt.noteFailure(status, reason)
                return []
            }
            attempt.contentTypes[url] = contentType
            do {
                return try parse(body)
            } catch {
                attempt.noteFailure(.unreadable, "not readable: \(error)")
                return []
            }
        }
    }
}

/// What one resolution has gathered so far: records best first, and the first failure, which
/// explains an empty result.
final class ResolutionAttempt {
    private(set) var records: [(record: ScholarlyRecord, url: String)] = []
    private(set) var failure: (status: SourceStatus, reason: String)?
    var contentTypes: [String: String] = [:]

    func add(_ record: ScholarlyRecord?, from url: String) {
        if let record { records.append((record, url)) }
    }

    func noteFailure(_ status: SourceStatus, _ reason: String) {
        if failure == nil { failure = (status, reason) }
    }

    func document(for ref: SourceRef, identifier: ScholarlyIdentifier) -> SourceDocument {
        guard let merged = ScholarlyRecord.merged(records.map(\.record)) else {
            let (status, reason) = failure ?? (.notFound, "not found: no scholarly database knows \(identifier)")
            return SourceDocument(ref: ref, status: status, reason: reason)
        }
        // Credit the request the text came from, so `factcheck fetch` shows where it was read.
        let textSource = records.first { !$0.record.passages.isEmpty } ?? records[0]
        // Without the request's credentials: the address is shown in reports.
        return merged.document(
            for: ref, finalURL: ScholarlyRequestURL.withoutCredentials(textSource.url), contentType: contentTypes[textSource.url])
    }
}
