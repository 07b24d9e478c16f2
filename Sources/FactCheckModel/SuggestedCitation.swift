/// A paper the literature search found for a claim: **found by search, not cited by the author**.
///
/// Reports show it so an editor can paste a citation: a formatted reference, the sentence of the
/// paper that bears most on the claim, and what it says about it. When the claim had no usable
/// source, the verdict comes from these papers (``Role/evidence``); when the claim cites a source
/// that does not support it, they are offered beside the author's source (``Role/alternative``);
/// when its cited source could not be read, in its place (``Role/replacement``).
public struct SuggestedCitation: Codable, Sendable, Hashable {
    public enum Role: String, Codable, Sendable {
        /// The claim had no usable source: its verdict comes from the suggestions.
        case evidence
        /// The claim's own source did not support it: a paper that speaks to it, for the editor.
        case alternative
        /// The claim's cited source could not be read (a dead link, a failed fetch): a paper found in
        /// its place, for the editor to check and cite instead. The verdict stays `source-unavailable`.
        case replacement

        /// Why these papers are shown, after "found by search, not cited by the author" (nil for
        /// ``evidence``, where the claim cites nothing): every report format says it the same way.
        public var because: String? {
            switch self {
            case .evidence: nil
            case .alternative: "the cited source does not support it"
            case .replacement: "the cited source could not be read"
            }
        }
    }

    /// Vancouver style: "Smith J, Doe A, Lee K, et al. Title. Journal. 2019. https://doi.org/…".
    public var reference: String
    /// "Surname Initials", as the database lists them.
    public var authors: [String]
    public var year: Int?
    public var title: String?
    public var journal: String?
    public var doi: String?
    public var pmid: String?
    /// The DOI link, else the PubMed link.
    public var url: String
    /// "systematic review", "meta-analysis", "randomized controlled trial", "clinical trial", "review",
    /// or nil (a primary study or unknown): reviews are preferred, then trials.
    public var studyType: String?
    /// The paper's sentence that bears most on the claim (nil when the scorer found none).
    public var quote: String?
    /// What that sentence says about the claim.
    public var stance: Stance?
    /// The quote's relevance to the claim, in [0, 1].
    public var score: Double?
    /// Which database and query found it: "PubMed: (massag*[tiab]) AND (cortisol*[tiab])".
    public var foundBy: String
    public var role: Role

    public init(
        authors: [String], year: Int?, title: String?, journal: String?, doi: String?, pmid: String?, url: String,
        studyType: String?, foundBy: String, role: Role = .evidence, quote: String? = nil, stance: Stance? = nil,
        score: Double? = nil
    ) {
        self.authors = authors
        self.year = year
        self.title = title
        self.journal = journal
        self.doi = doi
        self.pmid = pmid
        self.url = url
        self.studyType = studyType
        self.foundBy = foundBy
        self.role = role
        self.quote = quote
        self.stance = stance
        self.score = score
        reference = Self.reference(authors: authors, title: title, journal: journal, year: year, url: url)
    }

    /// The reference as an editor pastes it. Three authors, then "et al.", as Vancouver does for
    /// more than six only when space is short: a report line has little.
    public static func reference(authors: [String], title: String?, journal: String?, year: Int?, url: String) -> String {
        var parts: [String] = []
        if !authors.isEmpty { parts.append(authors.prefix(3).joined(separator: ", ") + (authors.count > 3 ? ", et al" : "")) }
        if let title, !title.isEmpty { parts.append(title.hasSuffix(".") ? String(title.dropLast()) : title) }
        if let journal, !journal.isEmpty { parts.append(journal) }
        if let year { parts.append(String(year)) }
        return (parts.map { $0 + "." } + [url]).joined(separator: " ")
    }

    enum CodingKeys: String, CodingKey {
        case reference, authors, year, title, journal, doi, pmid, url, quote, stance, score, role
        case studyType = "study_type"
        case foundBy = "found_by"
    }

    /// Absent values are written as `null` (see ``Claim``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reference, forKey: .reference)
        try container.encode(authors, forKey: .authors)
        try container.encode(year, forKey: .year)
        try container.encode(title, forKey: .title)
        try container.encode(journal, forKey: .journal)
        try container.encode(doi, forKey: .doi)
        try container.encode(pmid, forKey: .pmid)
        try container.encode(url, forKey: .url)
        try container.encode(studyType, forKey: .studyType)
        try container.encode(quote, forKey: .quote)
        try container.encode(stance, forKey: .stance)
        try container.encode(score, forKey: .score)
        try container.encode(foundBy, forKey: .foundBy)
        try container.encode(role, forKey: .role)
    }
}

/// What the literature search did for one claim: each query it sent and how many papers it
/// found, the retracted papers it left out, and why it could not search, if it could not.
public struct LiteratureSearchSummary: Codable, Sendable, Hashable {
    public struct Query: Codable, Sendable, Hashable {
        /// `pubmed` or `europepmc`.
        public var backend: String
        public var query: String
        /// Papers the database reported; nil when the request failed.
        public var hits: Int?

        public init(backend: String, query: String, hits: Int?) {
            self.backend = backend
            self.query = query
            self.hits = hits
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(backend, forKey: .backend)
            try container.encode(query, forKey: .query)
            try container.encode(hits, forKey: .hits)
        }
    }

    public var queries: [Query]
    /// References of retracted papers (and retraction notices) found and not suggested.
    public var skippedRetracted: [String]
    /// Why a backend could not be searched ("PubMed: could not connect …"), nil when all answered.
    public var problem: String?

    public init(queries: [Query] = [], skippedRetracted: [String] = [], problem: String? = nil) {
        self.queries = queries
        self.skippedRetracted = skippedRetracted
        self.problem = problem
    }

    enum CodingKeys: String, CodingKey {
        case queries, problem
        case skippedRetracted = "skipped_retracted"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(queries, forKey: .queries)
        try container.encode(skippedRetracted, forKey: .skippedRetracted)
        try container.encode(problem, forKey: .problem)
    }
}
