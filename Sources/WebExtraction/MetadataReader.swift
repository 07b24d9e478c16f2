import Foundation

/// Interprets the metadata a page declares: JSON-LD (schema.org `headline`, `author`,
/// `datePublished`, `articleBody`), Open Graph and `<meta>` tags, `<link rel="canonical">`.
struct MetadataReader {
    var title: String?
    var author: String?
    var date: String?
    var canonicalURL: String?
    var language: String?
    /// JSON-LD `articleBody`, when the page embeds its text: a check on what the tree gave.
    var articleBody: String?

    init(_ source: PageMetadataSource) {
        var headline: String?
        for script in source.jsonLD {
            guard let data = script.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            Self.visit(object, depth: 0) { key, value in
                switch key {
                case "headline": if headline == nil { headline = Self.string(value) }
                case "author", "creator": if author == nil { author = Self.name(value) }
                case "datePublished": if date == nil { date = Self.string(value) }
                // Unfolded: its line breaks are the only paragraph marks it has.
                case "articleBody": if articleBody == nil { articleBody = value as? String }
                default: break
                }
            }
        }
        func meta(_ keys: String...) -> String? {
            for key in keys {
                if let found = source.metas.first(where: { $0.key == key })?.content.trimmed, !found.isEmpty { return found }
            }
            return nil
        }
        title = [headline, meta("og:title", "twitter:title"), source.titleElement]
            .lazy.compactMap { $0.map(Self.folded) }.first { !$0.isEmpty }
        author = author ?? meta("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")
        date = date ?? meta("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
                            "publishdate", "pubdate") ?? source.firstTimeDatetime
        canonicalURL = source.canonicalLink ?? meta("og:url")
        language = (source.language ?? meta("content-language", "og:locale"))?.trimmed.lowercased().replacingOccurrences(of: "_", with: "-")
        if language?.isEmpty == true { language = nil }
    }

    /// Depth-first over JSON-LD objects and arrays (`@graph` included), bounded in depth.
    private static func visit(_ value: Any, depth: Int, _ body: (String, Any) -> Void) {
        guard depth < 16 else { return }
        if let object = value as? [String: Any] {
            for (key, inner) in object.sorted(by: { $0.key < $1.key }) {
                body(key, inner)
                if key != "author", key != "creator" { visit(inner, depth: depth + 1, body) }
            }
        } else if let array = value as? [Any] {
            for inner in array { visit(inner, depth: depth + 1, body) }
        }
    }

    private static func string(_ value: Any) -> String? {
        if let text = value as? String { return folded(text) }
        if let array = value as? [Any], let first = array.first { return string(first) }
        return nil
    }

    /// A schema.org person or organisation, a list of them, or a plain string.
    private static func name(_ value: Any) -> String? {
        if let text = value as? String { return folded(text) }
        if let object = value as? [String: Any] { return (object["name"]).flatMap(string) }
        if let array = value as? [Any] {
            let names = array.compactMap(name)
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
