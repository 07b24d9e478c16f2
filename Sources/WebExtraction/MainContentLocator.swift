/// Finds the element that holds the article: the deepest element that still holds nearly all of
/// the page's good text (see ``TextStatistics``).
///
/// Starting at `<body>`, it steps into the child with the most good text for as long as that child
/// leaves little behind, both as a share and in characters. The article's container is where the
/// good text stops being in one child: its paragraphs are split among many children. Leaving
/// little behind in absolute terms too keeps a lead paragraph or a second text column that sits
/// beside the body container.
enum MainContentLocator {
    /// Share of good text a step may leave behind.
    static let leftoverShare = 0.2
    /// Characters of good text a step may leave behind, whatever the share.
    static let leftoverCharacters: Int32 = 400
    /// Characters of any text outside links a step may leave behind.
    static let leftoverPlain: Int32 = 200
    /// Share of text outside links a step may leave behind (binds on pages with little text).
    static let plainLeftoverShare = 0.15

    static func locate(_ tree: PageTree, _ statistics: TextStatistics) -> Int {
        let nodes = tree.nodes
        guard !nodes.isEmpty else { return 0 }
        var current = nodes.firstIndex { $0.tag == .body } ?? 0
        while true {
            let total = statistics.good[current]
            guard total > 0 else { return current }
            var best = -1
            var bestGood: Int32 = 0
            var child = current + 1
            let end = Int(nodes[current].end)
            while child < end {
                if nodes[child].tag != .text, !statistics.pruned[child], statistics.good[child] > bestGood {
                    best = child
                    bestGood = statistics.good[child]
                }
                child = max(child + 1, Int(nodes[child].end))
            }
            // A paragraph is never a container of the article, however much of the text it holds.
            guard best >= 0, !nodes[best].tag.isTextBlock else { return current }
            // The child must hold most of the good text, and leave little behind: a small share, or
            // a few characters on a page with little text.
            let leftover = total - bestGood
            guard bestGood * 2 > total else { return current }
            guard Double(leftover) <= leftoverShare * Double(total) || leftover <= leftoverCharacters / 4 else { return current }
            guard leftover <= leftoverCharacters else { return current }
            // Short texts beside the body container (a lead, a subtitle, a recipe's ingredients)
            // are content too: stop above them.
            let plainLeftover = statistics.plain[current] - statistics.plain[best]
            guard plainLeftover <= min(leftoverPlain, Int32(plainLeftoverShare * Double(statistics.plain[current]))) else {
                return current
            }
            current = best
        }
    }
}
