import Foundation

/// A Markdown article's inline marks shown as a reader expects on the HTML page: `*emphasis*` and
/// `_emphasis_` in italics, `**strong**` in bold, `` `code` `` in a code face, `[label](url)` as its
/// label (linked when the URL is http(s), ``SafeLink``). Anything that does not close on the same
/// run of text stays as written.
///
/// Every piece of text still goes through ``HTML/init(text:)`` and every tag comes from a template
/// literal, so an article cannot inject markup this way either.
enum MarkdownInlineHTML {
    static func render(_ text: String) -> HTML {
        render(Array(text))
    }

    private static func render(_ chars: [Character]) -> HTML {
        var out = HTML.empty
        var plain = ""
        func flush() {
            if !plain.isEmpty { out += HTML(text: plain) }
            plain = ""
        }
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            if char == "\\", let next, "*_`[]()\\#".contains(next) {
                plain.append(next)
                index += 2
                continue
            }
            if char == "`", let end = chars[(index + 1)...].firstIndex(of: "`"), end > index + 1 {
                flush()
                out += HTMLTemplates.inlineCode.render(["text": HTML(text: String(chars[(index + 1)..<end]))])
                index = end + 1
                continue
            }
            if char == "*" || char == "_", let (end, width) = closingEmphasis(chars, at: index) {
                flush()
                let inner = render(Array(chars[(index + width)..<end]))
                out += (width == 2 ? HTMLTemplates.strong : HTMLTemplates.emphasis).render(["text": inner])
                index = end + width
                continue
            }
            if char == "[", let (label, url, end) = link(chars, at: index) {
                flush()
                let shown = render(label)
                if let href = SafeLink.href(url) {
                    out += HTMLTemplates.articleLink.render(["href": HTML(text: href), "text": shown])
                } else {
                    out += shown
                }
                index = end
                continue
            }
            plain.append(char)
            index += 1
        }
        flush()
        return out
    }

    /// Where the emphasis opened at `index` closes, and the marker's width (1 or 2). An opening
    /// marker is followed by a non-space; a closing one follows a non-space; `_` inside a word
    /// (`snake_case`) is not a marker.
    private static func closingEmphasis(_ chars: [Character], at index: Int) -> (Int, Int)? {
        let marker = chars[index]
        let width = index + 1 < chars.count && chars[index + 1] == marker ? 2 : 1
        let start = index + width
        guard start < chars.count, !chars[start].isWhitespace, chars[start] != marker else { return nil }
        if marker == "_", index > 0, chars[index - 1].isLetter || chars[index - 1].isNumber { return nil }
        var position = start + 1
        while position + width <= chars.count {
            let candidate = chars[position..<(position + width)]
            if candidate.allSatisfy({ $0 == marker }), !chars[position - 1].isWhitespace,
               position + width == chars.count || chars[position + width] != marker,
               marker == "*" || position + width == chars.count || !(chars[position + width].isLetter || chars[position + width].isNumber)
            {
                return (position, width)
            }
            position += 1
        }
        return nil
    }

    /// `[label](url)` starting at `index`: the label, the URL and the index just past `)`.
    private static func link(_ chars: [Character], at index: Int) -> ([Character], String, Int)? {
        guard let close = chars[(index + 1)...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
              let paren = chars[(close + 2)...].firstIndex(of: ")")
        else { return nil }
        let url = String(chars[(close + 2)..<paren]).trimmingCharacters(in: .whitespaces)
        return (Array(chars[(index + 1)..<close]), url.split(separator: " ").first.map(String.init) ?? url, paren + 1)
    }
}
