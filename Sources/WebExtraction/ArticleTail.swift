/// Cuts what follows the article's end. Below an article, templates put a share bar or a link
/// list, and under that a few more lines inside the same container: an author's bio, a
/// newsletter box, a disclaimer, "more from this column". When a dropped part is followed by only
/// a sliver of the page's kept text, that sliver belongs with the boilerplate above it, however
/// well-written; an article does not end with a link list and one more paragraph of its own. It
/// does end with its sources: a sliver that holds a numbered list of them is not cut.
///
/// But a long article's inline extras (a player, a "DON'T MISS" promo, a box of links) can sit
/// in its last few per cent too, with the closing paragraphs below them: an extra whose nearest
/// kept blocks on both sides are paragraphs of prose in one element (``InlineExtras``) is inside
/// the body, not under it, and does not end the article.
enum ArticleTail {
    /// The most of the kept text that may follow the cut.
    static let maximumTailShare = 0.05

    static func cut(_ candidates: [BlockContext.Candidate], kept: inout [Bool]) {
        var total = 0
        for index in candidates.indices where kept[index] { total += candidates[index].block?.text.utf8.count ?? 0 }
        guard total > 0 else { return }
        var after = 0
        var cut: Int?
        // From the end: the earliest dropped part that has at most the allowed tail below it.
        for index in candidates.indices.reversed() {
            if kept[index], candidates[index].isSource { break }
            if candidates[index].block == nil {
                guard Double(after) <= maximumTailShare * Double(total) else { break }
                if after > 0, !InlineExtras.isInsideBody(candidates, at: index, kept: kept) { cut = index }
            } else if kept[index] {
                after += candidates[index].block?.text.utf8.count ?? 0
            }
        }
        guard let cut else { return }
        for index in cut..<candidates.count { kept[index] = false }
    }
}
