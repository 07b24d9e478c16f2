/// A heading of an article, as the reader of its format found it: where its text sits in
/// ``Article/text`` (Unicode-scalar offsets, like ``TextSpan``) and its level.
///
/// The range covers the heading's words and any inline marks among them (Markdown's `*` or a
/// link's URL), never the marks that make the line a heading (`## `). Levels run from 1, the
/// article's own title, to 6; a plain-text article's headings are 1 (a first-line title) or 2.
public struct ArticleHeading: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var level: Int

    public init(start: Int, end: Int, level: Int) {
        self.start = start
        self.end = end
        self.level = level
    }

    enum CodingKeys: String, CodingKey {
        case start, end, level
    }
}

/// The article text an HTML report shows: ``Article/text`` (claim spans count into it) and the
/// article's block structure as the extractor read it, so the report shows headings as headings
/// without deciding again which lines are headings.
///
/// Travels beside a ``Report``, never inside it: the JSON contract would otherwise copy every
/// article into every JSON report.
public struct ArticleText: Codable, Sendable, Hashable {
    public var text: String
    /// The article's headings in reading order; empty when it has none, or when only the text is
    /// known (the page then shows every block as a paragraph).
    public var headings: [ArticleHeading]

    public init(text: String, headings: [ArticleHeading] = []) {
        self.text = text
        self.headings = headings
    }

    /// The text and headings of an article as read.
    public init(_ article: Article) {
        self.init(text: article.text, headings: article.headings)
    }

    enum CodingKeys: String, CodingKey {
        case text, headings
    }
}
