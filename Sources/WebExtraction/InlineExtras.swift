/// Tells an inline extra from the article's end. A player, a promo or a box of links that a
/// template drops among the body's paragraphs is a child of the body's element, with a paragraph
/// of that element on each side; a share bar, a related list or a sign-up box under the article
/// is below the body's element, so what follows it (an author's bio, a disclaimer) sits in
/// another element.
enum InlineExtras {
    /// Whether the dropped part at `index` has, as its nearest kept blocks before and after,
    /// paragraphs of prose held by the same element.
    static func isInsideBody(_ candidates: [BlockContext.Candidate], at index: Int, kept: [Bool]) -> Bool {
        guard let before = nearestKept(candidates, from: index, step: -1, kept: kept),
              let after = nearestKept(candidates, from: index, step: 1, kept: kept)
        else { return false }
        let container = candidates[before].container
        return container >= 0 && candidates[after].container == container
            && isProse(candidates[before]) && isProse(candidates[after])
    }

    private static func nearestKept(_ candidates: [BlockContext.Candidate], from index: Int, step: Int, kept: [Bool]) -> Int? {
        var cursor = index + step
        while cursor >= 0, cursor < candidates.count {
            if kept[cursor], candidates[cursor].block != nil { return cursor }
            cursor += step
        }
        return nil
    }

    private static func isProse(_ candidate: BlockContext.Candidate) -> Bool {
        guard let block = candidate.block, !candidate.isImageCaption else { return false }
        return block.kind == .paragraph && block.text.count >= BlockContext.proseLength
    }
}
