/// Finds the article's lead: a standfirst or a subheading of a sentence or two that templates put
/// beside the body container, between the headline and the text, rather than inside it. The
/// locator steps past it because it is small (see ``MainContentLocator``); it is the article's
/// own summary, and readers and evaluations count it as text.
enum ArticleLead {
    /// Characters of its own a block needs to be a lead rather than a byline, a date or a label.
    static let minimumCharacters: Int32 = 60
    /// A lead is one block of text: its subtree may hold little more than its own text (a block
    /// that holds other blocks is a panel, a widget or a teaser box).
    static let maximumSubtreeShare = 1.25

    /// The elements to render before the main content, in document order: text blocks between the
    /// headline (or the page's start) and the main content, outside pruned parts and image
    /// captions, long enough to be prose and mostly not links. None when the main content holds
    /// the page's `<h1>`: then the article's header is inside it, and what comes before is the site's.
    static func leads(before main: Int, after headline: Int?, in tree: PageTree, _ statistics: TextStatistics) -> [Int] {
        let nodes = tree.nodes
        for index in main..<Int(nodes[main].end) where nodes[index].tag == .h1 { return [] }
        var found: [Int] = []
        var index = headline.map { Int(nodes[$0].end) } ?? 0
        while index < main {
            let node = nodes[index]
            if node.tag == .text {
                index += 1
                continue
            }
            if statistics.pruned[index] || node.tag == .figure || node.tag == .figcaption || node.flags.contains(.captionName) {
                index = max(index + 1, Int(node.end))
                continue
            }
            // The main content's ancestors: look inside them, at what precedes it.
            if Int(node.end) > main {
                index += 1
                continue
            }
            let own = statistics.ownCharacters[index]
            if node.tag.isBlock, own >= minimumCharacters,
               Double(statistics.ownLinkCharacters[index]) <= BlockRenderer.maximumLinkShare * Double(own),
               Double(statistics.characters[index]) <= maximumSubtreeShare * Double(own)
            {
                found.append(index)
                index = max(index + 1, Int(node.end))
                continue
            }
            index += 1
        }
        return found
    }
}
