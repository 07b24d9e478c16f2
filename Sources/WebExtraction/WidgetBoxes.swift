/// Finds the small boxes built around a widget: a newsletter sign-up ("Get the morning briefing",
/// a line of pitch, an e-mail field), a search box, a login, a poll (a question over radio
/// buttons), a media player that says it cannot play, a fact-check site's claim-and-verdict box.
/// They sit inside or right under the article, often with generated class names that say nothing,
/// and their pitch or question reads like a sentence of the article.
///
/// A widget is anchored by a `<form>`, a field a reader fills (``HTMLTag/control``), or a short
/// line in a widget's words (``WidgetLines``). A label line ("Our verdict:") anchors a box only
/// when the box is more than the line's own block: a claim card wraps its lines in an element of
/// their own, while a paragraph of that shape among the body's paragraphs is the article's
/// conclusion (dropped, its mark made ``ArticleTail`` cut the paragraphs after it as a tail).
/// From each anchor, the box is its largest ancestor
/// (or itself) with at most `maximumCharacters` visible characters and at most `maximumProse` of
/// them in paragraphs of prose: the heading, pitch, small print and options around it, but never a
/// page that wraps everything in one form, nor a short section of the article (a digest's item of
/// two or three paragraphs) that ends with a sign-up box.
enum WidgetBoxes {
    static let maximumCharacters: Int32 = 300
    /// Prose a box may hold (``TextStatistics``'s good text, before pruning): a line of pitch and a
    /// line of small print; two paragraphs of an article are more.
    static let maximumProse: Int32 = 150

    /// Per node: whether it is such a box.
    /// - Parameter prose: per node, good text before any pruning.
    static func widgets(_ tree: PageTree, characters: [Int32], ownCharacters: [Int32], prose: [Int32]) -> [Bool] {
        let nodes = tree.nodes
        var widgets = Array(repeating: false, count: nodes.count)
        var lastOwner: Int32 = -1
        for index in nodes.indices {
            let anchor: Int
            var needsOwnBox = false
            switch nodes[index].tag {
            case .form, .control:
                anchor = index
            case .text:
                // The first text of a short block: where a widget's line starts.
                let owner = nodes[index].owner
                guard nodes[index].characters > 0, owner != lastOwner else { continue }
                lastOwner = owner
                guard owner >= 0, ownCharacters[Int(owner)] <= WidgetLines.maximumConsentCharacters,
                      let kind = WidgetLines.kind(of: tree.bytes(of: nodes[index])),
                      ownCharacters[Int(owner)] <= kind.maximumCharacters
                else { continue }
                anchor = Int(owner)
                needsOwnBox = kind.needsOwnBox
            default:
                continue
            }
            guard characters[anchor] <= maximumCharacters else { continue }
            // A widget's own line is not the pitch around it: a claim card's "Claim: …" line is a
            // sentence long, and so is a cookie notice.
            let anchorProse = nodes[index].tag == .text ? prose[anchor] : 0
            var box = anchor
            while nodes[box].parent >= 0, characters[Int(nodes[box].parent)] <= maximumCharacters,
                  prose[Int(nodes[box].parent)] - anchorProse <= maximumProse, nodes[Int(nodes[box].parent)].tag != .body
            {
                box = Int(nodes[box].parent)
            }
            // A label's (or a consent notice's) block alone among the body's blocks is a paragraph.
            if needsOwnBox, box == anchor { continue }
            widgets[box] = true
        }
        return widgets
    }
}
