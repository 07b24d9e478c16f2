/// Separates the article's header from its body: the headline, the standfirst, the byline, the
/// date line and a "key points" box (a list of sentences, or any list under a title such as
/// "Highlights", ``KeyPointsLabels``) are metadata about the article, not its text. Readers and
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
            if Self.isLead(block), !Self.isBylineOrDate(block.text) {
                if lead == nil { lead = block.text }
            } else if block.kind == .heading {
                if headline == nil, block.headingLevel == 1 { headline = block.text }
            } else if block.text.count < Self.maximumBylineCharacters, byline == nil, Self.namesAuthors(block.text) {
                byline = block.text
            }
        }
    }

    /// A byline or date line runs to a name, a role and a date ("Pia Lindgren, Political reporter,
    /// Thursday 2 October 2025 7:45 am"): longer than a label, shorter than a paragraph.
    static let maximumBylineCharacters = 120

    /// "By A. Person", "Written by A and B", "Published 11 July 2025 · By A. Person": the English
    /// byline's words.
    static func namesAuthors(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return bylineOpenings.contains { lowered.hasPrefix($0) } || bylineInsides.contains { lowered.contains($0) }
    }

    static let bylineOpenings = ["by ", "written by ", "words by ", "compiled by ", "reported by ", "story by "]
    static let bylineInsides = ["· by ", "| by ", "- by ", "– by "]

    /// A byline or a date line, by shape rather than by place: the "By" words, or a line of a
    /// few words with a clock time ("7:45 am", "09:14"; not "1.25", a decimal) or a year; never a
    /// line that ends like a sentence (a standfirst "By November, …", a reference "… 2004."): what a header holds besides its
    /// headline and standfirst. Such a line is never the lead, however long.
    static func isBylineOrDate(_ text: String) -> Bool {
        // A sentence is a standfirst, however it opens ("By November, the council hopes …").
        guard text.count < maximumBylineCharacters, !text.hasSuffix(".") else { return false }
        if namesAuthors(text) { return true }
        let scalars = Array(text.unicodeScalars)
        var hasYear = false
        for index in scalars.indices {
            let digits = scalars[index...].prefix { ("0"..."9").contains($0) }.count
            if digits > 0, index > 0, ("0"..."9").contains(scalars[index - 1]) { continue }
            // hh:mm, a clock time.
            if (1...2).contains(digits), index + digits + 2 < scalars.count, scalars[index + digits] == ":",
               scalars[(index + digits + 1)...].prefix(while: { ("0"..."9").contains($0) }).count == 2
            {
                return true
            }
            if digits == 4, scalars[index] == "1" || scalars[index] == "2" { hasYear = true }
        }
        // A year in a line of a few short words (a Chinese sentence is one long "word").
        let words = text.split(separator: " ")
        return hasYear && (2...8).contains(words.count) && words.allSatisfy { $0.count <= 20 }
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
                      !candidates[headerEnd].inTextualList, block.text.count < BlockContext.proseLength || isBylineOrDate(block.text)
                {
                    headerEnd += 1
                }
            }
        }
        var header: [BlockContext.Candidate] = []
        var returned: [BlockContext.Candidate] = []
        // Under a "Highlights" title, the list is the header's whatever its items' length.
        var underKeyPoints = false
        for candidate in outside + candidates[..<headerEnd] {
            if let block = candidate.block, block.kind != .listItem { underKeyPoints = KeyPointsLabels.isTitle(block.text) }
            let keyPoint = underKeyPoints && candidate.block?.kind == .listItem
            if keyPoint || belongsToHeader(candidate, leadFound: header.contains(where: isLead)) {
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
        candidate.block.map { isLead($0) && !isBylineOrDate($0.text) } ?? false
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
        default:
            return block.text.count < BlockContext.proseLength || isBylineOrDate(block.text) || (!leadFound && isLead(candidate))
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
