import FactCheckModel
import TextAnalysis

/// Reads a Markdown article (CommonMark's block structure and the inline syntax articles use).
///
/// Headings, list items, block quotes, table cells and footnote definitions become blocks of their
/// own, so a heading is never run into the sentence after it. Inline syntax is removed from the
/// text a reader sees, but every character keeps its offset in the file. Links (inline, reference,
/// autolinks, bare URLs) are kept; a footnote marker `[^1]` becomes a link to every URL in its
/// definition, at the marker's position, so the claim it follows is cited.
enum MarkdownReader {
    static func read(_ text: String) -> ReadArticle {
        let scalars = Array(text.unicodeScalars)
        let lines = MarkdownLines(scalars)
        let definitions = lines.definitions()
        var builder = MarkdownBlockBuilder(scalars: scalars, definitions: definitions)
        builder.build(lines)
        let title = builder.frontMatterTitle ?? builder.blocks.first(where: { $0.role == .heading })?.text
        return ReadArticle(
            text: text, title: title, blocks: builder.blocks, links: builder.links,
            locator: LineLocator(fileText: text))
    }
}

/// Link reference definitions (`[id]: url`) and footnote definitions (`[^id]: text`), which may
/// appear after their use, so they are collected before any block is built.
struct MarkdownDefinitions {
    var links: [String: String] = [:]
    var footnoteURLs: [String: [String]] = [:]
}

