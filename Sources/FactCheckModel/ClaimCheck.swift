/// A claim with everything found about it: the sources read, the verdict and the evidence.
///
/// Encodes flat: the claim's fields and the check's fields side by side in one JSON object, as the
/// report contract shows.
public struct ClaimCheck: Codable, Sendable {
    public var claim: Claim
    public var sources: [SourceSummary]
    public var verdict: Verdict
    /// In [0, 1].
    public var confidence: Double
    /// One line an editor understands.
    public var reason: String
    /// Up to three quotes, best first.
    public var evidence: [Evidence]
    /// Set when an editor's verdict from the `Claims/` ledger replaced the tool's own; `null` in
    /// JSON otherwise. ``verdict`` is then the editor's, and the tool's is kept here.
    public var review: EditorReview?
    /// Papers the literature search found for the claim, best first (at most three): found by
    /// search, not cited by the author. Empty when there was no search or it found nothing.
    public var suggestions: [SuggestedCitation]
    /// What the literature search did for this claim; `null` when the claim was not searched.
    public var search: LiteratureSearchSummary?

    public init(
        claim: Claim, sources: [SourceSummary], verdict: Verdict, confidence: Double, reason: String,
        evidence: [Evidence], review: EditorReview? = nil, suggestions: [SuggestedCitation] = [],
        search: LiteratureSearchSummary? = nil
    ) {
        self.suggestions = suggestions
        self.search = search
        self.claim = claim
        self.sources = sources
        self.verdict = verdict
        self.confidence = confidence
        self.reason = reason
        self.evidence = evidence
        self.review = review
    }

    /// How urgently an editor should look at the claim (``ClaimPriority``); reports sort by it.
    public var priority: Double { ClaimPriority.of(claim) }

    enum CodingKeys: String, CodingKey {
        case sources, verdict, confidence, reason, evidence, review, priority, suggestions, search
    }

    public init(from decoder: any Decoder) throws {
        claim = try Claim(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sources = try container.decode([SourceSummary].self, forKey: .sources)
        verdict = try container.decode(Verdict.self, forKey: .verdict)
        confidence = try container.decode(Double.self, forKey: .confidence)
        reason = try container.decode(String.self, forKey: .reason)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
        // Reports written before the ledger have no `review` key.
        review = try container.decodeIfPresent(EditorReview.self, forKey: .review)
        // Reports written before literature search have neither key.
        suggestions = try container.decodeIfPresent([SuggestedCitation].self, forKey: .suggestions) ?? []
        search = try container.decodeIfPresent(LiteratureSearchSummary.self, forKey: .search)
    }

    public func encode(to encoder: any Encoder) throws {
        try claim.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sources, forKey: .sources)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(reason, forKey: .reason)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(review, forKey: .review)
        try container.encode(priority, forKey: .priority)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encode(search, forKey: .search)
    }
}

/// An editor's decision from the `Claims/` ledger, applied to a claim in place of the tool's
/// verdict. It says who decided, when, how the claim was matched to the ledger entry, and what the
/// tool would have said on its own, so a reader can always tell the two apart.
public struct EditorReview: Codable, Sendable, Hashable {
    /// How a claim found its ledger entry.
    public enum Match: String, Codable, Sendable {
        /// The claim's id is the entry's id (the same normalised text).
        case id
        /// The wording differs but the content words agree above the matching threshold.
        case similar
    }

    public var reviewer: String
    /// ISO 8601, UTC, as written in the ledger.
    public var reviewedAt: String
    public var note: String
    /// The ledger file's path, so an editor can open the decision.
    public var ledgerFile: String
    public var matched: Match
    /// In [0, 1]; 1 for an id match.
    public var similarity: Double
    /// What the tool concluded from the sources before the editor's verdict replaced it.
    public var toolVerdict: Verdict
    /// The tool's own reason, kept for the same purpose.
    public var toolReason: String
    /// The sources the editor relied on.
    public var evidence: [Source]

    /// A source an editor cited, with the deciding passage when they quoted one.
    public struct Source: Codable, Sendable, Hashable {
        public var url: String
        public var quote: String?

        public init(url: String, quote: String?) {
            self.url = url
            self.quote = quote
        }

        /// Absent values are written as `null` (see ``Claim``).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(url, forKey: .url)
            try container.encode(quote, forKey: .quote)
        }
    }

    public init(
        reviewer: String, reviewedAt: String, note: String, ledgerFile: String, matched: Match, similarity: Double,
        toolVerdict: Verdict, toolReason: String, evidence: [Source] = []
    ) {
        self.reviewer = reviewer
        self.reviewedAt = reviewedAt
        self.note = note
        self.ledgerFile = ledgerFile
        self.matched = matched
        self.similarity = similarity
        self.toolVerdict = toolVerdict
        self.toolReason = toolReason
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case reviewer, note, matched, similarity, evidence
        case reviewedAt = "reviewed_at"
        case ledgerFile = "ledger_file"
        case toolVerdict = "tool_verdict"
        case toolReason = "tool_reason"
    }
}

/// What a report says about one source of a claim: enough to follow it up, not its text.
public struct SourceSummary: Codable, Sendable, Hashable {
    public var url: String
    public var origin: SourceRef.Origin
    public var status: SourceStatus
    public var title: String?
    public var reason: String?
    /// Set when the source was retracted or is a retraction notice, so the report can flag it.
    public var retraction: Retraction?

    public init(
        url: String, origin: SourceRef.Origin, status: SourceStatus, title: String?, reason: String?,
        retraction: Retraction? = nil
    ) {
        self.url = url
        self.origin = origin
        self.status = status
        self.title = title
        self.reason = reason
        self.retraction = retraction
    }

    public init(_ document: SourceDocument) {
        self.init(
            url: document.ref.url, origin: document.ref.origin, status: document.status,
            title: document.title, reason: document.reason, retraction: document.retraction)
    }
}

extension SourceSummary {
    enum CodingKeys: String, CodingKey {
        case url, origin, status, title, reason, retraction
    }

    /// Absent values are written as `null` (see ``Claim``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(origin, forKey: .origin)
        try container.encode(status, forKey: .status)
        try container.encode(title, forKey: .title)
        try container.encode(reason, forKey: .reason)
        try container.encode(retraction, forKey: .retraction)
    }
}
