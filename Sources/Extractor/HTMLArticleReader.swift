import FactCheckModel
import MarkupParsing
import TextAnalysis
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
/// is read whole, as before the extraction. Text inside a `<pre>` that holds code (a `<code>`
/// inside, a code class, or lines that read as code: ``CodeLikeText``), and a block whose only
/// text is inside `<code>`, is a code block (``BlockRole/code``): kept in the text, never
/// claimed. A `<pre>` of prose (a plain-text press release, a poem) is a paragraph. An empty line
/// (`<br><br>`) ends a block, as it ends a paragraph on screen, unless the text after it goes on
/// with a sentence left open, in lower case; a single `<br>` is a space.
enum HTMLArticleReader {
    static func read(_ bytes: [UInt8], path: String) throws -> ReadArticle {
        let tree = try MarkupTree(parsing: bytes, as: .html, url: nil)
        if let page = try? WebPageExtractor.extract(bytes: bytes, url: nil) {
            // Forms are walked for the selection: an ASP.NET page wraps its whole body in one
            // `<form>`; the extraction, not the walk, decides what of a form is the article.
            var visitor = HTMLArticleVisitor(selecting: true)
            tree.walk(&visitor)
            visitor.flushBlock()
            var selection = MainTextSelection(page: page)
            if let kept = selection.kept(visitor.blocks) {
                let firstHeading: String? = kept.blocks.first(where: { $0.role == .heading })?.text
                let declared: String? = page.title?.trimmingWhitespace.nonEmpty
                let title: String? = page.headline ?? declared ?? firstHeading
                return ReadArticle(text: kept.text, title: title, blocks: kept.blocks, links: kept.links(visitor.links),
                                   locator: LineLocator(anchors: kept.anchors(visitor.anchors)))
            }
        }
        // Read whole, without the extraction's judgement: a form's fields and buttons stay out.
        // (A second walk only when the extraction found a page but kept none of its blocks.)
        var visitor = HTMLArticleVisitor(selecting: false)
        tree.walk(&visitor)
        visitor.flushBlock()
        let title = visitor.title?.trimmingWhitespace.nonEmpty
            ?? visitor.blocks.first(where: { $0.role == .heading })?.text
        return ReadArticle(
            text: visitor.articleText, title: title, blocks: visitor.blocks, links: visitor.links,
            locator: LineLocator(anchors: visitor.anchors))
    }
}

/// Which of the walked blocks are the main text `WebPageExtractor` found: compared by their letters
/// and digits only (white space, entities and the `[3]` a superscript citation reads as aside).
///
/// Linear in the page: a walked block is looked up by its key in a dictionary, and one that is only
/// part of an extracted block through ``KeyParts`` (an index of every run of `minimumPart` bytes of
/// the extracted text), never by searching every extracted block for it.
struct MainTextSelection {
    /// The extraction's headline, lead and body blocks, by key, with how often each occurs.
    private var counts: [String: Int] = [:]
    private let parts: KeyParts
    /// A walked block shorter than this (in key characters) must be a whole extracted block: a
    /// menu entry "Health" is part of many body sentences.
    static let minimumPart = 30

    init(page: WebPage) {
        let texts = [page.headline, page.lead].compactMap { $0 } + page.blocks.map(\.text)
        var keys: [[UInt8]] = []
        for text in texts {
            let key = Self.key(text)
            guard !key.isEmpty else { continue }
            counts[key, default: 0] += 1
            keys.append(Array(key.utf8))
        }
        parts = KeyParts(keys, window: Self.minimumPart)
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
            if let count = counts[key] {
                // Every copy the extraction kept is used: a further one (a `<noscript>` the
                // extraction hid that repeats a sentence) is not the article's.
                guard count > 0 else { continue }
                counts[key] = count - 1
            } else if key.unicodeScalars.count < Self.minimumPart || !parts.containsPart(Array(key.utf8)) {
                continue
            }
            result.append(block, from: oldStart)
        }
        return result.blocks.isEmpty ? nil : result
    }
}

/// Answers "is this text part of one of those texts?" for many questions about the same texts,
/// without searching them all each time: every run of `window` bytes of every text is hashed once
/// and the (hash, text, position) entries sorted. A question of at least `window` bytes looks up its
/// first run and compares itself only where that run occurs. Building is O(n log n) in the texts'
/// bytes; a question costs its length times the places its first run occurs, which is a handful on
/// any page that does not repeat one run of `window` characters over and over.
struct KeyParts {
    private struct Entry: Comparable {
        var hash: UInt64
        var text: Int32
        var position: Int32
        static func < (left: Entry, right: Entry) -> Bool { left.hash < right.hash }
    }

