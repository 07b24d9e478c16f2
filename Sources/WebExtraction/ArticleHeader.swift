/// Separates the article's header from its body: the headline, the standfirst, the byline, the
/// date line and a "key points" box are metadata about the article, not its text. Readers and
/// gold texts (the article-extraction benchmark's) keep them apart; left in the body they read as
/// a first paragraph that says everything twice, and the headline as a claim of its own.
///
/// Where the header ends, by structure, not by words: when the main content holds the page's
/// `<h1>` and, after it, a container with most of the prose (the body's own `<div>`), everything
/// rendered before that container is the header. When the paragraphs sit beside the `<h1>` in one
/// container, the header is the `<h1>`, what precedes it and the short lines right after it. Of that, only the header's kinds of
/// block leave the body (see `belongsToHeader`).
struct ArticleHeader {
    /// The `<h1>` text.
    var headline: String?
    /// The first block of prose in the header: the standfirst.
    var lead: String?
    /// The first short line in the header that names its authors ("By A. Person").
    var byline: String?

    /// What the header's blocks say, in order: the first heading of level 1 is the headline, the
    /// first paragraph of prose (or long subheading) the lead, the first short line that opens with "By" the byline.
    init(blocks: [ContentBlock]) {
        for block in blocks {
            if Self.isLead(block) {
                if lead == nil { lead = block.text }
            } else if block.kind == .heading {
                if headline == nil, block.headingLevel == 1 { headline = block.text }
            } else if block.text.count < BlockContext.proseLength, byline == nil, Self.namesAuthors(block.text) {
                byline = block.text
            }
        }
    }

    /// "By A. Person", "by A and B": the English byline's opening word.
    static func namesAuthors(_ text: String) -> Bool {
        text.hasPrefix("By ") || text.hasPrefix("by ") || text.hasPrefix("BY ")
    }

    /// The main content's candidates split into the header's and the body's.
    /// - Parameter outside: the headline and leads found before the main content (``ArticleLead``).
    static func split(
        outside: [BlockContext.Candidate], main candidates: [BlockContext.Candidate], main: Int, tree: PageTree,
        _ statistics: TextStatistics
    ) -> (header: [BlockContext.Candidate], body: [BlockContext.Candidate]) {
        var headerEnd = 0
        if let headline = headline(in: main, tree, statistics) {
            if let body = bodyContainer(in: main, after: headline, tree, statistics) {
                headerEnd = candidates.firstIndex { $0.position >= Int32(body) } ?? candidates.count
            } else {
                // The body's blocks beside the headline: the header is the headline, what precedes
                // it, and the short lines right after it (byline, date).
                let afterHeadline = tree.nodes[headline].end
                headerEnd = candidates.firstIndex { $0.position >= afterHeadline } ?? candidates.count
                while headerEnd < candidates.count, let block = candidates[headerEnd].block, block.kind != .heading,
                      !candidates[headerEnd].inTextualList, block.text.count < BlockContext.proseLength
                {
                    headerEnd += 1
                }
            }
        }
        var header: [BlockContext.Candidate] = []
        var returned: [BlockContext.Candidate] = []
        for candidate in outside + candidates[..<headerEnd] {
            if belongsToHeader(candidate, leadFound: header.contains(where: isLead)) {
                header.append(candidate)
            } else {
                returned.append(candidate)
            }
        }
        let body = returned + candidates[headerEnd...]
        // A "header" longer than the body is a misread template: keep it all as the body.
        guard characters(header) <= characters(body) else { return ([], outside + candidates) }
        return (header, body)
    }

    /// A paragraph of prose, or a subheading of two lines or more (a standfirst styled as `<h2>`).
    static func isLead(_ block: ContentBlock) -> Bool {
        switch block.kind {
        case .paragraph, .quote: return block.text.count >= BlockContext.proseLength
        case .heading: return block.headingLevel != 1 && block.text.count >= 2 * BlockContext.proseLength
        default: return false
        }
    }

    private static func isLead(_ candidate: BlockContext.Candidate) -> Bool {
        candidate.block.map(isLead) ?? false
    }

    /// In the header's place, what is the header's: headings, the first paragraph (the
    /// standfirst), short lines (byline, date, reading time, credits), a list of sentences (key
    /// points). A second paragraph is the body's, begun above its container; so is a list of
    /// short items (ingredients, facts).
    private static func belongsToHeader(_ candidate: BlockContext.Candidate, leadFound: Bool) -> Bool {
        guard let block = candidate.block else { return true }
        switch block.kind {
        case .heading: return true
        case .listItem, .tableCell: return block.text.count >= BlockContext.proseLength
        default: return block.text.count < BlockContext.proseLength || (!leadFound && isLead(candidate))
        }
    }

    private static func characters(_ candidates: [BlockContext.Candidate]) -> Int {
        candidates.reduce(0) { $0 + ($1.block?.text.utf8.count ?? 0) }
    }

    /// The first `<h1>` with text inside the main content, outside pruned parts.
    static func headline(in main: Int, _ tree: PageTree, _ statistics: TextStatistics) -> Int? {
        let nodes = tree.nodes
        var index = main
        while index < Int(nodes[main].end) {
            let node = nodes[index]
            if node.tag != .text, statistics.pruned[index] {
                index = max(index + 1, Int(node.end))
                continue
            }
            if node.tag == .h1, statistics.characters[index] > 0 { return index }
            index += 1
        }
        return nil
    }

    /// The container after the headline that holds most of the main content's prose, found as the
    /// locator finds the main content: step into the child with most good text while it holds more
    /// than half of it; nil when that child is a paragraph (the body's blocks sit beside the
    /// headline) or comes before the headline.
    static func bodyContainer(in main: Int, after headline: Int, _ tree: PageTree, _ statistics: TextStatistics) -> Int? {
        let nodes = tree.nodes
        var current = main
        while true {
            var best = -1
            var bestGood: Int32 = 0
            var child = current + 1
            while child < Int(nodes[current].end) {
                if nodes[child].tag != .text, !statistics.pruned[child], statistics.good[child] > bestGood {
                    best = child
                    bestGood = statistics.good[child]
                }
                child = max(child + 1, Int(nodes[child].end))
            }
            guard best >= 0, bestGood * 2 > statistics.good[current], !nodes[best].tag.isTextBlock else { return nil }
            if best <= headline, headline < Int(nodes[best].end) {
                current = best
                continue
            }
            return best > headline ? best : nil
        }
    }
}
