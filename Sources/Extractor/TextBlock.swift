import FactCheckModel

/// A block of readable text (a paragraph, heading, list item) as a reader produced it.
///
/// `offsets[i]` is where the i-th Unicode scalar of `text` sits in ``Article/text``, so spans of
/// sentences found in the cleaned text can be mapped back (Markdown syntax removed, HTML entities
/// decoded) without searching.
struct TextBlock {
    var role: BlockRole
    var text: String = ""
    var offsets: [Int] = []
    /// A heading's level, 1 (the article's title) to 6, set by the reader that decided the block is
    /// a heading.
    var level = 0
    /// Where a heading sits in the article text when that is wider than its first to last
    /// character: a Markdown heading's inline marks (`*studies*`), which the report renders.
    var extent: Range<Int>?

    init(role: BlockRole, level: Int = 0) {
        self.role = role
        self.level = level
    }

    /// The block as one of the article's headings, or nil when it is not a heading.
    var heading: ArticleHeading? {
        guard role == .heading, let first = offsets.first, let last = offsets.last else { return nil }
        let range = extent ?? first..<(last + 1)
        return ArticleHeading(start: range.lowerBound, end: range.upperBound, level: min(max(level, 1), 6))
    }

    /// Appends a scalar that came from `offset` in the article text.
    mutating func append(_ scalar: Unicode.Scalar, from offset: Int) {
        text.unicodeScalars.append(scalar)
        offsets.append(offset)
    }

    /// Appends a space unless the block is empty or already ends in one (white space is folded).
    mutating func appendSpace(from offset: Int) {
        guard let last = text.unicodeScalars.last, last != " " else { return }
        append(" ", from: offset)
    }

    /// Removes trailing spaces.
    mutating func trimTrailingSpace() {
        while text.unicodeScalars.last == " " {
            text.unicodeScalars.removeLast()
            offsets.removeLast()
        }
    }

    var isBlank: Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}

/// A link as a reader found it: the URL, its visible text, and where that text sits in the article.
struct FoundLink {
    var url: String
    var text: String
    /// Article-text offset of the link's text (or of the bare URL).
    var offset: Int
}

/// What a format reader hands to the assembler.
struct ReadArticle {
    var text: String
    var title: String?
    var blocks: [TextBlock]
    var links: [FoundLink]
    var locator: LineLocator
}
