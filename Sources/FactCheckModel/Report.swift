/// The whole result of one run: every article, its claims and errors, and a summary.
public struct Report: Codable, Sendable {
    /// Bumped only for changes that break readers; fields are only ever added within a version.
    public static let currentSchemaVersion = 1

    public struct Tool: Codable, Sendable, Hashable {
        public var name: String
        public var version: String

        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    public var schemaVersion: Int
    public var tool: Tool
    public var articles: [ArticleReport]

    public init(tool: Tool, articles: [ArticleReport]) {
        self.schemaVersion = Report.currentSchemaVersion
        self.tool = tool
        self.articles = articles
    }

    /// Derived from ``articles`` whenever it is asked for, so it can never disagree with them.
    public var summary: Summary { Summary(articles: articles) }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case tool, articles, summary
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        tool = try container.decode(Tool.self, forKey: .tool)
        articles = try container.decode([ArticleReport].self, forKey: .articles)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(tool, forKey: .tool)
        try container.encode(articles, forKey: .articles)
        try container.encode(summary, forKey: .summary)
    }
}

/// The result for one article. An article that could not be read has no claims and an error.
public struct ArticleReport: Codable, Sendable {
    public var path: String
    public var title: String?
    public var claims: [ClaimCheck]
    public var errors: [ReportError]

    public init(path: String, title: String?, claims: [ClaimCheck], errors: [ReportError]) {
        self.path = path
        self.title = title
        self.claims = claims
        self.errors = errors
    }
}

/// Something that went wrong while checking an article, said so that a person can act on it.
public struct ReportError: Codable, Sendable, Hashable {
    public var message: String
    /// The source the error is about, if any.
    public var url: String?

    public init(message: String, url: String? = nil) {
        self.message = message
        self.url = url
    }
}

/// Counts over a report.
public struct Summary: Codable, Sendable, Hashable {
    public var articles: Int
    public var claims: Int
    public var errors: Int
    /// Only verdicts that occur; keys are ``Verdict`` raw values.
    public var byVerdict: [String: Int]

    public init(articles: [ArticleReport]) {
        self.init(tallies: articles.map(ArticleTally.init))
    }

    /// The same counts from what a streamed batch kept of each article (its report files written).
    public init(tallies: [ArticleTally]) {
        articles = tallies.count
        claims = tallies.reduce(0) { $0 + $1.claims }
        errors = tallies.reduce(0) { $0 + $1.errors.count }
        var counts: [String: Int] = [:]
        for tally in tallies {
            for (verdict, count) in tally.byVerdict { counts[verdict.rawValue, default: 0] += count }
        }
        byVerdict = counts
    }

    enum CodingKeys: String, CodingKey {
        case articles, claims, errors
        case byVerdict = "by_verdict"
    }

    /// How many claims got `verdict`.
    public func count(of verdict: Verdict) -> Int { byVerdict[verdict.rawValue] ?? 0 }
}

extension ArticleReport {
    enum CodingKeys: String, CodingKey {
        case path, title, claims, errors
    }

    /// Absent values are written as `null` (see ``Claim``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(claims, forKey: .claims)
        try container.encode(errors, forKey: .errors)
    }
}

extension ReportError {
    enum CodingKeys: String, CodingKey {
        case message, url
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(url, forKey: .url)
    }
}
