/// A piece of HTML that is safe to put anywhere in a page, escaped by construction.
///
/// There are only two ways to make one: ``init(text:)``, which escapes whatever it is given (every
/// string from an article, a source, a path or a number goes this way), and the templates of
/// ``HTMLTemplates``, whose markup are compile-time literals (`StaticString`), so no text from
/// outside can become markup. Escaping covers element content and double- or single-quoted
/// attribute values alike, so one kind of escaping is always right.
public struct HTML: Sendable, Hashable, CustomStringConvertible {
    /// The markup, ready to be written out.
    public private(set) var markup: String

    private init(markup: String) {
        self.markup = markup
    }

    /// `text` shown as text: `& < > " '` become character references, and control characters that
    /// HTML forbids become U+FFFD (they would be parse errors, and NUL is dropped by some parsers).
    public init(text: String) {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    escaped += "\u{FFFD}"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        markup = escaped
    }

    /// Markup written in this module's source code. `StaticString` makes "only literals" a rule the
    /// compiler enforces.
    static func literal(_ markup: StaticString) -> HTML {
        HTML(markup: markup.description)
    }

    /// Joins markup that is already safe.
    static func concatenating(_ parts: some Sequence<HTML>, separator: HTML = HTML(markup: "")) -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator.markup))
    }

    static let empty = HTML(markup: "")

    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(markup: lhs.markup + rhs.markup) }

    static func += (lhs: inout HTML, rhs: HTML) { lhs.markup += rhs.markup }

    public var description: String { markup }

    /// Only the template engine builds markup from pieces; it vouches that they came from literals.
    static func fromTemplate(_ markup: String) -> HTML { HTML(markup: markup) }
}
