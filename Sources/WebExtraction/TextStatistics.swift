/// Per-node counts over a ``PageTree``, computed bottom-up in one reverse pass each.
///
/// "Good" text is the currency of main-content detection: the text of blocks long enough to be
/// prose (`minimumProse` visible characters) and mostly not links. Navigation, link lists, captions
/// of teasers and one-line labels contribute nothing, so the subtree holding most good text is the
/// article, wherever the page's template puts it.
struct TextStatistics {
    /// Visible characters in the subtree.
    var characters: [Int32]
    /// Visible characters inside links, in the subtree.
    var linkCharacters: [Int32]
    /// For block elements: visible characters of the text they own directly (not in child blocks).
    var ownCharacters: [Int32]
    var ownLinkCharacters: [Int32]
    /// Good text in the subtree, not counting pruned subtrees.
    var good: [Int32]
    /// Whether the element's subtree is dropped from the main text.
    var pruned: [Bool]
    /// Visible characters outside links, not counting pruned subtrees: all text a reader would
    /// take for content, prose or not.
    var plain: [Int32]

    static let minimumProse: Int32 = 50
    static let maximumProseLinkShare = 0.35
    /// A boilerplate-named element keeps its place when it holds this share of the page's good text
    /// and more than pruning leaves elsewhere (templates name whole columns "widget-area" or put
    /// "ads" on a section that holds the text). Half: a sidebar beside a short post is not rescued.
    static let rescueShare = 0.5
    /// When pruning by name leaves less good text than `namesWipeOutKept` on a page with at least
    /// `namesWipeOutTotal`, the names are not trusted.
    static let namesWipeOutKept: Int32 = 300
    static let namesWipeOutTotal: Int32 = 1000
    /// A teaser-named element is a list of teasers when this share of its text is links; otherwise
    /// it is an article's lead ("teaser-text").
    static let teaserLinkShare = 0.15

    /// - Parameter minimumProse: visible characters a block needs to count as prose; pages with
    ///   little text (a product page, a photo post) are measured with a lower bar.
    init(_ tree: PageTree, minimumProse: Int32 = TextStatistics.minimumProse) {
        let nodes = tree.nodes
        let count = nodes.count
        characters = Array(repeating: 0, count: count)
        linkCharacters = Array(repeating: 0, count: count)
        ownCharacters = Array(repeating: 0, count: count)
        ownLinkCharacters = Array(repeating: 0, count: count)
        good = Array(repeating: 0, count: count)
        pruned = Array(repeating: false, count: count)
        plain = Array(repeating: 0, count: count)

        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = nodes[index]
            if node.tag == .text {
                characters[index] = node.characters
                if node.context.contains(.link) { linkCharacters[index] = node.characters }
                if node.owner >= 0 {
                    ownCharacters[Int(node.owner)] += node.characters
                    ownLinkCharacters[Int(node.owner)] += linkCharacters[index]
                }
            }
            if node.parent >= 0 {
                characters[Int(node.parent)] += characters[index]
                linkCharacters[Int(node.parent)] += linkCharacters[index]
            }
        }

