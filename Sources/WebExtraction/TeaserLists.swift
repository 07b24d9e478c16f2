/// Finds lists of teasers for other articles by their shape, whatever their class names say:
/// "Related stories", "Latest", "More from News" under an article are lists of items that each
/// open with a link (the other article's headline) and add a line or two of its summary and a
/// time. The summaries are prose, mostly not links, so without this they count as good text and
/// the article seems to run on for up to a thousand words of other stories.
///
/// An element is a teaser list when at least three of its child elements, and three quarters of
/// them, are teaser items: not a paragraph, at most `maximumItemCharacters` long, opening with
/// a link, with links making up at least `minimumLinkShare` of the item or a summary cut short
/// with an ellipsis (a directory's "other dictionaries": a linked term, an excerpt ending "…",
/// the source's name). A body's paragraphs are
/// never items (a paragraph that opens with a citation link is still a paragraph), and a
/// reference list keeps its place when its items hold text of their own before their links, or
/// when it is numbered and titled as the article's sources (``SourceLists``).
enum TeaserLists {
    static let minimumItems = 3
    static let maximumItemCharacters: Int32 = 600
    static let minimumLinkShare = 0.15

    static func isTeaserList(_ tree: PageTree, _ index: Int, characters: [Int32], linkCharacters: [Int32]) -> Bool {
        let nodes = tree.nodes
        let node = nodes[index]
        guard node.tag != .text, !node.tag.isTextBlock, Int(node.end) - index > minimumItems else { return false }
        var items = 0
        var teasers = 0
        var child = index + 1
        while child < Int(node.end) {
            let item = nodes[child]
            defer { child = max(child + 1, Int(item.end)) }
            guard item.tag != .text, characters[child] > 0 else { continue }
            items += 1
            if isTeaser(tree, child, characters: characters, linkCharacters: linkCharacters) { teasers += 1 }
        }
        guard teasers >= minimumItems, teasers * 4 >= items * 3 else { return false }
        return !(node.tag == .ol && SourceLists.isTitledAsSources(tree, index))
    }

    private static func isTeaser(_ tree: PageTree, _ index: Int, characters: [Int32], linkCharacters: [Int32]) -> Bool {
        let nodes = tree.nodes
        let node = nodes[index]
        guard node.tag != .p, node.tag.headingLevel == nil, characters[index] <= maximumItemCharacters else { return false }
        // Opens with a link: the first text with visible characters is inside one.
        var opensWithLink = false
        for inner in (index + 1)..<Int(node.end) where nodes[inner].tag == .text && nodes[inner].characters > 0 {
            opensWithLink = nodes[inner].context.contains(.link)
            break
        }
        guard opensWithLink else { return false }
        // A short title over a long summary is a teaser still when the summary is cut short
        // ("… … Wikipedia"): an excerpt of another page, which no article's own list holds.
        return Double(linkCharacters[index]) >= minimumLinkShare * Double(characters[index]) || holdsCutSnippet(tree, index)
    }

    /// Whether text outside the item's links holds an ellipsis ("…", "...", "[…]"): a summary
    /// cut at a length.
    private static func holdsCutSnippet(_ tree: PageTree, _ index: Int) -> Bool {
        let nodes = tree.nodes
        for inner in (index + 1)..<Int(nodes[index].end) where nodes[inner].tag == .text && !nodes[inner].context.contains(.link) {
            let bytes = tree.bytes(of: nodes[inner])
            var dots = 0
            var position = bytes.startIndex
            while position < bytes.endIndex {
                let byte = bytes[position]
                if byte == 0xE2, position + 2 < bytes.endIndex, bytes[position + 1] == 0x80, bytes[position + 2] == 0xA6 { return true }
                dots = byte == UInt8(ascii: ".") ? dots + 1 : 0
                if dots == 3 { return true }
                position += 1
            }
        }
        return false
    }
}
