/// Where a piece of text sits in an article.
///
/// `start` and `end` count Unicode scalars (code points, as Python counts them) from the start of
/// ``Article/text``; `end` is exclusive. `line` and `column` are 1-based and always point into the
/// article *file*, so an editor or a code-scanning tool can jump to them. For `.txt` and `.md`
/// articles the text is the file itself; for `.html` it is the readable text extracted from it.
public struct TextSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }
}
