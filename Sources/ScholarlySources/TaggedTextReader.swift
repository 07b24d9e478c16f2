import FactCheckModel

/// Turns a short marked-up string inside JSON — a Crossref `abstract` (`<jats:title>Abstract</jats:title>
/// <jats:p>…</jats:p>`) or a Europe PMC `abstractText` (`<h4>Background</h4>…`) — into passages.
///
/// Not a markup parser, on purpose: these strings are fragments (undeclared `jats:` prefixes, HTML
/// in XML's clothing) that libxml2 would reject or "repair", and they never need more than this. Tags
/// are dropped; a heading tag (`title`, `h1`–`h6`) names the passages after it; a block tag (`p`,
/// `sec`, `div`, `br`, `li`) ends a passage. The five XML entities and numeric character references
/// are decoded; nothing is ever fetched or expanded.
public enum TaggedTextReader {
    public static func passages(from markup: String, defaultHeading: String? = nil) -> [Passage] {
        var passages: [Passage] = []
        var heading = defaultHeading
        var text = ""
        var inHeading = false
        var headingText = ""

        func flush() {
            if let collapsed = TextBuffer.collapse(decodeEntities(text)) {
                passages.append(Passage(index: passages.count, text: collapsed, heading: heading))
            }
            text = ""
        }

        var index = markup.startIndex
        while index < markup.endIndex {
            let character = markup[index]
            guard character == "<", let close = markup[index...].firstIndex(of: ">") else {
                if inHeading { headingText.append(character) } else { text.append(character) }
                index = markup.index(after: index)
                continue
            }
            let tag = Tag(markup[markup.index(after: index)..<close])
            index = markup.index(after: close)
            if tag.isHeading {
                if tag.isClosing {
                    inHeading = false
                    if let title = TextBuffer.collapse(decodeEntities(headingText)) { heading = title }
                } else {
                    flush()
                    inHeading = true
                    headingText = ""
                }
            } else if tag.isBlock {
                flush()
            } else if tag.name == "sub" || tag.name == "sup" || tag.name == "i" || tag.name == "b" {
                continue  // inline: "H<sub>2</sub>S" must stay "H2S"
            } else if !inHeading {
                text.append(" ")
            }
        }
        flush()
        return passages
    }

    /// `&lt; &gt; &amp; &quot; &apos;` and `&#NNN;` / `&#xHH;`; anything else is left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: index)..<semicolon]
                if let decoded = decode(entity: name) {
                    result.append(decoded)
                    index = text.index(after: semicolon)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    private static func decode(entity name: Substring) -> Character? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// A tag's name without namespace prefix, lowercased, and whether it closes.
    private struct Tag {
        var name: String
        var isClosing: Bool

        init(_ body: Substring) {
            isClosing = body.hasPrefix("/")
            let trimmed = body.drop { $0 == "/" }
            let rawName = trimmed.prefix { !$0.isWhitespace && $0 != "/" }
            name = String(rawName.split(separator: ":").last ?? "").lowercased()
        }

        var isHeading: Bool { ["title", "h1", "h2", "h3", "h4", "h5", "h6"].contains(name) }
        var isBlock: Bool { ["p", "sec", "div", "br", "li", "ul", "ol", "abstract", "list", "list-item"].contains(name) }
    }
}
