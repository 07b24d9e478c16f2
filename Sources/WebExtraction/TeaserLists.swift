/// Finds lists of teasers for other articles by their shape, whatever their class names say:
/// "Related stories", "Latest", "More from News" under an article are lists of items that each
/// open with a link (the other article's headline) and add a line or two of its summary and a
/// time. The summaries are prose, mostly not links, so without this they count as good text and
/// the article seems to run on for up to a thousand words of other stories.
///
/// An element is a teaser list when at least three of its child elements, and three quarters of
/// them, are teaser items: not a paragraph, at most `maximumItemCharacters` long, holding a link
/// and opening with it, with links making up at least `minimumLinkShare` of the item or an
/// excerpt cut short: a text outside the links, after the opening link, that ends with an
/// ellipsis and is followed by more of the item (a directory's "other dictionaries": a linked
/// term, an excerpt ending "…", then the source's name). An item whose own text merely trails
/// off ("…" at its very end, a how-to's step) or holds an ellipsis mid-sentence is not cut
/// short. A body's paragraphs are
/// never items (a paragraph that opens with a citation link is still a paragraph), and a
/// reference list keeps its place when its items hold text of their own before their links, or
/// when it is numbered and titled as the article's sources (``SourceLists``).
///
/// Linear in the page: an item without link text leaves before any descent, and an item is read
/// no further than its first `scannedNodes` nodes (100,000 nested `<div>`s made the unbounded
/// walk quadratic: every short element walked all its descendants).
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

    /// Nodes of an item read for its opening link and its cut excerpt: a teaser's headline
    /// and excerpt sit in its first few elements.
    static let scannedNodes = 48

    private static func isTeaser(_ tree: PageTree, _ index: Int, characters: [Int32], linkCharacters: [Int32]) -> Bool {
        let nodes = tree.nodes
        let node = nodes[index]
        // Cheap tests first: no link text, no teaser (and no descent).
        guard node.tag != .p, node.tag.headingLevel == nil, characters[index] <= maximumItemCharacters,
              linkCharacters[index] > 0 else { return false }
        let end = min(Int(node.end), index + 1 + scannedNodes)
        // Opens with a link: the first text with visible characters is inside one.
        var first = end
        for inner in (index + 1)..<end where nodes[inner].tag == .text && nodes[inner].characters > 0 {
            first = inner
            break
        }
        guard first < end, nodes[first].context.contains(.link) else { return false }
        if Double(linkCharacters[index]) >= minimumLinkShare * Double(characters[index]) { return true }
        // A short title over a long summary is a teaser still when the summary is cut short
        // ("… … Wikipedia"): an excerpt of another page, which no article's own list holds.
        return holdsCutExcerpt(tree, from: first + 1, to: end)
    }

    /// Whether a text outside the links ends with an ellipsis ("…", "...", "[…]") and visible
    /// text follows it in the item: an excerpt cut at a length, then its source.
    private static func holdsCutExcerpt(_ tree: PageTree, from start: Int, to end: Int) -> Bool {
        let nodes = tree.nodes
        var cut = false
        for inner in start..<end where nodes[inner].tag == .text && nodes[inner].characters > 0 {
            if cut { return true }
            guard !nodes[inner].context.contains(.link) else { continue }
            cut = endsWithEllipsis(tree.bytes(of: nodes[inner]))
        }
        return false
    }

    /// The tree's text is undecoded: a trailing entity is read as what it stands for ("&nbsp;" is
    /// space, "&hellip;" an ellipsis).
    private static func endsWithEllipsis(_ bytes: ArraySlice<UInt8>) -> Bool {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        while true {
            while let last = text.unicodeScalars.last, last.properties.isWhitespace || last == "]" {
                text = Substring(text.unicodeScalars.dropLast())
            }
            guard text.hasSuffix(";"), let amp = text.suffix(10).lastIndex(of: "&") else { break }
            let entity = text[amp...].lowercased()
            if entity == "&hellip;" || entity == "&#8230;" || entity == "&#x2026;" { return true }
            text = text[..<amp]
        }
        return text.hasSuffix("…") || text.hasSuffix("...")
    }
}
