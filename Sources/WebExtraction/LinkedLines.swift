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

    /// The candidates with each linked line that sits between two paragraphs of prose, and ends
    /// a sentence, turned into a block; the others stay dropped parts.
    static func restored(_ candidates: [BlockContext.Candidate]) -> [BlockContext.Candidate] {
        guard candidates.contains(where: { $0.linkedLine != nil }) else { return candidates }
        var result = candidates
        for index in candidates.indices {
            guard let line = candidates[index].linkedLine, endsSentence(line.text),
                  index > 0, index + 1 < candidates.count,
                  isProse(candidates[index - 1]), isProse(candidates[index + 1])
            else { continue }
            result[index].block = line
            result[index].linkedLine = nil
        }
        return result
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
