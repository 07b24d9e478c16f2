/// Turns the main-content element's subtree into ordered ``ContentBlock``s.
///
/// Text joins into one block until the block that owns it changes, or a block element or `<br>`
/// intervenes; so inline markup ("<b>two</b>three") never splits words. Inside the main content it
/// still drops pruned subtrees (share bars, hidden elements, comment threads) and blocks that are
/// mostly link text (link lists, "read more" teasers).
struct BlockRenderer {
    let tree: PageTree
    let statistics: TextStatistics

    /// A block whose links make up more than this share of its text is navigation.
    static let maximumLinkShare = 0.35
    /// Visible characters outside links (about 20 words) that make a block the article's prose
    /// however many links it carries: a paragraph of the body with a citation link over half its
    /// words, or one that opens with a link, is still the body. Navigation has no such sentences.
    static let proseOutsideLinks: Int32 = 110
    /// Visible characters of a linked item of a numbered list that make it a reference (a title
    /// and a source), not a label.
    static let minimumReference: Int32 = 30
    /// Dropped text shorter than this leaves no mark for ``BlockContext``.
    static let significantDrop: Int32 = 20

    /// The blocks in order, with the dropped parts marked where they were: context for
    /// ``BlockContext`` to judge short blocks by their neighbours.
    private(set) var candidates: [BlockContext.Candidate] = []
    private var pending: [UInt8] = []
    private var pendingOwner: Int32 = -1
    private var pendingContext: TextContext = []
    /// The node index of the pending block's first text node.
    private var pendingStart: Int32 = -1
    /// The pending block is a link-dense line kept aside for ``LinkedLines`` to judge.
    private var pendingIsLinkedLine = false
    /// Whether the pending block's visible text sits in inline caption-named elements, and
    /// whether some of it does not.
    private var pendingInCaption = false
    private var pendingOutsideCaption = false
    /// The rendered subtree's root: a gallery's name counts only below it (a page template named
    /// "format-gallery" says nothing about its paragraphs).
    private var root: Int32 = -1

    init(tree: PageTree, statistics: TextStatistics) {
        self.tree = tree
        self.statistics = statistics
    }

    /// Renders `root`'s subtree.
    mutating func render(_ root: Int) {
        self.root = Int32(root)
        let nodes = tree.nodes
        var index = root
        let end = Int(nodes[root].end)
        while index < end {
            let node = nodes[index]
            if node.tag == .text {
                if node.owner != pendingOwner { flush() }
                let kept = keeps(owner: node.owner, context: node.context)
                if kept || isLinkedLine(node.owner) {
                    if pending.isEmpty {
                        pendingContext = node.context
                        pendingStart = Int32(index)
                        pendingIsLinkedLine = !kept
                    }
                    pendingOwner = node.owner
                    pending.append(contentsOf: tree.bytes(of: node))
                    if node.characters > 0 {
                        if inInlineCaption(index) { pendingInCaption = true } else { pendingOutsideCaption = true }
                    }
                } else if pendingOwner != node.owner {
                    pendingOwner = node.owner
                    // A single linked word (an ingredient, a name) is no evidence of boilerplate.
                    if statistics.ownCharacters[Int(node.owner)] >= Self.significantDrop { markDropped(at: index) }
                }
                index += 1
                continue
            }
            if node.tag.isBlock { flush() }
            if statistics.pruned[index] {
                if statistics.characters[index] >= Self.significantDrop { markDropped(at: index) }
                index = max(index + 1, Int(node.end))
                continue
            }
            index += 1
        }
        flush()
    }

    /// Renders a single heading element (the headline found outside the main content).
    mutating func renderHeading(_ index: Int) {
        let node = tree.nodes[index]
        for inner in (index + 1)..<Int(node.end) where tree.nodes[inner].tag == .text {
            pending.append(contentsOf: tree.bytes(of: tree.nodes[inner]))
        }
        pendingOwner = Int32(index)
        pendingContext = [.heading]
        pendingStart = Int32(index)
        flush()
    }