        // Good text without pruning first, to rescue a "boilerplate" element that holds most of it.
        let raw = Self.goodText(nodes, own: ownCharacters, ownLinks: ownLinkCharacters, pruned: pruned, minimumProse: minimumProse)
        let total = raw.first ?? 0
        var boilerplate = Array(repeating: false, count: count)
        let quoted = EmbeddedPosts.quotedCharacters(nodes)
        let widgets = WidgetBoxes.widgets(tree, characters: characters, ownCharacters: ownCharacters, prose: raw)
        for trustingNames in [true, false] {
            for index in 0..<count where nodes[index].tag != .text {
                boilerplate[index] = widgets[index]
                    || Self.isBoilerplate(tree, index, characters: characters, linkCharacters: linkCharacters, quoted: quoted,
                                       trustingNames: trustingNames)
            }
            let remaining = Self.goodText(nodes, own: ownCharacters, ownLinks: ownLinkCharacters, pruned: boilerplate, minimumProse: minimumProse).first ?? 0
            for index in 0..<count {
                // Rescued: a "boilerplate" element holding a large share of the page's prose, more
                // than everything else left, is the page's text under a misleading name.
                // Never a hidden `<noscript>`: ``PageTreeBuilder`` already weighed it against the
                // rest of the page and found it a fallback or a copy.
                let rescued = total > 0 && Double(raw[index]) >= Self.rescueShare * Double(total) && raw[index] > remaining
                    && nodes[index].tag != .noscript
                pruned[index] = boilerplate[index] && !rescued
            }
            good = Self.goodText(nodes, own: ownCharacters, ownLinks: ownLinkCharacters, pruned: pruned, minimumProse: minimumProse)
            // Not so a pop-up beside the article that is kept: a dialog on another subject can
            // hold more prose than a short news story. Alone on the page, it is the article (a
            // script shows it). A hidden part that is no pop-up ("read more", an accordion's
            // panel) continues the article and stays rescuable, and a visible dialog under no
            // boilerplate name (a reader view, a lightbox showing the article) is not dropped.
            let keptWithRescues = good.first ?? 0
            var unrescued = false
            for index in 0..<count where boilerplate[index] && !pruned[index] && Self.isPopUp(nodes[index])
                && keptWithRescues - good[index] >= Self.namesWipeOutKept
            {
                pruned[index] = true
                unrescued = true
            }
            if unrescued {
                good = Self.goodText(nodes, own: ownCharacters, ownLinks: ownLinkCharacters, pruned: pruned, minimumProse: minimumProse)
            }
            // The names left next to nothing: the template uses them for something else
            // ("TestReport__Section--Ads" on every section of a review). Trust only landmarks,
            // hidden elements and comments.
            let kept = good.first ?? 0
            if kept >= Self.namesWipeOutKept || total < Self.namesWipeOutTotal { break }
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = nodes[index]
            if node.tag == .text {
                if !node.context.contains(.link) { plain[index] = node.characters }
            } else if pruned[index] {
                plain[index] = 0
                continue
            }
            if node.parent >= 0 { plain[Int(node.parent)] += plain[index] }
        }
    }

    static func isProse(own: Int32, links: Int32, tag: HTMLTag, minimumProse: Int32) -> Bool {
        guard own >= minimumProse, tag.headingLevel == nil else { return false }
        return Double(links) <= maximumProseLinkShare * Double(own)
    }

    private static func goodText(_ nodes: [PageNode], own: [Int32], ownLinks: [Int32], pruned: [Bool], minimumProse: Int32) -> [Int32] {
        var good = Array(repeating: Int32(0), count: nodes.count)
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            let node = nodes[index]
            guard node.tag != .text else { continue }
            if pruned[index] {
                good[index] = 0
                continue
            }
            if isProse(own: own[index], links: ownLinks[index], tag: node.tag, minimumProse: minimumProse) {
                good[index] += own[index] - ownLinks[index]
            }
            if node.parent >= 0 { good[Int(node.parent)] += good[index] }
        }
        return good
    }

    /// A pop-up, shown over the page when something opens it: hidden at load and a dialog, named
    /// as a pop-up, or a gallery (its lightbox: `role="dialog" aria-hidden="true"`, `class="modal"
    /// hidden`, `id="gallery-10" hidden`); or a dialog under a boilerplate class or id (a cookie
    /// banner with `role="dialog"`: the role confirms the name, which the rescue would overrule).
    static func isPopUp(_ node: PageNode) -> Bool {
        let flags = node.flags
        if flags.contains(.hidden), !flags.isDisjoint(with: [.dialog, .popupName, .galleryName]) { return true }
        return flags.contains(.dialog) && flags.contains(.boilerplateClassName)
    }

    /// Dropped wherever it is: named or marked as boilerplate, hidden, or a navigation landmark.
    /// A name does not drop an embedded post's wrapper (``EmbeddedPosts``).
    static func isBoilerplate(
        _ tree: PageTree, _ index: Int, characters: [Int32], linkCharacters: [Int32], quoted: [Int32], trustingNames: Bool
    ) -> Bool {
        let nodes = tree.nodes
        let node = nodes[index]
        if node.flags.contains(.hidden) || node.flags.contains(.comments) { return true }
        if trustingNames, node.flags.contains(.boilerplateName), !node.flags.contains(.strongContent),
           !EmbeddedPosts.holdsPost(index, quoted: quoted, characters: characters)
        {
            // "content sidebar-left" names both; the body wins only when it is named explicitly.
            if !node.flags.contains(.contentName) { return true }
        }
        if trustingNames, node.flags.contains(.teaserName), !node.flags.contains(.contentName),
           Double(linkCharacters[index]) >= teaserLinkShare * Double(characters[index])
        {
            return true
        }
        if TeaserLists.isTeaserList(tree, index, characters: characters, linkCharacters: linkCharacters) { return true }
        switch node.tag {
        case .nav, .aside, .footer: return true
        case .header:
            // A page or site header; an article's own <header> holds its headline and is kept.
            for inner in (index + 1)..<Int(node.end) where nodes[inner].tag == .h1 || nodes[inner].tag == .h2 { return false }
            return true
        default:
            return false
        }
    }
}
