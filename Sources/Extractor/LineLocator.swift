/// Maps an offset in the article text to a line and column in the article file.
///
/// For text and Markdown the article text *is* the file, so lines are counted from it. For HTML the
/// text is extracted, and each run of it remembers the line its node started on (libxml2 records no
/// columns, so HTML columns are 1).
struct LineLocator {
    /// Sorted by offset: the article-text offset where a line (or an HTML text run) starts.
    private var anchors: [(offset: Int, line: Int, countsColumns: Bool)]

    /// Lines of a file whose text is the article text.
    init(fileText: String) {
        var anchors: [(Int, Int, Bool)] = [(0, 1, true)]
        var offset = 0
        var line = 1
        for scalar in fileText.unicodeScalars {
            offset += 1
            if scalar == "\n" {
                line += 1
                anchors.append((offset, line, true))
            }
        }
        self.anchors = anchors
    }

    /// Anchors recorded while extracting text from markup.
    init(anchors: [(offset: Int, line: Int)]) {
        self.anchors = anchors.map { ($0.offset, $0.line, false) }
        if self.anchors.isEmpty { self.anchors = [(0, 1, false)] }
    }

    /// 1-based line and column of `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        let anchor = anchors[low]
        return (anchor.line, anchor.countsColumns ? offset - anchor.offset + 1 : 1)
    }
}
