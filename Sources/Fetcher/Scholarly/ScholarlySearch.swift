import FactCheckModel
import ScholarlySources

/// What a literature search found for one claim: the papers worth reading (best first), each with
/// the suggestion it becomes, and what was asked.
public struct LiteratureSearchResult: Sendable {
    public struct Paper: Sendable {
        /// Origin `search`, the DOI or PubMed URL as its reference: what the scorer reads.
        public var document: SourceDocument
        /// The reference and where it was found; the pipeline adds the quote and stance.
        public var citation: SuggestedCitation

        /// Whether `url` names this paper by its DOI (compared case-insensitively, as the DOI system
        /// does) or its PMID, in any form an article writes them: a search run for a claim whose cited
        /// link is dead may find that very work, which is no replacement for it.
        public func isWork(citedAt url: String) -> Bool {
            switch ScholarlyIdentifier(parsing: url) {
            case .doi(let doi):
                citation.doi.map(ScholarlyIdentifier.normalizedDOI) == ScholarlyIdentifier.normalizedDOI(doi)
            case .pmid(let pmid): citation.pmid == pmid
            case .pmcid, nil: false
            }
        }
    }

    public var papers: [Paper]
    public var summary: LiteratureSearchSummary

    public init(papers: [Paper] = [], summary: LiteratureSearchSummary = LiteratureSearchSummary()) {
        self.papers = papers
        self.summary = summary
    }

    public var documents: [SourceDocument] { papers.map(\.document) }
}

extension ScholarlyResolver {
    /// Papers for a claim that cited none it could use, searched the way an expert would
    /// (``SearchQuery``), three queries a claim with the default settings, never more than
    /// ``ScholarlySettings/maxQueries`` (four, the budget):
    ///
    /// 1. PubMed, strict: every key concept in title or abstract. When PubMed is the only backend
    ///    and that finds nothing, the least important concept is dropped and PubMed asked again, up
    ///    to ``ScholarlySettings/pubMedSteps`` times; beside Europe PMC, the strict query alone
    ///    (``ScholarlySettings/pubMedStepsBesideEuropePMC``). The ids found are fetched in one
    ///    efetch (abstracts, publication types, retractions).
    /// 2. Europe PMC, ranked: every concept's forms ORed, relevance order, asked twice (words as
    ///    written, then truncated at their stems: ``ScholarlySettings/europePMCBothForms``); it
    ///    finds the paper a claim paraphrases, which a strict AND misses.
    ///
    /// No query is sent once ``ScholarlySettings/maxQueries`` were (PubMed's relaxations stop first,
    /// then Europe PMC's second form), whatever the other settings say.
    ///
    /// The lists are fused by reciprocal rank (a paper both found rises) plus each paper's
    /// match with the claim in its own text (``SearchRelevance``: Europe PMC is asked for a page,
    /// ``ScholarlySettings/rankedCandidates``, so that the paper which states the claim can rise
    /// from below the engine's first three at no extra query), reviews and
    /// meta-analyses then trials get a small lift, retracted papers and retraction notices are left
    /// out (and named in the summary), duplicates (the same DOI or PMID) dropped, and only papers
    /// with an abstract kept: a title alone cannot support or contradict anything. Failures only
    /// mean fewer papers; the summary says which backend failed and why.
    public func search(for claim: Claim) async -> LiteratureSearchResult {
        await search(SearchQuery(claim: claim, maxTerms: settings.maxConcepts))
    }

    public func search(_ query: SearchQuery) async -> LiteratureSearchResult {
        guard !query.isEmpty, settings.maxSearchResults > 0 else { return LiteratureSearchResult() }
        var summary = LiteratureSearchSummary()
        var lists: [[Candidate]] = []
        for backend in settings.backends {
            switch backend {
            case .pubmed: lists.append(await searchPubMed(query, summary: &summary))
            case .europepmc:
                lists.append(await searchEuropePMC(query, truncated: settings.europePMCTruncates, summary: &summary))
                if settings.europePMCBothForms {
                    lists.append(await searchEuropePMC(query, truncated: !settings.europePMCTruncates, summary: &summary))
                }
            case .crossref: continue
            }
        }
        let relevance = settings.relevanceWeight > 0 ? SearchRelevance(query: query) : nil
        return LiteratureSearchResult(papers: fuse(lists, relevance: relevance, summary: &summary), summary: summary)
    }

    /// One paper as a backend returned it, with the query that found it.
    struct Candidate {
        var record: ScholarlyRecord
        var url: String
        var contentType: String?
        var foundBy: String
    }

    private func searchPubMed(_ query: SearchQuery, summary: inout LiteratureSearchSummary) async -> [Candidate] {
        let steps = settings.backends.contains(.europepmc) ? settings.pubMedStepsBesideEuropePMC : settings.pubMedSteps
        for step in query.keepingForStrictSearch(settings.pubMedConcepts).relaxationSteps(steps) {
            guard summary.queries.count < settings.maxQueries else { break }
            let term = step.pubMedTerm
            let searchURL = settings.eutils.search(term: term, maxResults: settings.candidatesPerBackend)
            switch await fetch(searchURL) {
            case .failure(let status, let reason):
                summary.queries.append(.init(backend: "pubmed", query: term, hits: nil))
                summary.problem = summary.problem ?? "PubMed: \(reason) (\(status.rawValue))"
                return []
            case .response(let code, _, let body):
                guard code == 200, let result = try? ESearchParser.result(from: body) else {
                    summary.queries.append(.init(backend: "pubmed", query: term, hits: nil))
                    summary.problem = summary.problem ?? "PubMed: answered HTTP \(code)"
                    return []
                }
                summary.queries.append(.init(backend: "pubmed", query: term, hits: result.count ?? result.ids.count))
                guard !result.ids.isEmpty else { continue }
                let ids = Array(result.ids.prefix(settings.candidatesPerBackend))
                let attempt = ResolutionAttempt()
                let fetchURL = settings.eutils.fetchPubMed(pmids: ids)
                let records = await read(fetchURL, into: attempt) { bytes in try PubMedArticleParser.records(from: bytes) }
                if let failure = attempt.failure { summary.problem = summary.problem ?? "PubMed efetch: \(failure.reason)" }
                // efetch returns records in its own order; esearch's is the relevance order.
                return ids.compactMap { id in records.first { $0.pmid == id } }.map {
                    Candidate(record: $0, url: fetchURL, contentType: attempt.contentTypes[fetchURL], foundBy: "PubMed: " + term)
                }
            }
        }
        return []
    }