/// The lines of a Markdown file as scalar ranges, with the few line-level questions the block
/// builder asks.
struct MarkdownLines {
    let scalars: [Unicode.Scalar]
    var ranges: [(start: Int, end: Int)] = []

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            var end = index
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            ranges.append((start, end))
            start = index + 1
        }
    }

    func string(_ line: (start: Int, end: Int)) -> String {
        String(String.UnicodeScalarView(scalars[line.start..<line.end]))
    }

    /// How far the line is indented, a tab to the next multiple of four (CommonMark's tab stop).
    func indentWidth(_ line: (start: Int, end: Int)) -> Int {
        var width = 0
        for scalar in scalars[line.start..<line.end] {
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    /// Index of the first non-space scalar of the line (at most 3 spaces of indent count as none).
    func contentStart(_ line: (start: Int, end: Int)) -> Int {
        var index = line.start
        while index < line.end, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        return index
    }

    func definitions() -> MarkdownDefinitions {
        var definitions = MarkdownDefinitions()
        var inFence = false
        for (number, line) in ranges.enumerated() {
            let content = string(line).trimmingWhitespace
            if content.hasPrefix("```") || content.hasPrefix("~~~") { inFence.toggle() }
            if inFence { continue }
            guard let parsed = MarkdownLines.parseDefinition(content) else { continue }
            if parsed.isFootnote {
                // A footnote's URLs may sit on its indented continuation lines too.
                var body = parsed.rest
                var next = number + 1
                while next < ranges.count, let first = scalars[safe: ranges[next].start], first == " " || first == "\t" {
                    body += " " + string(ranges[next])
                    next += 1
                }
                definitions.footnoteURLs[parsed.label.lowercased()] =
                    URLScanner.urls(in: Array(body.unicodeScalars)).map(\.url)
            } else if let url = parsed.rest.split(separator: " ").first {
                var target = String(url)
                if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
                definitions.links[parsed.label.lowercased()] = target
            }
        }
        return definitions
    }

    /// `[label]: rest` or `[^label]: rest`.
    static func parseDefinition(_ content: String) -> (label: String, rest: String, isFootnote: Bool)? {
        guard content.hasPrefix("["), let close = content.firstIndex(of: "]") else { return nil }
        let afterClose = content.index(after: close)
        guard afterClose < content.endIndex, content[afterClose] == ":" else { return nil }
        var label = String(content[content.index(after: content.startIndex)..<close])
        let isFootnote = label.hasPrefix("^")
        if isFootnote { label.removeFirst() }
        guard !label.isEmpty else { return nil }
        let rest = String(content[content.index(after: afterClose)...]).trimmingWhitespace
        return (label, rest, isFootnote)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// Walks the lines of a Markdown file and produces blocks with folded, markup-free text.
struct MarkdownBlockBuilder {
    let scalars: [Unicode.Scalar]
    let definitions: MarkdownDefinitions
    var blocks: [TextBlock] = []
    var links: [FoundLink] = []
    var frontMatterTitle: String?

    /// The block being gathered: its role and the scalar ranges of its content.
    private var pendingRole: BlockRole = .paragraph
    private var pendingRanges: [(start: Int, end: Int)] = []
    /// A pending heading's level: the number of `#`s, or 1 and 2 for `===` and `---` underlines.
    private var pendingLevel = 0
    /// Whether the lines read are inside a list or a footnote: from a list item (or footnote
    /// definition) to the next line that is neither indented nor a list item. There a line
    /// indented by four continues the item (a paragraph of its own), no code block.
    private var inList = false

    init(scalars: [Unicode.Scalar], definitions: MarkdownDefinitions) {
        self.scalars = scalars
        self.definitions = definitions
    }

    mutating func build(_ lines: MarkdownLines) {
        var inFence = false
        var inFrontMatter = false
        for (number, line) in lines.ranges.enumerated() {
            let start = lines.contentStart(line)
            let content = lines.string((start, line.end))
            if number == 0, content == "---" {
                inFrontMatter = true
                continue
            }
            if inFrontMatter {
                if content == "---" || content == "..." {
                    inFrontMatter = false
                } else if content.hasPrefix("title:") {
                    frontMatterTitle = String(content.dropFirst(6)).trimmingWhitespace
                        .trimmingCharacters(in: "\"'")
                }
                continue
            }
            if content.hasPrefix("```") || content.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if content.isEmpty {
                flush()
                continue
            }
            // An indented code block (four spaces or a tab, after a blank line or more code, not
            // inside a list): program text, kept as a block of code, never prose to claim from.
            let indent = lines.indentWidth(line)
            if indent >= 4, !inList, pendingRanges.isEmpty || pendingRole == .code {
                pendingRole = .code
                pendingRanges.append((start, line.end))
                continue
            }
            if pendingRole == .code { flush() }
            if indent == 0, PlainTextReader.listMarkerEnd(scalars, (start, line.end)) == nil,
               !PlainTextReader.startsWithBracketNumber(scalars, (start, line.end))
            {
                inList = false
            }
            if let definition = MarkdownLines.parseDefinition(content) {
                flush()
                if definition.isFootnote, let colon = indexAfterDefinitionColon(from: start, to: line.end) {
                    inList = true  // its indented paragraphs continue it
                    pendingRole = .reference
                    pendingRanges = [(colon, line.end)]
                }
                continue
            }
            // A footnote definition's indented continuation.
            if pendingRole == .reference, !pendingRanges.isEmpty, start > line.start {
                pendingRanges.append((start, line.end))
                continue
            }
            if let level = atxHeadingLevel(content) {
                flush()
                var end = line.end
                // Closing hashes: "## Title ##".
                while end > start, scalars[end - 1] == "#" || scalars[end - 1] == " " { end -= 1 }
                let textStart = min(start + level + 1, end)
                pendingRole = .heading
                pendingLevel = level
                pendingRanges = [(textStart, max(textStart, end))]
                flush()
                continue
            }
            if isThematicBreakOrUnderline(content) {
                let underline = content.first == "=" || content.first == "-"
                if underline, pendingRanges.count == 1, pendingRole == .paragraph, !content.contains(" ") {
                    pendingRole = .heading  // setext heading: the line above is a heading
                    pendingLevel = content.first == "=" ? 1 : 2
                }
                flush()
                continue
            }
            if content.hasPrefix(">") {
                if pendingRole != .quote { flush() }
                pendingRole = .quote
                var textStart = start + 1
                if textStart < line.end, scalars[textStart] == " " { textStart += 1 }
                pendingRanges.append((textStart, line.end))
                continue
            }
            if PlainTextReader.startsWithBracketNumber(scalars, (start, line.end)) {
                flush()
                inList = true
                pendingRole = .listItem
                pendingRanges = [(start, line.end)]
                continue
            }
            if let markerEnd = PlainTextReader.listMarkerEnd(scalars, (start, line.end)) {
                flush()
                inList = true
                pendingRole = .listItem
                pendingRanges = [(markerEnd, line.end)]
                continue
            }
            if content.hasPrefix("|") {
                flush()
                addTableRow(start: start, end: line.end)
                continue
            }
            if pendingRanges.isEmpty { pendingRole = .paragraph }
            pendingRanges.append((start, line.end))
        }
        flush()
    }

    private func indexAfterDefinitionColon(from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end, scalars[index] != "]" { index += 1 }
        guard index + 1 < end, scalars[index + 1] == ":" else { return nil }
        index += 2
        while index < end, scalars[index] == " " { index += 1 }
        return index
    }

    private func atxHeadingLevel(_ content: String) -> Int? {
        let hashes = content.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = content.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    private func isThematicBreakOrUnderline(_ content: String) -> Bool {
        let compact = content.filter { $0 != " " }
        guard let first = compact.first, "-*_=".contains(first) else { return false }
        return compact.allSatisfy { $0 == first } && (compact.count >= 3 || first == "=" || first == "-")
            && (first != "-" || compact.count >= 2 || pendingRanges.count == 1)
    }

    private mutating func addTableRow(start: Int, end: Int) {
        let row = String(String.UnicodeScalarView(scalars[start..<end]))
        // The |---|:---:| separator row carries no text.
        if row.allSatisfy({ "|-: \t".contains($0) }) { return }
        var cellStart = start + 1
        for index in (start + 1)...end where index == end || scalars[index] == "|" {
            if index > cellStart {
                pendingRole = .tableCell
                pendingRanges = [(cellStart, index)]
                flush()
            }
            cellStart = index + 1
        }
    }

    private mutating func flush() {
        defer {
            pendingRanges = []
            pendingRole = .paragraph
            pendingLevel = 0
        }
        guard !pendingRanges.isEmpty else { return }
        var input: [(Unicode.Scalar, Int)] = []
        for (number, range) in pendingRanges.enumerated() {
            if number > 0 { input.append((" ", range.start)) }
            for index in range.start..<range.end { input.append((scalars[index], index)) }
        }
        // An indented block whose lines do not read as code ("    “We lost 40 percent …,” said a
        // farmer") is an indented paragraph, prose (``CodeLikeText``).
        let role = pendingRole == .code && !CodeLikeText.looksLikeCode(pendingRanges.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) })
            ? BlockRole.paragraph : pendingRole
        var block = TextBlock(role: role, level: pendingLevel)
        var inline = MarkdownInlineRenderer(definitions: definitions)
        inline.render(input[...], into: &block)
        block.trimTrailingSpace()
        guard !block.isBlank else { return }
        if pendingRole == .heading {
            // The heading as written, inline marks included ("What the *studies* found").
            var start = pendingRanges[0].start
            var end = pendingRanges[pendingRanges.count - 1].end
            while start < end, scalars[start].properties.isWhitespace { start += 1 }
            while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            block.extent = start..<end
        }
        links.append(contentsOf: inline.links)
        // Bare URLs in the rendered text that are not already the text of a link.
        let linked = Set(inline.links.map(\.offset))
        for found in URLScanner.urls(in: Array(block.text.unicodeScalars)) where !linked.contains(block.offsets[found.start]) {
            links.append(FoundLink(url: found.url, text: found.url, offset: block.offsets[found.start]))
        }
        blocks.append(block)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
