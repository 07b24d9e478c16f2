/// The tags the extractor treats differently, recognised from libxml2's name bytes without
/// allocating. Everything else is `.inline` (span, em, a's cousins) or `.otherBlock`.
enum HTMLTag: UInt8 {
    case inline
    case text  // not a tag: a text node in the page tree
    // Never content; their subtrees are not even recorded.
    case ignored
    // Document structure and metadata.
    case html, head, body, title, meta, link, script, time
    // Containers.
    case div, section, article, main, form, otherBlock, center, figure
    // What a reader without scripts sees: a fallback notice or pixel, or the page's text itself
    // (``PageTreeBuilder`` hides the short ones).
    case noscript
    // Landmarks that are boilerplate outside the main content.
    case nav, aside, footer, header
    // Text blocks.
    case p, h1, h2, h3, h4, h5, h6, blockquote, pre, address, figcaption, caption
    case ul, ol, dl, li, dt, dd, table, tr, td, th
    case br, hr, a, img
    // Form controls: recorded without their contents, as the anchors of widgets (see
    // ``WidgetBoxes``). Buttons are not among them (a "Copy" or "Play" button sits inside
    // content), nor `<select>` (a unit or speed picker beside a recipe's table or an audio player).
    case control

    /// Recognises a tag name from its bytes. Names of up to 8 bytes are packed into one integer and
    /// looked up; the two longer names that matter are compared directly.
    static func from(_ name: UnsafeRawBufferPointer) -> HTMLTag {
        switch name.count {
        case 1...8:
            var key: UInt64 = 0
            for (offset, byte) in name.enumerated() {
                // libxml2 lowercases HTML tag names; fold anyway for names that arrive otherwise.
                let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                key |= UInt64(folded) << (UInt64(offset) * 8)
            }
            return names[key] ?? .inline
        case 10:
            if name.elementsEqual("blockquote".utf8) { return .blockquote }
            if name.elementsEqual("figcaption".utf8) { return .figcaption }
            return .inline
        default:
            return .inline
        }
    }

    private static func key(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        for (offset, byte) in name.utf8.enumerated() { key |= UInt64(byte) << (UInt64(offset) * 8) }
        return key
    }

    private static let names: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        let named: [(String, HTMLTag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
            ("script", .script), ("time", .time), ("div", .div), ("section", .section), ("article", .article),
            ("main", .main), ("form", .form), ("center", .center), ("figure", .figure), ("nav", .nav),
            ("aside", .aside), ("footer", .footer), ("header", .header), ("p", .p), ("h1", .h1), ("h2", .h2),
            ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6), ("pre", .pre),
            ("address", .address), ("caption", .caption), ("ul", .ul), ("ol", .ol),
            ("dl", .dl), ("li", .li), ("dt", .dt), ("dd", .dd), ("table", .table), ("tr", .tr), ("td", .td),
            ("th", .th), ("br", .br), ("hr", .hr), ("a", .a), ("img", .img),
            ("tbody", .otherBlock), ("thead", .otherBlock), ("tfoot", .otherBlock), ("details", .otherBlock),
            ("summary", .otherBlock), ("fieldset", .otherBlock), ("legend", .otherBlock), ("menu", .nav),
            ("hgroup", .otherBlock), ("dialog", .ignored), ("noscript", .noscript), ("style", .ignored),
            ("template", .ignored), ("svg", .ignored), ("math", .ignored), ("iframe", .ignored),
            ("object", .ignored), ("embed", .ignored), ("canvas", .ignored), ("audio", .ignored),
            ("video", .ignored), ("select", .ignored), ("textarea", .control), ("button", .ignored),
            ("input", .control), ("map", .ignored), ("picture", .inline), ("source", .ignored),
            ("option", .ignored), ("label", .inline), ("frameset", .ignored), ("frame", .ignored),
        ]
        for (name, tag) in named { table[key(name)] = tag }
        return table
    }()

    /// Elements that start a new block of text: text on either side of them never joins.
    var isBlock: Bool {
        switch self {
        case .inline, .text, .ignored, .a, .img, .time, .title, .meta, .link, .script, .control: false
        default: true
        }
    }

    /// Elements that hold text, not other blocks, in well-formed pages.
    var isTextBlock: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .pre, .td, .th, .caption, .figcaption, .address: true
        default: false
        }
    }

    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }
}