    private let texts: [[UInt8]]
    private let entries: [Entry]
    private let window: Int

    init(_ texts: [[UInt8]], window: Int) {
        self.texts = texts
        self.window = window
        var entries: [Entry] = []
        for (index, text) in texts.enumerated() where text.count >= window {
            Self.forEachWindowHash(text, window: window) { position, hash in
                entries.append(Entry(hash: hash, text: Int32(index), position: Int32(position)))
            }
        }
        self.entries = entries.sorted()
    }

    /// Whether `part` (at least `window` bytes) occurs inside one of the texts.
    func containsPart(_ part: [UInt8]) -> Bool {
        guard part.count >= window else { return false }
        var hash: UInt64 = 0
        Self.forEachWindowHash(Array(part[..<window]), window: window) { _, first in hash = first }
        // The first entry with this hash: entries are sorted by hash.
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].hash < hash { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < entries.count, entries[index].hash == hash {
            let entry = entries[index]
            let text = texts[Int(entry.text)]
            let start = Int(entry.position)
            if start + part.count <= text.count, text[start..<(start + part.count)].elementsEqual(part) { return true }
            index += 1
        }
        return false
    }

    /// Calls `body(position, hash)` for every run of `window` bytes, with a rolling polynomial hash.
    private static func forEachWindowHash(_ bytes: [UInt8], window: Int, _ body: (Int, UInt64) -> Void) {
        guard bytes.count >= window, window > 0 else { return }
        let base: UInt64 = 1_099_511_628_211
        var power: UInt64 = 1  // base^(window - 1)
        for _ in 1..<window { power = power &* base }
        var hash: UInt64 = 0
        for index in 0..<window { hash = hash &* base &+ UInt64(bytes[index]) }
        body(0, hash)
        var start = 1
        while start + window <= bytes.count {
            hash = (hash &- UInt64(bytes[start - 1]) &* power) &* base &+ UInt64(bytes[start + window - 1])
            body(start, hash)
            start += 1
        }
    }
}

/// Blocks moved from the walk's article text into a shorter one: each keeps its characters'
/// order, shifted by where it now starts.
struct KeptBlocks {
    var text = ""
    var blocks: [TextBlock] = []
    /// Old article-text range of each kept block (with its blank line) and the shift to its new
    /// place, in the order of the old text (blocks are appended as the walk meets them), so an
    /// old offset finds its move by binary search.
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
        // The last move starting at or before the offset is the only one that can hold it.
        var low = 0
        var high = moves.count
        while low < high {
            let middle = (low + high) / 2
            if moves[middle].old.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, moves[low - 1].old.contains(offset) else { return nil }
        return offset + moves[low - 1].shift
    }

    /// The links whose text sits in a kept block, at their new offsets.
    func links(_ links: [FoundLink]) -> [FoundLink] {
        links.compactMap { link in
            newOffset(link.offset).map { FoundLink(url: link.url, text: link.text, offset: $0) }
        }
    }