    /// Whether the owner's text is kept: not mostly links, or with a sentence's worth outside
    /// them, or a reference; inside a quotation, always (an embedded post ends with its author's
    /// handle and a linked date, and quotes its links) when it has words outside its links (a
    /// quoted card that is one link is a teaser for another post).
    private func keeps(owner: Int32, context: TextContext) -> Bool {
        guard owner >= 0 else { return true }
        let own = statistics.ownCharacters[Int(owner)]
        let links = statistics.ownLinkCharacters[Int(owner)]
        if context.contains(.quote), own - links >= LinkedLines.minimumOwnWords { return true }
        return own == 0 || Double(links) <= Self.maximumLinkShare * Double(own) || own - links >= Self.proseOutsideLinks
            || isReference(owner)
    }

    /// A paragraph of a line or two, mostly links but with words of its own ("The full ruling is
    /// available online."), or wholly one short link ("See the full list of extra bus
    /// services."), whose links are a few words, not another article's headline: kept aside, as a
    /// dropped part that ``LinkedLines`` may restore when it ends like a sentence.
    private func isLinkedLine(_ owner: Int32) -> Bool {
        guard owner >= 0, tree.nodes[Int(owner)].tag == .p else { return false }
        let own = statistics.ownCharacters[Int(owner)]
        let links = statistics.ownLinkCharacters[Int(owner)]
        return own <= LinkedLines.maximumCharacters && (own - links >= LinkedLines.minimumOwnWords || own == links)
            && links <= LinkedLines.maximumLinkCharacters
    }

    /// An item of a numbered list that names a document, linked: the sources an article ends
    /// with. Navigation and teaser lists are bulleted.
    private func isReference(_ owner: Int32) -> Bool {
        let node = tree.nodes[Int(owner)]
        guard node.tag == .li, node.parent >= 0, tree.nodes[Int(node.parent)].tag == .ol else { return false }
        return statistics.ownCharacters[Int(owner)] >= Self.minimumReference
    }

