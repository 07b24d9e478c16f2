import FactCheckModel

/// Reads a plain-text article. Blank lines separate blocks; a block's lines are one paragraph. A
/// short single line without closing punctuation is a heading ("Range of Motion"), and so is a
/// first line that is a question (a headline). Plain text has no heading levels: the first block,
/// when it is a heading, is the title (level 1), and every later heading a section (level 2).
/// Lines starting with "- ", "* ", "• " or "1. " are list items.
enum PlainTextReader {
    static func read(_ text: String) -> ReadArticle {
        let scalars = Array(text.unicodeScalars)
        var blocks: [TextBlock] = []
        var lines: [(start: Int, end: Int)] = []  // one block's lines, as scalar ranges

        func flushBlock() {
            defer { lines = [] }
            guard !lines.isEmpty else { return }
            let isFirst = blocks.isEmpty
            if lines.count == 1, let role = singleLineRole(scalars[lines[0].start..<lines[0].end], isFirst: isFirst) {
                var block = TextBlock(role: role, level: isFirst ? 1 : 2)
                appendFolded(scalars, lines[0], to: &block)
                blocks.append(block)
                return
            }
            var block = TextBlock(role: .paragraph)
            for line in lines {
                if startsWithBracketNumber(scalars, line) {
                    // "[3] Smith J. …": a numbered reference entry keeps its number as text.
                    if !block.isBlank { block.trimTrailingSpace(); blocks.append(block) }
                    block = TextBlock(role: .listItem)
                    appendFolded(scalars, line, to: &block)
                } else if let markerEnd = listMarkerEnd(scalars, line) {
                    if !block.isBlank { block.trimTrailingSpace(); blocks.append(block) }
                    block = TextBlock(role: .listItem)
                    appendFolded(scalars, (markerEnd, line.end), to: &block)
                } else {
                    if !block.isBlank { block.appendSpace(from: line.start) }
                    appendFolded(scalars, line, to: &block)
                }
            }
            block.trimTrailingSpace()
            if !block.isBlank { blocks.append(block) }
        }

        var lineStart = 0
        for index in 0...scalars.count {
            guard index == scalars.count || scalars[index] == "\n" else { continue }
            let line = (lineStart, index)
            if isBlank(scalars[line.0..<line.1]) {
                flushBlock()
            } else {
                lines.append(line)
            }
            lineStart = index + 1
        }
        flushBlock()

        let links = URLScanner.urls(in: scalars).map { FoundLink(url: $0.url, text: $0.url, offset: $0.start) }
        let title = blocks.first.flatMap { $0.role == .heading ? $0.text : nil }
        return ReadArticle(text: text, title: title, blocks: blocks, links: links, locator: LineLocator(fileText: text))
    }

    /// Appends a line with runs of white space folded to one space.
    static func appendFolded(_ scalars: [Unicode.Scalar], _ range: (Int, Int), to block: inout TextBlock) {
        for index in range.0..<range.1 {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                block.appendSpace(from: index)
            } else {
                block.append(scalar, from: index)
            }
        }
        block.trimTrailingSpace()
    }

    static func singleLineRole(_ line: ArraySlice<Unicode.Scalar>, isFirst: Bool) -> BlockRole? {
        let text = String(String.UnicodeScalarView(line)).trimmingWhitespace
        let words = text.split(separator: " ").count
        guard let last = text.unicodeScalars.last else { return nil }
        if isFirst, last == "?", words <= 16 { return .heading }
        if words <= 12, !".!?:;,\"”'’)".unicodeScalars.contains(last) { return .heading }
        return nil
    }

    /// Where the text of a list item starts, if the line is one.
    static func listMarkerEnd(_ scalars: [Unicode.Scalar], _ line: (start: Int, end: Int)) -> Int? {
        var index = line.start
        while index < line.end, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index + 1 < line.end else { return nil }
        if "-*•+".unicodeScalars.contains(scalars[index]), scalars[index + 1] == " " { return index + 2 }
        var digits = index
        while digits < line.end, scalars[digits].properties.numericType != nil, digits - index < 3 { digits += 1 }
        if digits > index, digits + 1 < line.end, scalars[digits] == "." || scalars[digits] == ")",
           scalars[digits + 1] == " "
        {
            return digits + 2
        }
        return nil
    }

    /// Whether a line opens with "[digits]" followed by a space.
    static func startsWithBracketNumber(_ scalars: [Unicode.Scalar], _ line: (start: Int, end: Int)) -> Bool {
        var index = line.start
        while index < line.end, scalars[index] == " " { index += 1 }
        guard index < line.end, scalars[index] == "[" else { return false }
        index += 1
        let digits = index
        while index < line.end, ("0"..."9").contains(scalars[index]) { index += 1 }
        return index > digits && index - digits <= 4 && index + 1 < line.end && scalars[index] == "]" && scalars[index + 1] == " "
    }

    static func isBlank(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.allSatisfy { $0.properties.isWhitespace }
    }
}

extension String {
    /// The string without leading and trailing white space (Foundation-free).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
