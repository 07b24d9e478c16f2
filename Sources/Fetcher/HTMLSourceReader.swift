import FactCheckModel
import MarkupParsing

/// Turns an HTML page into its title and readable paragraphs.
///
/// A deliberately plain extractor: it drops what is never article text (scripts, styles, navigation,
/// page headers and footers, forms, asides) and splits the rest at block elements. A smarter main-text
/// extractor (boilerplate scoring, link density) can replace it behind the same function.
public enum HTMLSourceReader {
    /// Reads `bytes` as HTML.
    ///
    /// - Parameter charset: from the HTTP `Content-Type`; nil lets libxml2 find it from a BOM or
    ///   `<meta charset>`. A charset libxml2 does not know is ignored rather than failing the page.
    public static func read(_ bytes: [UInt8], charset: String?) -> ReadableText {
        guard let tree = parse(bytes, charset: charset) else { return ReadableText(title: nil, passages: []) }
        var collector = Collector()
        tree.walk(&collector)
        return collector.result
    }

    private static func parse(_ bytes: [UInt8], charset: String?) -> MarkupTree? {
        guard !bytes.isEmpty else { return nil }
        if let charset, let tree = try? MarkupTree(parsing: bytes, as: .html, encoding: charset) { return tree }
        return try? MarkupTree(parsing: bytes, as: .html, encoding: nil)
    }

    /// Elements whose content is never the page's text; their subtrees are not walked at all.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form",
        "button", "iframe", "select", "textarea", "canvas", "object", "embed", "audio", "video", "dialog",
    ]

    /// Elements that start and end a paragraph of their own.
    static let blocks: Set<String> = [
        "p", "div", "li", "blockquote", "td", "th", "pre", "section", "article", "main", "figcaption", "figure",
        "dd", "dt", "dl", "ul", "ol", "table", "tr", "caption", "address", "details", "summary", "hr",
        "center", "body", "html",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The walk's state. Headings are not passages themselves: they label the passages below them.
    private struct Collector: MarkupVisitor {
        var builder = PassageBuilder()
        var paragraph = ""
        var title: String?
        var titleText: String?
        var headingText: String?
        var firstH1: String?

        var result: ReadableText {
            var copy = self
            copy.flush()
            let title = title.flatMap { $0.isEmpty ? nil : $0 } ?? firstH1
            return ReadableText(title: title, passages: copy.builder.passages)
        }

        mutating func flush() {
            guard !paragraph.isEmpty else { return }
            builder.add(paragraph)
            paragraph = ""
        }

        mutating func enter(_ element: MarkupElement) -> Bool {
            let name = element.name
            if HTMLSourceReader.skipped.contains(name) { return false }
            if name == "br" {
                // Inside a heading or the title a line break is just a space.
                if headingText != nil || titleText != nil { text(" ", line: 0) } else { flush() }
                return false
            }
            if name == "title" {
                if title == nil { titleText = "" }
            } else if HTMLSourceReader.headings.contains(name) {
                flush()
                if headingText == nil { headingText = "" }
            } else if HTMLSourceReader.blocks.contains(name) {
                flush()
            }
            return true
        }

        mutating func leave(_ element: MarkupElement) {
            let name = element.name
            if name == "title", let text = titleText {
                title = WhiteSpace.fold(text)
                titleText = nil
            } else if HTMLSourceReader.headings.contains(name), let text = headingText {
                let heading = WhiteSpace.fold(text)
                headingText = nil
                guard !heading.isEmpty else { return }
                builder.heading = heading
                if name == "h1", firstH1 == nil { firstH1 = heading }
            } else if HTMLSourceReader.blocks.contains(name) {
                flush()
            }
        }

        mutating func text(_ text: String, line: Int) {
            if titleText != nil {
                titleText?.append(text)
            } else if headingText != nil {
                headingText?.append(text)
            } else {
                paragraph.append(text)
            }
        }
    }
}
