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

    public init(
        claim: Claim, sources: [SourceSummary], verdict: Verdict, confidence: Double, reason: String,
        evidence: [Evidence]
    ) {
        self.claim = claim
        self.sources = sources
        self.verdict = verdict
        self.confidence = confidence
        self.reason = reason
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case sources, verdict, confidence, reason, evidence
    }

    public init(from decoder: any Decoder) throws {
        claim = try Claim(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sources = try container.decode([SourceSummary].self, forKey: .sources)
        verdict = try container.decode(Verdict.self, forKey: .verdict)
        confidence = try container.decode(Double.self, forKey: .confidence)
        reason = try container.decode(String.self, forKey: .reason)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        try claim.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sources, forKey: .sources)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(reason, forKey: .reason)
        try container.encode(evidence, forKey: .evidence)
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