    private func searchEuropePMC(_ query: SearchQuery, truncated: Bool, summary: inout LiteratureSearchSummary) async -> [Candidate] {
        guard summary.queries.count < settings.maxQueries else { return [] }
        let text = truncated ? query.europePMCQuery : query.europePMCExactQuery
        let searchURL = settings.europePMC.search(query: text, maxResults: settings.rankedCandidates)
        let attempt = ResolutionAttempt()
        let records = await read(searchURL, into: attempt) { bytes in try EuropePMCSearchParser.records(from: bytes) }
        summary.queries.append(.init(backend: "europepmc", query: text, hits: attempt.failure == nil ? records.count : nil))
        if let failure = attempt.failure { summary.problem = summary.problem ?? "Europe PMC: \(failure.reason)" }
        return records.map { Candidate(record: $0, url: searchURL, contentType: attempt.contentTypes[searchURL], foundBy: "Europe PMC: " + text) }
    }

    /// Reciprocal-rank fusion (k = ``fusionK``), plus how well each paper's own title and abstract
    /// match the claim (``SearchRelevance``, times ``ScholarlySettings/relevanceWeight``), a lift
    /// for the study types worth citing first, retracted papers out, duplicates out, at most
    /// ``ScholarlySettings/maxSearchResults`` kept.
    func fuse(_ lists: [[Candidate]], relevance: SearchRelevance? = nil, summary: inout LiteratureSearchSummary) -> [LiteratureSearchResult.Paper] {
        var scores: [String: Double] = [:]
        var first: [String: Candidate] = [:]
        var order: [String] = []
        for list in lists {
            for (rank, candidate) in list.enumerated() {
                guard let key = Self.key(candidate.record) else { continue }
                if first[key] == nil {
                    first[key] = candidate
                    order.append(key)
                }
                scores[key, default: 0] += 1 / (Self.fusionK + Double(rank + 1))
            }
        }
        for key in order {
            scores[key, default: 0] += Self.studyTypeLift(Self.studyType(of: first[key]!.record)) / (Self.fusionK + 1)
        }
        if let relevance {
            let papers = order.map { key in
                let record = first[key]!.record
                return SearchRelevance.Paper(title: record.title, abstract: record.passages.map(\.text))
            }
            for (key, score) in zip(order, relevance.scores(papers)) { scores[key, default: 0] += settings.relevanceWeight * score }
        }
        let ranked = order.enumerated().sorted { (scores[$0.element]!, -$0.offset) > (scores[$1.element]!, -$1.offset) }.map(\.element)
        var papers: [LiteratureSearchResult.Paper] = []
        for key in ranked {
            let candidate = first[key]!
            let record = candidate.record
            guard let url = record.canonicalURL, !record.passages.isEmpty else { continue }
            if record.retraction != nil {
                let citation = Self.citation(record, url: url, foundBy: candidate.foundBy)
                summary.skippedRetracted.append(citation.reference)
                continue
            }
            guard papers.count < settings.maxSearchResults else { continue }
            // The paper's own page, never the API request (which may carry the user's key).
            let document = record.document(for: SourceRef(url: url, origin: .search), finalURL: url, contentType: candidate.contentType)
            papers.append(.init(document: document, citation: Self.citation(record, url: url, foundBy: candidate.foundBy)))
        }
        return papers
    }

    /// Small, so a paper both backends rank high beats one found once at the top.
    static let fusionK = 2.0

    static func key(_ record: ScholarlyRecord) -> String? {
        if let doi = record.doi { return "doi:" + ScholarlyIdentifier.normalizedDOI(doi) }
        return record.pmid.map { "pmid:" + $0 }
    }

    static func citation(_ record: ScholarlyRecord, url: String, foundBy: String) -> SuggestedCitation {
        SuggestedCitation(
            authors: record.authors, year: record.year, title: record.title, journal: record.journal, doi: record.doi,
            pmid: record.pmid, url: url, studyType: studyType(of: record), foundBy: foundBy)
    }

    /// The kind of study a record is, from its publication types, most citable first.
    static func studyType(of record: ScholarlyRecord) -> String? {
        let types = record.publicationTypes.map { $0.lowercased() }
        for wanted in ["systematic review", "meta-analysis", "randomized controlled trial", "clinical trial", "review"]
        where types.contains(where: { $0.contains(wanted) }) {
            return wanted
        }
        return nil
    }

    /// Reviews and meta-analyses first, then trials: as a fraction of a first rank.
    static func studyTypeLift(_ type: String?) -> Double {
        switch type {
        case "systematic review", "meta-analysis": 0.5
        case "randomized controlled trial", "clinical trial": 0.25
        default: 0
        }
    }
}
