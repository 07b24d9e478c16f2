/// A checkable statement found in an article.
public struct Claim: Codable, Sendable, Hashable {
    /// What a claim asserts, which decides how a source must speak to it.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case statistic
        case causal
        case comparison
        case attribution
        case general
    }

    /// Stable across runs and machines: ``ClaimID/make(for:)`` of the claim text.
    public var id: String
    /// The assertion itself, with any attribution lead-in ("According to X,") removed.
    public var text: String
    /// The whole sentence the claim was found in.
    public var sentence: String
    /// Where ``text`` sits in the article.
    public var span: TextSpan
    public var kind: Kind
    /// How worth checking the sentence is, in [0, 1].
    public var checkworthiness: Double
    public var attribution: Attribution?
    /// Hedging words as written ("may", "can", "is associated with").
    public var hedges: [String]
    /// The figures the claim reports (the report's `quantities`).
    public var quantities: [Quantity]
    /// The figures a source must match: every figure of the claim, read as the scorer has always read
    /// it. The reported ones leave out a group named by its ages and the whole of a share ("half of
    /// the *30* hospitals"), which a reader is not told as findings but which a source saying "15 of
    /// the 30 hospitals" or "the 900 respondents" still agrees or disagrees with. Not in the report.
    public var comparedQuantities: [Quantity]
    /// URLs the article attaches to this claim (links in or right after the sentence).
    public var citations: [String]
    /// How strong a relation the claim states; set by the scorer (nil before scoring), which compares
    /// it with the strength of the source sentence that backs the claim.
    public var strength: ClaimStrength?

    public init(
        id: String, text: String, sentence: String, span: TextSpan, kind: Kind, checkworthiness: Double,
        attribution: Attribution?, hedges: [String], quantities: [Quantity], citations: [String],
        strength: ClaimStrength? = nil, comparedQuantities: [Quantity]? = nil
    ) {
        self.id = id
        self.text = text
        self.sentence = sentence
        self.span = span
        self.kind = kind
        self.checkworthiness = checkworthiness
        self.attribution = attribution
        self.hedges = hedges
        self.quantities = quantities
        self.comparedQuantities = comparedQuantities ?? quantities
        self.citations = citations
        self.strength = strength
    }
}

/// Who an article says a claim comes from.
public struct Attribution: Codable, Sendable, Hashable {
    /// The named source ("American Chiropractic Association"), or the vague phrase ("studies have shown").
    public var source: String
    /// True for attributions that name nobody a reader could check.
    public var vague: Bool

    public init(source: String, vague: Bool) {
        self.source = source
        self.vague = vague
    }

    /// Whether this attribution names `organisation`: its words appear in ``source`` as whole words,
    /// case-insensitively ("the American Chiropractic Association", "a 2019 ACA report" name both
    /// "American Chiropractic Association" and "ACA"; "ACAP" names neither).
    public func names(_ organisation: String) -> Bool {
        OrganisationName.occurs(organisation, in: source)
    }
}

/// Finding an organisation's name in text: its words, in order, as whole words, case-insensitively;
/// an acronym ("WHO", "NICE", "AHA") only as written, since "who", "nice" and "aha" are words.
public enum OrganisationName {
    public static func occurs(_ organisation: String, in text: String) -> Bool {
        let isAcronym = organisation.isWrittenAsAcronym
        let needle = words(organisation, keepingCase: isAcronym)
        let haystack = words(text, keepingCase: isAcronym)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func words(_ text: String, keepingCase: Bool) -> [String] {
        (keepingCase ? text : text.lowercased()).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}

/// A number in a claim or a source, with its unit and how it is bounded.
public struct Quantity: Codable, Sendable, Hashable {
    /// How the number limits the true value. "more than 80 percent" is a lower bound, "as much as
    /// 80 percent" an upper bound: the same number, opposite claims.
    public enum Bound: String, Codable, Sendable {
        case exact
        /// "more than", "over", "at least"
        case lower
        /// "as much as", "up to", "less than", "at most"
        case upper
        /// "about", "nearly", "roughly"
        case approximate
        /// "3 to 7"; ``Quantity/upperValue`` holds the 7.
        case range
    }

    /// The words as written ("more than 80 percent").
    public var text: String
    public var value: Double
    /// For ranges, the upper end.
    public var upperValue: Double?
    /// Normalised unit ("percent", "times", "usd", "year", "mg"), nil for a bare count.
    public var unit: String?
    public var bound: Bound
    /// Whether a one-sided bound includes its own value: "45% or more", "at least 45%", "aged 65 and
    /// older" are met by exactly 45 (or 65); "more than 45%" is not. The scorer needs this to tell a
    /// floor the source's exact figure meets from one it falls short of. Not written to reports.
    public var inclusive: Bool = false

    public init(text: String, value: Double, upperValue: Double? = nil, unit: String?, bound: Bound, inclusive: Bool = false) {
        self.text = text
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.bound = bound
        self.inclusive = inclusive
    }

    enum CodingKeys: String, CodingKey {
        case text, value, unit, bound
        case upperValue = "upper_value"
    }
}

// The report contract writes absent values as `null` rather than leaving keys out, so a reader can
// rely on every key being there.
extension Claim {
    enum CodingKeys: String, CodingKey {
        case id, text, sentence, span, kind, checkworthiness, attribution, hedges, quantities, citations, strength
    }

    /// A claim read back from a report compares the figures the report holds: the rest are not in it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), text: try container.decode(String.self, forKey: .text),
            sentence: try container.decode(String.self, forKey: .sentence), span: try container.decode(TextSpan.self, forKey: .span),
            kind: try container.decode(Kind.self, forKey: .kind), checkworthiness: try container.decode(Double.self, forKey: .checkworthiness),
            attribution: try container.decodeIfPresent(Attribution.self, forKey: .attribution),
            hedges: try container.decode([String].self, forKey: .hedges), quantities: try container.decode([Quantity].self, forKey: .quantities),
            citations: try container.decode([String].self, forKey: .citations),
            strength: try container.decodeIfPresent(ClaimStrength.self, forKey: .strength))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(span, forKey: .span)
        try container.encode(kind, forKey: .kind)
        try container.encode(checkworthiness, forKey: .checkworthiness)
        try container.encode(attribution, forKey: .attribution)
        try container.encode(hedges, forKey: .hedges)
        try container.encode(quantities, forKey: .quantities)
        try container.encode(citations, forKey: .citations)
        try container.encode(strength, forKey: .strength)
    }
}

extension Quantity {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(upperValue, forKey: .upperValue)
        try container.encode(unit, forKey: .unit)
        try container.encode(bound, forKey: .bound)
    }
}
