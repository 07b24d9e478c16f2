/// Reads the tags of a page this project rendered, to prove what markup it contains.
///
/// Every `<` in a rendered page must open one of the renderer's own tags, because all outside text
/// is escaped. So listing the tags is enough to see whether anything was injected: a tag or an
/// attribute the templates never write is an injection. Attribute values are always double-quoted
/// by the templates; anything else fails the scan. (The command-line tests parse real output with
/// libxml2's HTML parser as well.)
struct HTMLMarkupScanner {
    struct Tag: Equatable {
        var name: String
        var closing: Bool
        var attributes: [(name: String, value: String)]

        static func == (lhs: Tag, rhs: Tag) -> Bool {
            lhs.name == rhs.name && lhs.closing == rhs.closing && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
                && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
        }
    }

    enum ScanError: Error, Equatable {
        case malformed(String)
    }

    /// The page's tags, in order, and the raw text of its `<style>` element.
    static func scan(_ page: String) throws -> (tags: [Tag], style: String) {
        var tags: [Tag] = []
        var style = ""
        var rest = Substring(page)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!DOCTYPE html>") {
                rest = rest.dropFirst("!DOCTYPE html>".count)
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { throw ScanError.malformed(String(rest.prefix(40))) }
            let inside = rest[..<close]
            rest = rest[rest.index(after: close)...]
            let tag = try parseTag(inside)
            tags.append(tag)
            if tag.name == "style", !tag.closing {
                guard let end = rest.range(of: "</style>") else { throw ScanError.malformed("unclosed style") }
                style = String(rest[..<end.lowerBound])
                rest = rest[end.lowerBound...]
            }
        }
        return (tags, style)
    }

    static func parseTag(_ inside: Substring) throws -> Tag {
        var text = inside
        let closing = text.hasPrefix("/")
        if closing { text = text.dropFirst() }
        let name = text.prefix { $0.isLetter || $0.isNumber }
        guard !name.isEmpty else { throw ScanError.malformed(String(inside)) }
        text = text.dropFirst(name.count)
        var attributes: [(String, String)] = []
        while true {
            text = text.drop { $0 == " " }
            if text.isEmpty { break }
            let attributeName = text.prefix { $0.isLetter || $0 == "-" }
            guard !attributeName.isEmpty else { throw ScanError.malformed(String(inside)) }
            text = text.dropFirst(attributeName.count)
            if text.hasPrefix("=\"") {
                text = text.dropFirst(2)
                guard let end = text.firstIndex(of: "\"") else { throw ScanError.malformed(String(inside)) }
                attributes.append((String(attributeName), String(text[..<end])))
                text = text[text.index(after: end)...]
            } else {
                attributes.append((String(attributeName), ""))
            }
            guard text.isEmpty || text.hasPrefix(" ") else { throw ScanError.malformed(String(inside)) }
        }
        return Tag(name: name.lowercased(), closing: closing, attributes: attributes)
    }

    /// The only tags the templates write.
    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "input", "header", "p", "h1", "nav", "label", "span", "b",
        "main", "section", "div", "mark", "a", "article", "ul", "li", "blockquote", "footer", "dl", "dt", "dd",
        "table", "thead", "tbody", "tr", "th", "td", "br", "h2", "h3", "em", "strong", "code", "time", "details", "summary", "ol",
    ]

    /// The only attributes the templates write; no event handler, no `src`, no `style`.
    static let allowedAttributes: Set<String> = [
        "lang", "charset", "name", "content", "http-equiv", "class", "type", "id", "aria-label", "checked", "for",
        "role", "href", "rel", "scope", "open",
    ]
}
