/// The one verdict every claim gets. Raw values are the report contract.
public enum Verdict: String, Codable, Sendable, CaseIterable, Comparable {
    /// A source passage states the claim; numbers and direction agree.
    case supported
    /// A source supports only a weaker claim: a bound moved, a hedge was dropped, an association
    /// became a cause, a sample became everyone.
    case overstated
    /// A source passage on the same subject says the opposite or a clearly different number.
    case contradicted
    /// Relevant sources disagree with each other.
    case disputed
    /// Sources were read; none addresses the claim.
    case unverified
    /// A checkable claim with no source in the article and none found.
    case needsCitation = "needs-citation"
    /// The cited source could not be read.
    case sourceUnavailable = "source-unavailable"

    /// Severity order for summaries: the most alarming first.
    public var severity: Int {
        switch self {
        case .contradicted: 0
        case .overstated: 1
        case .disputed: 2
        case .sourceUnavailable: 3
        case .needsCitation: 4
        case .unverified: 5
        case .supported: 6
        }
    }

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.severity < rhs.severity }
}

/// How a quoted passage bears on a claim.
public enum Stance: String, Codable, Sendable {
    case supports
    /// Speaks to the claim but only backs a weaker version of it.
    case qualifies
    case contradicts
    /// On the subject, without taking a side.
    case mentions
}

/// A quote from a source, with where to find it.
public struct Evidence: Codable, Sendable, Hashable {
    public var url: String
    public var title: String?
    /// The source sentence(s), verbatim.
    public var quote: String
    public var stance: Stance
    /// Relevance of the quote to the claim, in [0, 1].
    public var score: Double
    /// ``url`` with a text fragment (`#:~:text=`) that makes a browser scroll to the quote.
    public var fragmentURL: String?
    /// How strong a relation the quoted sentence states (nil when not classified).
    public var strength: ClaimStrength?

    public init(
        url: String, title: String?, quote: String, stance: Stance, score: Double, fragmentURL: String?,
        strength: ClaimStrength? = nil
    ) {
        self.url = url
        self.title = title
        self.quote = quote
        self.stance = stance
        self.score = score
        self.fragmentURL = fragmentURL
        self.strength = strength
    }

    enum CodingKeys: String, CodingKey {
        case url, title, quote, stance, score, strength
        case fragmentURL = "fragment_url"
    }
}

extension Evidence {
    /// Absent values are written as `null` (see ``Claim``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(quote, forKey: .quote)
        try container.encode(stance, forKey: .stance)
        try container.encode(score, forKey: .score)
        try container.encode(fragmentURL, forKey: .fragmentURL)
        try container.encode(strength, forKey: .strength)
    }
}
