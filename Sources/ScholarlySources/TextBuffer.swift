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
