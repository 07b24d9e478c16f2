import FactCheckModel

/// The article text cut into blocks (paragraphs, headings) and each block into runs of plain text
/// and claims, from the claims' spans. Pure arithmetic on Unicode-scalar offsets, the unit spans
/// count in.
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
    }

    var blocks: [Block]
    /// Claims whose span could not be shown in the text (out of range, or overlapping one already
    /// highlighted); they are still listed beside the block they start in, or at the end.
    var unplaced: [Int]

    /// Lays out `text` with `spans` (one per claim, in the claims' order). Returns nil when the spans
    /// do not fit the text (the article changed since it was checked): the report then lists the
    /// claims without the article rather than highlight the wrong words.
    init?(text: String, claims: [(span: TextSpan, text: String)]) {
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
        // Blocks end at blank lines, but never inside a highlighted claim.
        var boundaries = Self.blankLineBreaks(in: scalars)
        boundaries.removeAll { boundary in
            highlighted.contains { claims[$0].span.start < boundary.end && boundary.start < claims[$0].span.end }
        }
        var blocks: [Block] = []
        var blockStart = 0
        var next = 0  // position in `highlighted`
        func makeBlock(upTo end: Int) {
            var runs: [Run] = []
            var cursor = blockStart
            var starting: [Int] = []
            while next < highlighted.count, claims[highlighted[next]].span.start < end {
                let index = highlighted[next]
                let span = claims[index].span
                if span.start > cursor { runs.append(.text(String(String.UnicodeScalarView(scalars[cursor..<span.start])))) }
                runs.append(.claim(index: index, text: String(String.UnicodeScalarView(scalars[span.start..<span.end]))))
                starting.append(index)
                cursor = span.end
                next += 1
            }
            if end > cursor { runs.append(.text(String(String.UnicodeScalarView(scalars[cursor..<end])))) }
            let hasText = runs.contains { if case .text(let text) = $0 { !text.allSatisfy(\.isWhitespace) } else { true } }
            if hasText { blocks.append(Block(runs: runs, claims: starting)) }
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
