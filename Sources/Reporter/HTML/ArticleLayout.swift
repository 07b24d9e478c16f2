import FactCheckModel

/// The article text cut into blocks (paragraphs, headings) and each block into runs of plain text
/// and claims, from the claims' spans and the headings the extractor found. Pure arithmetic on
/// Unicode-scalar offsets, the unit spans count in.
struct ArticleLayout: Equatable {
    /// A piece of a block: plain article text, or the text of the claim at `claim` (an index into
    /// the article's claims).
    enum Run: Equatable {
        case text(String)
        case claim(index: Int, text: String)
    }

    struct Block: Equatable {
        var runs: [Run]
        /// Indexes of the claims that start in this block, in reading order.
        var claims: [Int]
        /// The level of the article heading this block is (its runs are then the heading's words,
        /// without the marks that make its line a heading); nil for any other block.
        var headingLevel: Int? = nil
    }

    var blocks: [Block]
    /// Claims whose span could not be shown in the text (out of range, or overlapping one already
    /// highlighted); they are still listed beside the block they start in, or at the end.
    var unplaced: [Int]

    /// Lays out `text` with `spans` (one per claim, in the claims' order) and `headings` (from the
    /// same read of the article as `text`). Returns nil when the spans do not fit the text (the
    /// article changed since it was checked): the report then lists the claims without the article
    /// rather than highlight the wrong words.
    init?(text: String, claims: [(span: TextSpan, text: String)], headings: [ArticleHeading] = []) {
        let scalars = Array(text.unicodeScalars)
        for claim in claims {
            guard claim.span.start >= 0, claim.span.start < claim.span.end, claim.span.end <= scalars.count else { return nil }
            // The span covers the claim as written in the file (Markdown may add `*` or a link's
            // URL inside it), so the claim's letters must appear in order within it.
            guard Self.letters(of: claim.text).isSubsequence(of: Self.letters(of: String(String.UnicodeScalarView(scalars[claim.span.start..<claim.span.end])))) else {
                return nil
            }
        }
        // Highlight claims in order of position; a claim overlapping an earlier one stays unmarked.
        let order = claims.indices.sorted { (claims[$0].span.start, $0) < (claims[$1].span.start, $1) }
        var highlighted: [Int] = []
        var unplaced: [Int] = []
        var reach = 0
        for index in order {
            if claims[index].span.start >= reach {
                highlighted.append(index)
                reach = claims[index].span.end
            } else {
                unplaced.append(index)
            }
        }
        // Each heading stands on its own line(s): a block of its own, even where no blank line
        // follows it (Markdown's "## Results" directly above a paragraph).
        let headingLines = headings.compactMap { heading -> (heading: ArticleHeading, line: Range<Int>)? in
            guard heading.start >= 0, heading.start < heading.end, heading.end <= scalars.count else { return nil }
            var lineStart = heading.start
            while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
            var lineEnd = heading.end
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            return (heading, lineStart..<lineEnd)
        }
        // Blocks end at blank lines and around headings, but never inside a highlighted claim.
        var boundaries = Self.merged(Self.blankLineBreaks(in: scalars) + headingLines.flatMap { entry in
            [(entry.line.lowerBound - 1, entry.line.lowerBound), (entry.line.upperBound, entry.line.upperBound + 1)]
                .filter { $0.0 >= 0 && $0.1 <= scalars.count }
        })
        boundaries.removeAll { boundary in
            highlighted.contains { claims[$0].span.start < boundary.end && boundary.start < claims[$0].span.end }
        }
        var blocks: [Block] = []
        var blockStart = 0
        var next = 0  // position in `highlighted`
        func makeBlock(upTo end: Int) {
            let heading = headingLines.first { $0.line.lowerBound <= blockStart && end <= $0.line.upperBound }?.heading
            var runs: [Run] = []
            // A heading's block shows its words: the marks around them (`## `, ` ##`) are left out.
            var cursor = heading?.start ?? blockStart
            let stop = heading?.end ?? end
            var starting: [Int] = []
            while next < highlighted.count, claims[highlighted[next]].span.start < end {
                let index = highlighted[next]
                let span = claims[index].span
                if span.start > cursor { runs.append(.text(String(String.UnicodeScalarView(scalars[cursor..<span.start])))) }
                runs.append(.claim(index: index, text: String(String.UnicodeScalarView(scalars[span.start..<span.end]))))
                starting.append(index)
                cursor = max(cursor, span.end)
                next += 1
            }
            if stop > cursor { runs.append(.text(String(String.UnicodeScalarView(scalars[cursor..<stop])))) }
            let hasText = runs.contains { if case .text(let text) = $0 { !text.allSatisfy(\.isWhitespace) } else { true } }
            if hasText { blocks.append(Block(runs: runs, claims: starting, headingLevel: heading?.level)) }
        }
        for boundary in boundaries {
            makeBlock(upTo: boundary.start)
            blockStart = boundary.end
        }
        makeBlock(upTo: scalars.count)
        // An unmarked claim is listed beside the claim it overlaps.
        self.blocks = blocks
        self.unplaced = []
        for index in unplaced {
            if let host = highlighted.first(where: { claims[$0].span.start <= claims[index].span.start && claims[index].span.start < claims[$0].span.end }),
               let blockIndex = self.blocks.firstIndex(where: { $0.claims.contains(host) }) {
                self.blocks[blockIndex].claims.append(index)
            } else {
                self.unplaced.append(index)
            }
        }
    }

    /// Runs of white space that contain a blank line: `[start, end)` of each.
    static func blankLineBreaks(in scalars: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        var breaks: [(Int, Int)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\n" else { index += 1; continue }
            var end = index + 1
            var newlines = 1
            while end < scalars.count, scalars[end].properties.isWhitespace {
                if scalars[end] == "\n" { newlines += 1 }
                end += 1
            }
            if newlines >= 2 { breaks.append((index, end)) }
            index = end
        }
        return breaks
    }

    /// The ranges in order, overlapping or touching ones joined.
    static func merged(_ ranges: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        for range in ranges.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = out.last, range.start <= last.end {
                out[out.count - 1].end = max(last.end, range.end)
            } else {
                out.append(range)
            }
        }
        return out
    }

    /// Lowercased letters and digits: what survives any markup around or inside a claim.
    static func letters(of text: String) -> [Character] {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

extension Array where Element: Equatable {
    /// Whether every element of `self` appears in `other` in the same order.
    func isSubsequence(of other: [Element]) -> Bool {
        var iterator = makeIterator()
        guard var wanted = iterator.next() else { return true }
        for element in other where element == wanted {
            guard let following = iterator.next() else { return true }
            wanted = following
        }
        return false
    }
}