    /// Line anchors for the new text: each kept block opens with the line it started on, then
    /// the anchors inside it, shifted. One pass over the anchors in offset order beside the moves.
    func anchors(_ anchors: [(offset: Int, line: Int)]) -> [(offset: Int, line: Int)] {
        var sorted = anchors
        if !zip(anchors, anchors.dropFirst()).allSatisfy({ $0.offset <= $1.offset }) {
            // Stable: anchors at one offset keep their order (the last one is the line in force).
            sorted = anchors.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
        }
        var result: [(offset: Int, line: Int)] = []
        var cursor = 0  // the first anchor past the previous move's start
        var opening = 1
        for move in moves {
            while cursor < sorted.count, sorted[cursor].offset <= move.old.lowerBound {
                opening = sorted[cursor].line
                cursor += 1
            }
            result.append((move.old.lowerBound + move.shift, opening))
            var inner = cursor
            while inner < sorted.count, sorted[inner].offset < move.old.upperBound {
                result.append((sorted[inner].offset + move.shift, sorted[inner].line))
                inner += 1
            }
        }
        return result
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

struct HTMLArticleVisitor: MarkupVisitor {
    /// Whether the extraction's blocks select the text from this walk: then `<form>` subtrees
    /// are walked (one may hold the whole article); read whole, they are left out.
    let selecting: Bool
    var articleText = ""
    var blocks: [TextBlock] = []
    var links: [FoundLink] = []
    var anchors: [(offset: Int, line: Int)] = []
    var title: String?

    private var articleLength = 0  // in scalars
    private var current = TextBlock(role: .paragraph)
    private var inTitle = false
    private var referenceDepth = 0  // > 0 inside a footnotes or references container
    /// The open link's URL, article offset, and where its text starts in the current block's
    /// text (UTF-8 bytes: found without counting the block's scalars again for every link).
    private var openLink: (url: String, offset: Int, textStart: Int)?
    private var roleStack: [BlockRole] = []
    /// The level of each open `h1`…`h6` (0 for the other block elements), beside `roleStack`.
    private var levelStack: [Int] = []
    /// Open `<code>` elements, and whether the current block has text inside one and outside
    /// any: a block whose only text is code (`<p><code>pip install x</code></p>`) is a code
    /// block (``BlockRole/code``); code inside prose ("the <code>None</code> case") is prose.
    private var codeDepth = 0
    private var blockHasCode = false
    private var blockHasProse = false
    /// Open `<pre>` elements: the first of the blocks each holds, its text as written (line
    /// breaks kept), and whether it says it is code (a `<code>` inside, a code class). A `<pre>`
    /// that does neither and whose lines do not read as code (``CodeLikeText``) is prose: a
    /// press release or a mailing-list post set in `<pre>`, a poem.
    private var openPres: [(firstBlock: Int, lines: String, marked: Bool)] = []
    /// Whether a `<br>` was met in the current block with only white space read since: a second
    /// one is an empty line, a paragraph break.
    private var breakOpen = false
    /// Whether an empty line was met and the block ends at the next text, unless that text goes
    /// on with the sentence the block left open (``continuesSentence(_:)``).
    private var breakPending = false

    init(selecting: Bool = false) {
        self.selecting = selecting
    }

    /// Skipped elements walked when the extraction selects the text: a page-wide `<form>`, and a
    /// `<noscript>`, which the extraction reads when it holds the page's text (a blog drawn by a
    /// script, its post in `<noscript>` for readers without one).
    static let walkedWhenSelecting: Set<String> = ["form", "noscript"]

    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
        "iframe", "select", "textarea", "object", "embed", "canvas", "head", "menu",
    ]
    static let blocksByRole: [String: BlockRole] = [
        "p": .paragraph, "div": .paragraph, "section": .paragraph, "article": .paragraph, "main": .paragraph,
        "body": .paragraph, "figcaption": .paragraph, "dd": .paragraph, "dt": .paragraph, "pre": .code,
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
        if Self.skipped.contains(name), !(selecting && Self.walkedWhenSelecting.contains(name)) { return false }
        if name == "br" {
            // A `<br>` is a line break, read as a space (lines of one paragraph); a second one with
            // nothing but white space since the first leaves an empty line, which every browser
            // renders as a paragraph break, so the block ends at the next text, unless that goes
            // on with an unfinished sentence (``continuesSentence(_:)``; the extraction parts a block
            // at each `<br>`, and a story parted by `<br><br>` would otherwise match none of its
            // blocks). Single breaks never part a block: lines of a list, a poem, an address stay
            // where they are, and are never glued to the next paragraph.
            if breakOpen {
                breakPending = true
            } else {
                current.appendSpace(from: articleLength + current.offsets.count)
                breakOpen = true
            }
            return false
        }
        if isReferenceContainer(element) { referenceDepth += 1 }
        if let role = Self.blocksByRole[name] {
            flushBlock()
            roleStack.append(role)
            levelStack.append(role == .heading ? Int(name.dropFirst()) ?? 2 : 0)
            current = newBlock()
        }
        if name == "pre" { openPres.append((blocks.count, "", Self.marksCode(element))) }
        if name == "code" {
            codeDepth += 1
            if !openPres.isEmpty { openPres[openPres.count - 1].marked = true }
        }
        if name == "sup" {
            // A superscript citation ("lives.<sup>3</sup>") reads as "[3]", as in text articles.
            current.append("[", from: articleLength + current.offsets.count)
        }
        if name == "a", let href = element.attribute("href")?.trimmingWhitespace, URLScanner.isFetchable(href) {
            openLink = (href, articleLength + current.offsets.count, current.text.utf8.count)
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
            let utf8 = current.text.utf8
            let text = link.textStart < utf8.count
                ? String(current.text[utf8.index(utf8.startIndex, offsetBy: link.textStart)...]).trimmingWhitespace : link.url
            links.append(FoundLink(url: link.url, text: text, offset: link.offset))
            openLink = nil
        }
        if name == "code" { codeDepth = max(0, codeDepth - 1) }
        if name == "sup" {
            current.append("]", from: max(articleLength, articleLength + current.offsets.count - 1))
        }
        if Self.blocksByRole[name] != nil {
            flushBlock()
            roleStack.removeLast()
            levelStack.removeLast()
            current = newBlock()
        }
        if name == "pre", let pre = openPres.popLast(), !pre.marked,
           !CodeLikeText.looksLikeCode(pre.lines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) {
            for index in pre.firstBlock..<blocks.count where blocks[index].role == .code { blocks[index].role = .paragraph }
        }
        if isReferenceContainer(element) { referenceDepth -= 1 }
    }

    /// Whether a `<pre>` says it holds code by its class or id (``Lexicon/codeBlockClassMarkers``:
    /// "language-python", "highlight") or a language attribute of a highlighter (`data-lang`).
    static func marksCode(_ element: MarkupElement) -> Bool {
        if element.attribute("data-lang") != nil || element.attribute("data-language") != nil { return true }
        let names = ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")).lowercased()
        return Lexicon.codeBlockClassMarkers.contains { names.contains($0) }
    }

    mutating func text(_ text: String, line: Int) {
        if inTitle {
            title = (title ?? "") + text
            return
        }
        // libxml2 numbers a text node by the line it *ends* on; count back to where it starts, and
        // anchor every line inside it so a sentence on its third line gets the third line.
        if let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) {
            if breakPending, !continuesSentence(first) { flushBlock() }
            breakPending = false
            breakOpen = false
            if codeDepth > 0 { blockHasCode = true } else { blockHasProse = true }
        }
        if !openPres.isEmpty { openPres[openPres.count - 1].lines += text }
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

    /// Whether text that opens with `first` after an empty line goes on with the current block: it
    /// opens in lower case and the block does not end as a sentence does (a sentence a writer
    /// broke in two). Read as one block, it matches none of the extraction's and is left out, as
    /// before empty lines parted blocks, rather than claimed as a fragment.
    private func continuesSentence(_ first: Unicode.Scalar) -> Bool {
        guard first.properties.isLowercase, !current.isBlank else { return false }
        var text = Substring(current.text)
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return !CodeLikeText.endsSentence(String(text))
    }

    /// Ends the current block and adds it to the article text.
    mutating func flushBlock() {
        current.trimTrailingSpace()
        defer {
            blockHasCode = false
            blockHasProse = false
            breakOpen = false
            breakPending = false
        }
        if blockHasCode, !blockHasProse, current.role != .heading, current.role != .reference { current.role = .code }
        if !current.isBlank {
            articleText += current.text + "\n\n"
            articleLength += current.offsets.count + 2
            blocks.append(current)
        } else if !current.offsets.isEmpty {
            // Only white space: its offsets were provisional; nothing joins the article text.
            // Anchors are appended in offset order, so the provisional ones are at the end.
            while let last = anchors.last, last.offset >= articleLength { anchors.removeLast() }
        }
        current = newBlock()
    }

    /// An empty block in the role (and, inside `h1`…`h6`, the level) of the innermost open block.
    private func newBlock() -> TextBlock {
        TextBlock(role: effectiveRole, level: levelStack.last(where: { $0 > 0 }) ?? 0)
    }

    private var effectiveRole: BlockRole {
        // Every block inside a `<pre>` is code, whatever element holds its lines.
        referenceDepth > 0 ? .reference : roleStack.contains(.code) ? .code : (roleStack.last ?? .paragraph)
    }

    /// Footnote and reference lists hold citations, not claims.
    private func isReferenceContainer(_ element: MarkupElement) -> Bool {
        guard ["section", "ol", "ul", "div", "aside"].contains(element.name) else { return false }
        let marker = ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")).lowercased()
        return marker.contains("footnote") || marker.contains("reference") || marker.contains("bibliograph")
            || marker.contains("endnote") || element.attribute("role") == "doc-endnotes"
    }
}