    private mutating func flush() {
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingOwner = -1
            pendingIsLinkedLine = false
            pendingInCaption = false
            pendingOutsideCaption = false
        }
        guard !pending.isEmpty else { return }
        let ownerTag = pendingOwner >= 0 ? tree.nodes[Int(pendingOwner)].tag : .body
        let preformatted = pendingContext.contains(.preformatted)
        let text = preformatted ? Self.trimmedLines(pending) : Self.folded(pending)
        guard !text.isEmpty else { return }
        let block = Self.block(text: text, ownerTag: ownerTag, context: pendingContext, owner: pendingOwner, tree: tree)
        let container = pendingOwner >= 0 ? tree.nodes[Int(pendingOwner)].parent : -1
        if pendingIsLinkedLine {
            candidates.append(BlockContext.Candidate(block: nil, position: pendingStart, linkedLine: block, container: container))
            return
        }
        candidates.append(BlockContext.Candidate(block: block, inTextualList: inTextualList(pendingOwner),
                                                 isImageCaption: isImageCaption(pendingOwner) || isInlineCaption(ownerTag),
                                                 isSource: pendingOwner >= 0 && isReference(pendingOwner), position: pendingStart,
                                                 container: container))
    }

    /// Whether the block is a `<figcaption>` or sits in an element named as a caption, within a
    /// few levels, or in a gallery; with `orFigure`, inside a `<figure>` too (said of dropped
    /// parts: a figure's text that is not its caption is a credit or a button).
    private func isImageCaption(_ owner: Int32, orFigure: Bool = false) -> Bool {
        var ancestor = owner
        var steps = 0
        while ancestor >= 0, steps < 4 {
            let node = tree.nodes[Int(ancestor)]
            if node.tag == .figcaption || node.flags.contains(.captionName) || (orFigure && node.tag == .figure) { return true }
            ancestor = node.parent
            steps += 1
        }
        return inGallery(owner)
    }

    /// Whether the pending block is a caption in inline elements: all its visible text in
    /// caption-named inline elements, as a bare run in a container between paragraphs. A
    /// paragraph element of its own is a paragraph, whatever its spans are named (a typography
    /// class "mdc-typography--caption" says how it is set, not what it is).
    private func isInlineCaption(_ ownerTag: HTMLTag) -> Bool {
        pendingInCaption && !pendingOutsideCaption && ownerTag != .p
    }

    /// Whether the text node sits in an inline element named as a caption inside its block
    /// (`<span class="caption">` between two paragraphs): its block is the container's, whose
    /// name says nothing.
    private func inInlineCaption(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        var ancestor = node.parent
        while ancestor > node.owner {
            if tree.nodes[Int(ancestor)].flags.contains(.captionName) { return true }
            ancestor = tree.nodes[Int(ancestor)].parent
        }
        return false
    }

    /// Whether the block sits in a gallery or slideshow below the rendered root, however deep:
    /// a slide's title and text describe its picture, like a caption (``ImageCaptions``). An
    /// element so named (``BoilerplateNames/namesGallery(_:)``) that holds half the text's prose
    /// or more is a slideshow page whose slides are its text, or the article under a gallery's
    /// name.
    private func inGallery(_ owner: Int32) -> Bool {
        guard root >= 0 else { return false }
        var ancestor = owner
        while ancestor > root {
            let node = tree.nodes[Int(ancestor)]
            if node.flags.contains(.galleryName), 2 * statistics.good[Int(ancestor)] < statistics.good[Int(root)] { return true }
            ancestor = node.parent
        }
        return false
    }

    /// Whether the block's nearest list or table (within a few levels) is mostly text, not links.
    private func inTextualList(_ owner: Int32) -> Bool {
        var ancestor = owner
        var steps = 0
        while ancestor >= 0, steps < 6 {
            switch tree.nodes[Int(ancestor)].tag {
            case .ul, .ol, .dl, .table:
                let characters = statistics.characters[Int(ancestor)]
                if tree.nodes[Int(ancestor)].tag == .ol, isReference(owner) { return true }
                return characters > 0 && Double(statistics.linkCharacters[Int(ancestor)]) < 0.3 * Double(characters)
            default:
                ancestor = tree.nodes[Int(ancestor)].parent
                steps += 1
            }
        }
        return false
    }

    private mutating func markDropped(at index: Int) {
        // A part dropped inside a figure (a credit, a share button on the picture) is the
        // picture's, and goes with its caption (``ImageCaptions``).
        let inFigure = isImageCaption(Int32(index), orFigure: true)
        // One mark for a run of dropped parts; a linked line kept aside is a mark of its own.
        if let last = candidates.last, last.block == nil, last.linkedLine == nil, last.isImageCaption == inFigure { return }
        candidates.append(BlockContext.Candidate(block: nil, isImageCaption: inFigure, position: Int32(index)))
    }

    private static func block(text: String, ownerTag: HTMLTag, context: TextContext, owner: Int32, tree: PageTree) -> ContentBlock {
        if let level = ownerTag.headingLevel { return ContentBlock(kind: .heading, text: text, headingLevel: level) }
        if context.contains(.heading) {
            var ancestor = owner
            while ancestor >= 0 {
                if let level = tree.nodes[Int(ancestor)].tag.headingLevel { return ContentBlock(kind: .heading, text: text, headingLevel: level) }
                ancestor = tree.nodes[Int(ancestor)].parent
            }
        }
        if context.contains(.preformatted) { return ContentBlock(kind: .preformatted, text: text) }
        switch ownerTag {
        case .li, .dt, .dd: return ContentBlock(kind: .listItem, text: text)
        case .td, .th: return ContentBlock(kind: .tableCell, text: text)
        case .caption, .figcaption: return ContentBlock(kind: .caption, text: text)
        default: break
        }
        if context.contains(.quote) { return ContentBlock(kind: .quote, text: text) }
        return ContentBlock(kind: .paragraph, text: text)
    }

    /// Runs of white space (ASCII and no-break spaces) become one space; ends trimmed.
    static func folded(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte <= 0x20 {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Preformatted text keeps its lines; only blank lines at either end go.
    static func trimmedLines(_ bytes: [UInt8]) -> String {
        var slice = bytes[...]
        while let first = slice.first, first == 0x0A || first == 0x0D { slice = slice.dropFirst() }
        while let last = slice.last, last <= 0x20 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
