/// A source to read for a claim, and why we read it.
public struct SourceRef: Codable, Sendable, Hashable {
    /// Where a source came from: the report tells an editor whether the article cited it or we found it.
    public enum Origin: String, Codable, Sendable {
        /// A link in the article, in or next to the claim's sentence.
        case link
        /// `--source` on the command line.
        case option
        /// The `[[source]]` registry, matched by the claim's attribution.
        case registry
        /// A scholarly search for a claim that had no usable source.
        case search
        /// An entry of the article's reference list.
        case reference
    }

    /// An http(s) URL, or for sources named in trusted configuration, a local file path.
    public var url: String
    public var origin: Origin

    public init(url: String, origin: Origin) {
        self.url = url
        self.origin = origin
    }
}

/// Whether a source could be read, and if not, why: the codes are stable for machines, the
/// ``SourceDocument/reason`` is for people.
public enum SourceStatus: String, Codable, Sendable {
    case ok
    /// 404 or 410.
    case notFound = "not-found"
    /// 401, 403 or 429: the server refuses us.
    case blocked
    /// We refused: a scheme other than http(s), or a private, loopback or link-local address.
    case refused
    case timeout
    /// Past the byte, size or redirect limits.
    case tooLarge = "too-large"
    /// Fetched, but not a type we can read (PDF, image), or no text in it.
    case unreadable
    /// Any other HTTP error status.
    case httpError = "http-error"
    /// DNS, connection or TLS failure.
    case networkError = "network-error"
    /// Not fetched because the run was told not to (`--no-fetch`).
    case notFetched = "not-fetched"
}

/// What a fetch of one URL found: the source's readable text split into passages, or the reason it
/// could not be read. It says nothing about who cited the URL: one fetch serves every claim that
/// cites it, each for its own reason (a link in one article, the registry in another), so each claim
/// pairs it with its own ``SourceRef`` (``SourceDocument``) instead of the content carrying one.
public struct SourceContent: Codable, Sendable {
    public var status: SourceStatus
    /// Why the source is unavailable, in words an editor understands. Nil when ``status`` is ok.
    public var reason: String?
    /// The URL after redirects.
    public var finalURL: String?
    public var title: String?
    public var contentType: String?
    public var passages: [Passage]
    /// Set when the source was retracted or is a retraction notice (scholarly sources only); nil
    /// when nothing says so.
    public var retraction: Retraction?

    public init(
        status: SourceStatus, reason: String? = nil, finalURL: String? = nil, title: String? = nil,
        contentType: String? = nil, passages: [Passage] = [], retraction: Retraction? = nil
    ) {
        self.status = status
        self.reason = reason
        self.finalURL = finalURL
        self.title = title
        self.contentType = contentType
        self.passages = passages
        self.retraction = retraction
    }

    enum CodingKeys: String, CodingKey {
        case status, reason, title, passages, retraction
        case finalURL = "final_url"
        case contentType = "content_type"
    }

    /// Absent values are written as `null` (see ``Claim``), so `retraction` is always there to test.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(reason, forKey: .reason)
        try container.encode(finalURL, forKey: .finalURL)
        try container.encode(title, forKey: .title)
        try container.encode(contentType, forKey: .contentType)
        try container.encode(passages, forKey: .passages)
        try container.encode(retraction, forKey: .retraction)
    }
}

/// A source as one claim cites it: the claim's own reference paired with what the fetch of its URL
/// found. The fields of ``SourceContent`` read through, so a document reads as one flat record (and
/// its JSON, which the cache stores, stays flat).
public struct SourceDocument: Codable, Sendable {
    public var ref: SourceRef
    public var content: SourceContent

    public init(ref: SourceRef, content: SourceContent) {
        self.ref = ref
        self.content = content
    }

    public init(
        ref: SourceRef, status: SourceStatus, reason: String? = nil, finalURL: String? = nil,
        title: String? = nil, contentType: String? = nil, passages: [Passage] = [],
        retraction: Retraction? = nil
    ) {
        self.init(ref: ref, content: SourceContent(
            status: status, reason: reason, finalURL: finalURL, title: title, contentType: contentType,
            passages: passages, retraction: retraction))
    }

    public var status: SourceStatus {
        get { content.status }
        set { content.status = newValue }
    }
    public var reason: String? {
        get { content.reason }
        set { content.reason = newValue }
    }
    public var finalURL: String? {
        get { content.finalURL }
        set { content.finalURL = newValue }
    }
    public var title: String? {
        get { content.title }
        set { content.title = newValue }
    }
    public var contentType: String? {
        get { content.contentType }
        set { content.contentType = newValue }
    }
    public var passages: [Passage] {
        get { content.passages }
        set { content.passages = newValue }
    }
    public var retraction: Retraction? {
        get { content.retraction }
        set { content.retraction = newValue }
    }

    public var isAvailable: Bool { status == .ok }

    enum CodingKeys: String, CodingKey {
        case ref
    }

    /// One flat JSON object: the reference's key beside the content's.
    public init(from decoder: any Decoder) throws {
        ref = try decoder.container(keyedBy: CodingKeys.self).decode(SourceRef.self, forKey: .ref)
        content = try SourceContent(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ref, forKey: .ref)
        try content.encode(to: encoder)
    }
}

/// A paragraph-sized piece of a source's text, in reading order.
public struct Passage: Codable, Sendable, Hashable {
    /// Position among the source's passages.
    public var index: Int
    public var text: String
    /// The nearest heading above the passage, if the source has headings.
    public var heading: String?

    public init(index: Int, text: String, heading: String? = nil) {
        self.index = index
        self.text = text
        self.heading = heading
    }
}

/// That a source has been retracted, or is itself a retraction notice: an editor must never lean on
/// a retracted paper without saying so, so the report carries this next to the source.
///
/// Encodes with both links always present (`null` when unknown), like the rest of the report.
public struct Retraction: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// The source was retracted (PubMed "Retracted Publication", Crossref `updated-by` retraction).
        case retracted
        /// The source *is* the retraction notice of another work.
        case notice = "retraction-notice"
    }

    public var kind: Kind
    /// For ``Kind/retracted``: where the retraction notice is (a `https://doi.org/…` or PubMed URL), if known.
    public var notice: String?
    /// For ``Kind/notice``: the work the notice retracts, if known.
    public var retracts: String?

    public init(kind: Kind, notice: String? = nil, retracts: String? = nil) {
        self.kind = kind
        self.notice = notice
        self.retracts = retracts
    }

    enum CodingKeys: String, CodingKey {
        case kind, notice, retracts
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(notice, forKey: .notice)
        try container.encode(retracts, forKey: .retracts)
    }
}
