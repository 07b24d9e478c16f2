/// Judges short blocks by their neighbours, as jusText does: a short line between two paragraphs of
/// prose is part of the article ("So it went.", a dateline, a quote's attribution); a short line next
/// to dropped boilerplate is boilerplate too ("Related posts", "Share this:", "Photo: Agency").
/// Headings are kept when content follows them before the next heading.
enum BlockContext {
    struct Candidate {
        /// nil marks a dropped part (a link list, a pruned element) at this place.
        var block: ContentBlock?
        /// The block is an item of a list or table whose text is mostly not links: an ingredient
        /// list or a fact table, content however short its items.
        var inTextualList = false
        /// The block captions an image: a `<figcaption>`, or text in an element named as a caption.
        var isImageCaption = false
        /// The block is an item of a numbered list of linked documents: the article's sources.
        var isSource = false
        /// Where it starts in the ``PageTree``: its first text node, or the dropped element.
        var position: Int32 = -1
        /// For a dropped part that is a short line mostly of links: its text, which
        /// ``LinkedLines`` restores between paragraphs of prose.
        var linkedLine: ContentBlock? = nil
        /// For a block (or a linked line): the element that holds the block's own element, so
        /// that ``ArticleTail`` can tell paragraphs of one container from a tail below it; -1
        /// when unknown.
        var container: Int32 = -1
    }

    enum Quality {
        case good, short, bad, heading
    }

    /// Characters that make a block prose on its own.
    static let proseLength = 60

    static func select(_ allCandidates: [Candidate]) -> [ContentBlock] {
        let candidates = LinkedLines.restored(ImageCaptions.withoutCaptions(allCandidates))
        let qualities = candidates.map(quality)
        // A page of short texts only (a product sheet, a photo post) has no prose to anchor on:
        // everything that survived the filters is its content.
        guard qualities.contains(.good) else { return candidates.compactMap(\.block) }
        var kept = Array(repeating: false, count: candidates.count)
        for index in candidates.indices {
            switch qualities[index] {
            case .good: kept[index] = true
            case .bad, .heading: break
            case .short:
                let before = neighbour(qualities, from: index, step: -1)
                let after = neighbour(qualities, from: index, step: 1)
                // Items of lists and tables that survived the link filter are kept unless boilerplate
                // surrounds them: ingredient lists and fact tables are made of short items.
                kept[index] = before == .good || after == .good || candidates[index].inTextualList
            }
        }
        let firstGood = qualities.firstIndex(of: .good) ?? 0
        // A heading stays when something kept follows before the next heading of its level or higher.
        // Below the article's first prose, a heading over a dropped part titles that part ("Related
        // posts", "More on this"), so it stays only when what it heads comes before anything dropped;
        // above the prose, a dropped byline or share bar often separates the headline from the text.
        for index in candidates.indices where qualities[index] == .heading && !kept[index] {
            let level = candidates[index].block?.headingLevel ?? 1
            var next = index + 1
            while next < candidates.count {
                guard let inner = candidates[next].block else {
                    if index > firstGood { break }
                    next += 1
                    continue
                }
                if inner.kind == .heading, (inner.headingLevel ?? 1) <= level { break }
                if kept[next] {
                    kept[index] = true
                    break
                }
                next += 1
            }
        }
        // After the last paragraph of prose, short lines are what templates put under articles
        // ("Share this:", "Filed under", "More on this topic"), unless they end a sentence or
        // are the article's credit line ("Additional reporting by …").
        if let lastGood = qualities.lastIndex(of: .good) {
            for index in (lastGood + 1)..<candidates.count where kept[index] {
                guard let block = candidates[index].block, !candidates[index].inTextualList else { continue }
                if !endsSentence(block.text), !ClosingCredits.isCredit(block.text) { kept[index] = false }
            }
        }
        EndMarkers.cut(candidates, afterProseAt: firstGood, kept: &kept)
        ArticleTail.cut(candidates, kept: &kept)
        TailNotices.cut(candidates, kept: &kept)
        PointerLabels.drop(candidates, kept: &kept)
        return candidates.indices.compactMap { kept[$0] ? candidates[$0].block : nil }
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?…\"”“»«)".unicodeScalars.contains(last)
    }

    private static func quality(_ candidate: Candidate) -> Quality {
        guard let block = candidate.block else { return .bad }
        // A "heading" of several sentences is a styled lead paragraph.
        if block.kind == .heading { return block.text.count >= 2 * proseLength ? .good : .heading }
        return block.text.count >= proseLength ? .good : .short
    }

    /// The nearest good or bad candidate in a direction, skipping short ones and headings; nil at the edge.
    private static func neighbour(_ qualities: [Quality], from index: Int, step: Int) -> Quality? {
        var cursor = index + step
        while cursor >= 0, cursor < qualities.count {
            switch qualities[cursor] {
            case .good, .bad: return qualities[cursor]
            case .short, .heading: cursor += step
            }
        }
        return nil
    }
}
