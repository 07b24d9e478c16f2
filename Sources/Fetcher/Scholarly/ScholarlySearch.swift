import FactCheckModel
import ScholarlySources

extension ScholarlyResolver {
    /// Sources for a claim that cited none it could use: the configured backends searched with
    /// the claim's key terms (``SearchQuery``), each backend's best hits read as documents with
    /// origin `search`, duplicates (the same DOI or PMID from two backends) dropped, at most
    /// ``ScholarlySettings/maxSearchResults`` in all. Only hits with readable text are kept: a title
    /// alone cannot support or contradict anything.
    ///
    /// PubMed costs two requests (esearch for ids, one efetch for all their abstracts); Europe PMC
    /// one (its `core` results carry the abstracts). Failures only mean fewer results.
    public func search(for claim: Claim) async -> [SourceDocument] {
        let query = SearchQuery(claim: claim)
        guard !query.isEmpty, settings.maxSearchResults > 0 else { return [] }
        let limit = settings.maxSearchResults
        var found: [(record: ScholarlyRecord, url: String, contentType: String?)] = []
        for backend in settings.backends {
            let attempt = ResolutionAttempt()
            switch backend {
            case .pubmed:
                let searchURL = settings.eutils.search(term: query.pubMedTerm, maxResults: limit)
                guard case .response(200, _, let body) = await fetch(searchURL),
                      let ids = try? ESearchParser.result(from: body).ids, !ids.isEmpty else { continue }
                let fetchURL = settings.eutils.fetchPubMed(pmids: Array(ids.prefix(limit)))
                let records = await read(fetchURL, into: attempt) { bytes in
                    try PubMedArticleParser.records(from: bytes)
                }
                // efetch returns records in its own order; esearch's is the relevance order.
                let ranked = ids.compactMap { id in records.first { $0.pmid == id } }
                found += ranked.map { ($0, fetchURL, attempt.contentTypes[fetchURL]) }
            case .europepmc:
                let searchURL = settings.europePMC.search(query: query.europePMCQuery, maxResults: limit)
                let records = await read(searchURL, into: attempt) { bytes in
                    try EuropePMCSearchParser.records(from: bytes)
                }
                found += records.map { ($0, searchURL, attempt.contentTypes[searchURL]) }
            case .crossref:
                continue
            }
        }
        var seen: Set<String> = []
        var documents: [SourceDocument] = []
        for (record, url, contentType) in found where !record.passages.isEmpty {
            let keys = [record.doi.map { "doi:" + ScholarlyIdentifier.normalizedDOI($0) }, record.pmid.map { "pmid:" + $0 }]
                .compactMap { $0 }
            guard let sourceURL = record.canonicalURL, !keys.contains(where: seen.contains) else { continue }
            seen.formUnion(keys)
            documents.append(record.document(for: SourceRef(url: sourceURL, origin: .search), finalURL: url, contentType: contentType))
            if documents.count == limit { break }
        }
        return documents
    }
}
