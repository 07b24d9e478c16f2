import FactCheckModel
import MarkupParsing

/// Reads an HTML article with libxml2: the readable text of the body, block by block, with the
/// source line of every text run and every `<a href>` that points at an http(s) source.
///
/// Navigation, scripts, forms and asides are not the article and are skipped. The article text is
/// the blocks joined by blank lines; spans count into it, lines point into the HTML file.
enum HTMLArticleReader {
    static func read(_ bytes: [UInt8], path: String) throws -> ReadArticle {
        let tree = try MarkupTree(parsing: bytes, as: .html, url: nil)
        var visitor = HTMLArticleVisitor()
        tree.walk(&visitor)
        visitor.flushBlock()
        let title = visitor.title?.trimmingWhitespace.nonEmpty
            ?? visitor.blocks.first(where: { $0.role == .heading })?.text
        return ReadArticle(
            text: visitor.articleText, title: title, blocks: visitor.blocks, links: visitor.links,
            locator: LineLocator(anchors: visitor.anchors))
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

struct HTMLArticleVisitor: MarkupVisitor {
    var articleText = ""
    var blocks: [TextBlock] = []
    var links: [FoundLink] = []
    var anchors: [(offset: Int, line: Int)] = []
    var title: String?

    private var articleLength = 0  // in scalars
    private var current = TextBlock(role: .paragraph)
    private var inTitle = false
    private var referenceDepth = 0  // > 0 inside a footnotes or references container
    private var openLink: (url: String, offset: Int, textStart: Int)?
    private var roleStack: [BlockRole] = []
    /// The level of each open `h1`…`h6` (0 for the other block elements), beside `roleStack`.
    private var levelStack: [Int] = []

    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
        "iframe", "select", "textarea", "object", "embed", "canvas", "head", "menu",
    ]
    static let blocksByRole: [String: BlockRole] = [
        "p": .paragraph, "div": .paragraph, "section": .paragraph, "article": .paragraph, "main": .paragraph,
        "body": .paragraph, "figcaption": .paragraph, "dd": .paragraph, "dt": .paragraph, "pre": .paragraph,
        "header": .paragraph, "table": .paragraph, "tr": .paragraph, "ul": .paragraph, "ol": .paragraph,
        "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading,
        "li": .listItem, "blockquote": .quote, "td": .tableCell, "th": .tableCell, "caption": .paragraph,
    ]

    mutating func enter(_ element: MarkupElement) -> Bool {
        let name = element.name
        if name == "title" {
            inTitle = title == nil
            return true
        }
        if name == "head" {
            // Only the title matters in the head; walk it for that alone.
            return true
        }
        if Self.skipped.contains(name) { return false }
        if name == "br" {
            current.appendSpace(from: articleLength + current.offsets.count)
            return false
        }
        if isReferenceContainer(element) { referenceDepth += 1 }
        if let role = Self.blocksByRole[name] {
            flushBlock()
            roleStack.append(role)
            levelStack.append(role == .heading ? Int(name.dropFirst()) ?? 2 : 0)
            current = newBlock()
        }
        if name == "sup" {
            // A superscript citation ("lives.<sup>3</sup>") reads as "[3]", as in text articles.
            current.append("[", from: articleLength + current.offsets.count)
        }
        if name == "a", let href = element.attribute("href")?.trimmingWhitespace, URLScanner.isFetchable(href) {
            openLink = (href, articleLength + current.offsets.count, current.offsets.count)
        }
        return true
    }

    mutating func leave(_ element: MarkupElement) {
        let name = element.name
        if name == "title" {
            inTitle = false
            return
        }
        if name == "a", let link = openLink {
            let scalars = Array(current.text.unicodeScalars)
            let text = link.textStart < scalars.count
                ? String(String.UnicodeScalarView(scalars[link.textStart...])).trimmingWhitespace : link.url
            links.append(FoundLink(url: link.url, text: text, offset: link.offset))
            openLink = nil
        }
        if name == "sup" {
            current.append("]", from: max(articleLength, articleLength + current.offsets.count - 1))
        }
        if Self.blocksByRole[name] != nil {
            flushBlock()
            roleStack.removeLast()
            levelStack.removeLast()
            current = newBlock()
        }
        if isReferenceContainer(element) { referenceDepth -= 1 }
    }

    mutating func text(_ text: String, line: Int) {
        if inTitle {
            title = (title ?? "") + text
            return
        }
        // libxml2 numbers a text node by the line it *ends* on; count back to where it starts, and
        // anchor every line inside it so a sentence on its third line gets the third line.
        var line = line - text.unicodeScalars.filter { $0 == "\n" }.count
        anchors.append((articleLength + current.offsets.count, line))
        for scalar in text.unicodeScalars {
            let offset = articleLength + current.offsets.count
            if scalar == "\n" {
                line += 1
                anchors.append((offset + 1, line))
            }
            if scalar.properties.isWhitespace { current.appendSpace(from: offset) } else { current.append(scalar, from: offset) }
        }
    }

    /// Ends the current block and adds it to the article text.
    mutating func flushBlock() {
        current.trimTrailingSpace()
        if !current.isBlank {
            articleText += current.text + "\n\n"
            articleLength += current.offsets.count + 2
            blocks.append(current)
        } else if !current.offsets.isEmpty {
            // Only white space: its offsets were provisional; nothing joins the article text.
            anchors.removeAll { $0.offset >= articleLength }
        }
        current = newBlock()
    }

    /// An empty block in the role (and, inside `h1`…`h6`, the level) of the innermost open block.
    private func newBlock() -> TextBlock {
        TextBlock(role: effectiveRole, level: levelStack.last(where: { $0 > 0 }) ?? 0)
    }

    private var effectiveRole: BlockRole {
        referenceDepth > 0 ? .reference : (roleStack.last ?? .paragraph)
    }

    /// Footnote and reference lists hold citations, not claims.
    private func isReferenceContainer(_ element: MarkupElement) -> Bool {
        guard ["section", "ol", "ul", "div", "aside"].contains(element.name) else { return false }
        let marker = ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")).lowercased()
        return marker.contains("footnote") || marker.contains("reference") || marker.contains("bibliograph")
            || marker.contains("endnote") || element.attribute("role") == "doc-endnotes"
    }
}
