/// Restores the short lines of an article that are mostly a link: "The full ruling is available
/// online.", "Read the council's statement here." Their link share drops them with the navigation
/// (see ``BlockRenderer``), but between two paragraphs of prose a sentence that points at the
/// article's source is the article's. A promo line between paragraphs ("READ MORE: How the town
/// fixed its pumps") is a headline, not a sentence: it does not end like one, and ``PointerLabels``
/// takes the labelled ones that do.
enum LinkedLines {
    /// A line or two; longer link-dense paragraphs with a sentence outside their links are kept
    /// anyway (``BlockRenderer/proseOutsideLinks``).
    static let maximumCharacters: Int32 = 200
    /// Visible characters outside the links: two or three words of its own ("is in full here").
    static let minimumOwnWords: Int32 = 8
    /// Visible characters of its links: a few words ("available online", "on the company's
    /// incidents page"). A longer link is another article's headline ("This is part two of
    /// <the first part's title>"): a pointer away from the article, not to its source.
    static let maximumLinkCharacters: Int32 = 40

    /// The candidates with each linked line that ends a sentence and sits between two paragraphs
    /// of prose, or after a paragraph and before the next section's heading (a digest's
    /// "Read our full story"), short lines aside, turned into a block; the others stay dropped
    /// parts.
    static func restored(_ candidates: [BlockContext.Candidate]) -> [BlockContext.Candidate] {
        guard candidates.contains(where: { $0.linkedLine != nil }) else { return candidates }
        var result = candidates
        for index in candidates.indices {
            guard let line = candidates[index].linkedLine, endsSentence(line.text),
                  let before = neighbour(candidates, from: index, step: -1), isProse(candidates[before]),
                  let after = neighbour(candidates, from: index, step: 1),
                  isProse(candidates[after]) || candidates[after].block?.kind == .heading
            else { continue }
            result[index].block = line
            result[index].linkedLine = nil
        }
        return result
    }

    /// The nearest candidate in a direction that is not a short line of text: a `<br>` list's
    /// lines ("Northgate", "Old Quay") sit between a section's prose and its pointer to the full
    /// story. List items are not skipped: below a review's pros and cons, the paragraph after a
    /// linked line is as often a support box as the article's. Nil at the edge.
    private static func neighbour(_ candidates: [BlockContext.Candidate], from index: Int, step: Int) -> Int? {
        var cursor = index + step
        while cursor >= 0, cursor < candidates.count {
            guard let block = candidates[cursor].block, block.kind == .paragraph, block.text.count < BlockContext.proseLength,
                  !candidates[cursor].isImageCaption
            else { return cursor }
            cursor += step
        }
        return nil
    }

    private static func isProse(_ candidate: BlockContext.Candidate) -> Bool {
        guard let block = candidate.block, !candidate.isImageCaption else { return false }
        return block.kind != .heading && block.text.count >= BlockContext.proseLength
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?".unicodeScalars.contains(last)
    }
}
