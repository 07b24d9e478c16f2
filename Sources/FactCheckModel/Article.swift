/// An article as read from disk: its readable text, its sentences, and every link it carries.
public struct Article: Codable, Sendable {
    public enum Format: String, Codable, Sendable {
        case text = "txt"
        case markdown = "md"
        case html
    }

    /// The path as the user gave it (reports name articles by it).
    public var path: String
    public var format: Format
    /// The readable text; ``TextSpan`` offsets count into it.
    public var text: String
    public var title: String?
    public var sentences: [Sentence]
    /// Every link in the article, in order of appearance, with the sentence it sits in.
    public var links: [Link]
    /// The article's headings in reading order, with their levels (what the HTML report styles).
    public var headings: [ArticleHeading]

    public init(
        path: String, format: Format, text: String, title: String?, sentences: [Sentence], links: [Link],
        headings: [ArticleHeading] = []
    ) {
        self.path = path
        self.format = format
        self.text = text
        self.title = title
        self.sentences = sentences
        self.links = links
        self.headings = headings
    }
}

/// One sentence of an article.
public struct Sentence: Codable, Sendable, Hashable {
    /// The sentence as a reader sees it: markup removed, white space folded.
    public var text: String
    public var span: TextSpan
    /// Index of the block (paragraph, heading, list item) the sentence belongs to.
    public var block: Int
    /// What kind of block: a heading is never a claim, a list item may be.
    public var role: BlockRole

    public init(text: String, span: TextSpan, block: Int, role: BlockRole) {
        self.text = text
        self.span = span
        self.block = block
        self.role = role
    }
}

/// The structural role of a block of article text.
public enum BlockRole: String, Codable, Sendable {
    case paragraph
    case heading
    case listItem = "list-item"
    case quote
    case tableCell = "table-cell"
    /// A footnote or reference-list entry: where citations live, never a claim itself.
    case reference
    /// A code block (an HTML `<pre>`, a `<code>` that is its block's only text, an indented
    /// Markdown block): commands, configuration and program text, whose version numbers and
    /// settings read as figures but state nothing about the world. Kept in the article's text
    /// (a reader sees it, spans count through it); never a claim.
    case code
}

/// A hyperlink or bare URL found in an article.
public struct Link: Codable, Sendable, Hashable {
    public var url: String
    /// The visible text of the link (the URL itself for a bare URL).
    public var text: String
    /// Index into ``Article/sentences`` of the sentence the link appears in, if any.
    public var sentenceIndex: Int?

    public init(url: String, text: String, sentenceIndex: Int?) {
        self.url = url
        self.text = text
        self.sentenceIndex = sentenceIndex
    }

    enum CodingKeys: String, CodingKey {
        case url, text
        case sentenceIndex = "sentence_index"
    }
}
