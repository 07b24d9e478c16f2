import FactCheckModel

/// Turns plain text (and, lightly, Markdown) into passages: one per paragraph, paragraphs separated by
/// blank lines, the lines of a paragraph joined with spaces.
public enum PlainTextSourceReader {
    /// - Parameters:
    ///   - charset: from `Content-Type`; Latin-1 names decode as Latin-1, anything else tries UTF-8.
    ///   - markdown: treat `#` lines as headings that label the passages below them.
    public static func read(_ bytes: [UInt8], charset: String?, markdown: Bool = false) -> ReadableText {
        let text = decode(bytes, charset: charset)
        var builder = PassageBuilder()
        var title: String?
        var paragraph: [Substring] = []

        func endParagraph() {
            defer { paragraph.removeAll() }
            guard let first = paragraph.first else { return }
            if markdown, paragraph.count == 1, first.hasPrefix("#") {
                let heading = WhiteSpace.fold(String(first.drop { $0 == "#" }))
                if !heading.isEmpty {
                    builder.heading = heading
                    if title == nil { title = heading }
                    return
                }
            }
            builder.add(paragraph.joined(separator: " "))
        }

        // "\r\n" is one Character, and a newline, so Windows line ends split like Unix ones.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                endParagraph()
            } else {
                paragraph.append(line)
            }
        }
        endParagraph()
        return ReadableText(title: title, passages: builder.passages)
    }

    static let latin1Names: Set<String> = ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1"]

    /// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Latin-1, which never fails:
    /// every byte is a character, so a mislabelled page reads oddly rather than not at all.
    static func decode(_ bytes: [UInt8], charset: String?) -> String {
        if let charset, latin1Names.contains(charset) { return latin1(bytes) }
        var utf8 = bytes[...]
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) }
        if let text = validUTF8(utf8) { return text }
        return latin1(bytes)
    }

    private static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    private static func latin1(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return String(scalars)
    }
}
