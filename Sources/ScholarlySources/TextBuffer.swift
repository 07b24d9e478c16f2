/// Collects the text of an element and its inline children, then hands it back with white space
/// collapsed: XML sources indent and wrap their text freely ("&#946;\n\t\t<sub>2</sub>-agonist"),
/// and passages must read as one line of prose.
struct TextBuffer {
    private var raw = ""

    var isEmpty: Bool { raw.isEmpty }

    mutating func append(_ text: String) { raw += text }

    /// Inserts a word break, for elements that sit side by side without spaces (`<td>`, `<p>`s of a caption).
    mutating func separate() { raw += " " }

    /// The collapsed text, nil if only white space; the buffer is emptied.
    mutating func take() -> String? {
        defer { raw = "" }
        return Self.collapse(raw)
    }

    /// Runs of white space become one space; the ends are trimmed; nil when nothing is left.
    static func collapse(_ text: String) -> String? {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result.isEmpty ? nil : result
    }
}

/// The first four-digit year in a date string ("2001 Jun", "1998 Dec-1999 Jan", "2019-04-19").
func firstYear(in text: String) -> Int? {
    var digits = ""
    for character in text {
        if character.isASCIIDigit {
            digits.append(character)
            if digits.count == 4, let year = Int(digits), (1000...2999).contains(year) { return year }
        } else {
            digits = ""
        }
    }
    return nil
}

/// The text of one element being collected while a document streams past: what it is for, the
/// depth it opened at, and the text of it and everything inside it. The outermost element wins:
/// while one capture is open, a nested element that would start another is only part of its text.
struct ElementTextCapture<Kind> {
    private var open: (kind: Kind, depth: Int)?
    private var buffer = TextBuffer()

    var isOpen: Bool { open != nil }

    /// Starts collecting for `kind` at `depth`, unless `kind` is nil or a capture is already open.
    mutating func begin(_ kind: Kind?, depth: Int) {
        guard open == nil, let kind else { return }
        open = (kind, depth)
        buffer = TextBuffer()
    }

    mutating func append(_ text: String) {
        if open != nil { buffer.append(text) }
    }

    /// A word break, for block elements inside the capture.
    mutating func separate() {
        if open != nil { buffer.separate() }
    }

    /// When the element closing at `depth` opened the capture: its kind and collapsed text (nil when
    /// only white space), and the capture is closed. Otherwise nil.
    mutating func end(depth: Int) -> (kind: Kind, text: String?)? {
        guard let (kind, openedAt) = open, openedAt == depth else { return nil }
        open = nil
        return (kind, buffer.take())
    }
}
