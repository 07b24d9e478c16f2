import FactCheckModel

/// What the extractor makes of a web page: its metadata and its main text as ordered blocks.
///
/// A value type, `Sendable`, safe to hand across tasks; nothing of the parsed tree survives in it.
public struct WebPage: Sendable, Hashable {
    /// The article's headline: JSON-LD `headline` or `og:title` when the page gives one, otherwise
    /// the `<title>` element, otherwise the article's `<h1>`.
    public var title: String?
    /// From JSON-LD `author`, `<meta name="author">` or `article:author`, in that order.
    public var author: String?
    /// The publication date as the page states it (JSON-LD `datePublished`, `article:published_time`,
    /// `<time datetime>`), not reinterpreted: an ISO 8601 string in practice.
    public var date: String?
    /// `<link rel="canonical">` or `og:url`, when the page names one.
    public var canonicalURL: String?
    /// The `lang` of the `<html>` element, or `content-language`, lowercased (`"de"`, `"en-gb"`).
    public var language: String?
    /// The article's `<h1>` as the page shows it. Not part of ``blocks``.
    public var headline: String?
    /// The standfirst: the paragraph of prose in the article's header, between the headline and
    /// the body. Not part of ``blocks``.
    public var lead: String?
    /// The byline as the page shows it ("By A. Person, Health Correspondent"). Not part of ``blocks``.
    public var byline: String?
    /// The main text in reading order: the body, without the headline, standfirst, byline and date
    /// (see ``headline``, ``lead``, ``byline``, ``date``).
    public var blocks: [ContentBlock]

    public init(
        title: String? = nil, author: String? = nil, date: String? = nil, canonicalURL: String? = nil,
        language: String? = nil, headline: String? = nil, lead: String? = nil, byline: String? = nil,
        blocks: [ContentBlock] = []
    ) {
        self.headline = headline
        self.lead = lead
        self.byline = byline
        self.title = title
        self.author = author
        self.date = date
        self.canonicalURL = canonicalURL
        self.language = language
        self.blocks = blocks
    }

    /// The main text: the blocks' texts joined by blank lines.
    public var text: String { blocks.map(\.text).joined(separator: "\n\n") }
}

/// One block of the main text: a heading, a paragraph, a list item, and so on. Its text has its
/// white space folded (runs become one space) except in preformatted blocks, which keep their lines.
public struct ContentBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case heading, paragraph, listItem, tableCell, caption, quote, preformatted
    }

    public var kind: Kind
    public var text: String
    /// 1 to 6 for headings, nil otherwise.
    public var headingLevel: Int?

    public init(kind: Kind, text: String, headingLevel: Int? = nil) {
        self.kind = kind
        self.text = text
        self.headingLevel = headingLevel
    }
}
