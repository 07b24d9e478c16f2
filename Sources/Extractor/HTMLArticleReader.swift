import FactCheckModel
import MarkupParsing
import WebExtraction

/// Reads an HTML article: the main text as `WebPageExtractor` finds it for source pages (the
/// headline, the standfirst, the body; no menus, teasers, captions, banners, bylines or footers),
/// with the source line of every text run and every `<a href>` that points at an http(s) source.
///
/// libxml2 is walked once here for what the extraction does not keep (offsets, source lines, link
/// targets): every block of that walk whose text is one of the extraction's blocks (or, for 30+
/// characters, part of one) stays, the rest leaves, and the kept blocks are laid end to end again
/// with their links and line anchors. The article text is the kept blocks joined by blank lines;
/// spans count into it, lines point into the HTML file. A page the extraction finds nothing in
/// is read whole, as before the extraction.
enum HTMLArticleReader {
    static func read(_ bytes: [UInt8], path: String) throws -> ReadArticle {
        let tree = try MarkupTree(parsing: bytes, as: .html, url: nil)
        var visitor = HTMLArticleVisitor()
        tree.walk(&visitor)
        visitor.flushBlock()
        let page = try? WebPageExtractor.extract(bytes: bytes, url: nil)
        if let page {
            var selection = MainTextSelection(page: page)
            if let kept = selection.kept(visitor.blocks) {
                let firstHeading: String? = kept.blocks.first(where: { $0.role == .heading })?.text
                let declared: String? = page.title?.trimmingWhitespace.nonEmpty
                let title: String? = page.headline ?? declared ?? firstHeading
                return ReadArticle(text: kept.text, title: title, blocks: kept.blocks, links: kept.links(visitor.links),
                                   locator: LineLocator(anchors: kept.anchors(visitor.anchors)))
            }
        }
        let title = visitor.title?.trimmingWhitespace.nonEmpty
            ?? visitor.blocks.first(where: { $0.role == .heading })?.text
        return ReadArticle(
            text: visitor.articleText, title: title, blocks: visitor.blocks, links: visitor.links,
            locator: LineLocator(anchors: visitor.anchors))
    }
}

/// Which of the walked blocks are the main text `WebPageExtractor` found: compared by their letters
/// and digits only (white space, entities and the `[3]` a superscript citation reads as aside).
struct MainTextSelection {
    /// The extraction's headline, lead and body blocks, by key, with how often each occurs.
    private var counts: [String: Int] = [:]
    private var keys: [String] = []
    /// A walked block shorter than this (in key characters) must be a whole extracted block: a
    /// menu entry "Health" is part of many body sentences.
    static let minimumPart = 30

    init(page: WebPage) {
        let texts = [page.headline, page.lead].compactMap { $0 } + page.blocks.map(\.text)
        for text in texts {
            let key = Self.key(text)
            guard !key.isEmpty else { continue }
            counts[key, default: 0] += 1
            keys.append(key)
        }
    }

    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// The kept blocks laid end to end, or nil when none is kept.
    mutating func kept(_ blocks: [TextBlock]) -> KeptBlocks? {
        var result = KeptBlocks()
        var oldStart = 0
        for block in blocks {
            let length = block.offsets.count
            defer { oldStart += length + 2 }
            let key = Self.key(block.text)
            guard !key.isEmpty else { continue }
            if let count = counts[key], count > 0 {
                counts[key] = count - 1
            } else if key.count < Self.minimumPart || !keys.contains(where: { $0.contains(key) }) {
                continue
            }
            result.append(block, from: oldStart)
        }
        return result.blocks.isEmpty ? nil : result
    }
}

/// Blocks moved from the walk's article text into a shorter one: each keeps its characters'
/// order, shifted by where it now starts.
struct KeptBlocks {
    var text = ""
    var blocks: [TextBlock] = []
    /// Old article-text range of each kept block (with its blank line) and the shift to its new place.
    private var moves: [(old: Range<Int>, shift: Int)] = []
    private var length = 0

    mutating func append(_ block: TextBlock, from oldStart: Int) {
        let shift = length - oldStart
        var moved = block
        moved.offsets = block.offsets.map { $0 + shift }
        moved.extent = block.extent.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        moves.append((oldStart..<(oldStart + block.offsets.count + 2), shift))
        blocks.append(moved)
        text += block.text + "\n\n"
        length += block.offsets.count + 2
    }

    private func newOffset(_ offset: Int) -> Int? {
        moves.first(where: { $0.old.contains(offset) }).map { offset + $0.shift }
    }

    /// The links whose text sits in a kept block, at their new offsets.
    func links(_ links: [FoundLink]) -> [FoundLink] {
        links.compactMap { link in
            newOffset(link.offset).map { FoundLink(url: link.url, text: link.text, offset: $0) }
        }
    }

    /// Line anchors for the new text: each kept block opens with the line it started on, then
    /// the anchors inside it, shifted.
    func anchors(_ anchors: [(offset: Int, line: Int)]) -> [(offset: Int, line: Int)] {
        var result: [(offset: Int, line: Int)] = []
        for move in moves {
            let opening = anchors.last(where: { $0.offset <= move.old.lowerBound })?.line ?? 1
            result.append((move.old.lowerBound + move.shift, opening))
            for anchor in anchors where move.old.contains(anchor.offset) && anchor.offset > move.old.lowerBound {
                result.append((anchor.offset + move.shift, anchor.line))
            }
        }
        return result
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
