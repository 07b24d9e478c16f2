import MarkupParsing

/// Copies a page into a ``PageTree`` as libxml2's parser reads it (``HTMLStream``), reading tag
/// names, attributes and text as bytes (no `String` per node). Scripts, styles, forms controls and media
/// are not copied at all; `<head>` yields only metadata.
struct PageTreeBuilder: MarkupScanner {
    private(set) var tree = PageTree()

    /// One entry per entered element, so `leave` can restore the state of the level above.
    private struct Level {
        var node: Int32  // the recorded node, or -1 for an unrecorded inline element
        var context: TextContext
        var owner: Int32
        var parent: Int32
        var capture: Capture
    }

    private enum Capture {
        case none, title, jsonLD, metadataOnly
    }

    private var stack: [Level] = []
    private var context: TextContext = []
    private var owner: Int32 = -1
    /// The innermost recorded element: the parent of the next node recorded.
    private var parent: Int32 = -1
    private var capture: Capture = .none
    private var captured: [UInt8] = []
    private var nameCache: [UInt64: BoilerplateNames.Verdict] = [:]
    /// Visible characters of every text node recorded so far, and that count where each open
    /// `<noscript>` began: what it holds is the difference when it closes.
    private var textCharacters = 0
    private var noscriptStarts: [Int] = []
    /// The `<noscript>`s long enough to be page text, with their characters, and the characters
    /// inside outermost `<noscript>`s: ``finish()`` weighs them against the rest of the page.
    private var longNoscripts: [(node: Int, characters: Int)] = []
    private var noscriptCharacters = 0

    init() {
        tree.nodes.reserveCapacity(4096)
        tree.text.reserveCapacity(64 * 1024)
        stack.reserveCapacity(256)
    }

    mutating func enter(_ element: ScannedElement) -> Bool {
        let tag = HTMLTag.from(element.nameBytes)
        if tag == .ignored { return skip() }
        switch tag {
        case .head:
            push(node: -1, capture: .metadataOnly)
            return true
        case .title where tree.metadata.titleElement == nil:
            captured.removeAll(keepingCapacity: true)
            push(node: -1, capture: .title)
            return true
        case .meta:
            readMeta(element)
            return skip()
        case .link:
            readLink(element)
            return skip()
        case .script:
            guard isJSONLD(element) else { return skip() }
            captured.removeAll(keepingCapacity: true)
            push(node: -1, capture: .jsonLD)
            return true
        case .html:
            element.forEachAttribute { name, value in
                if name.elementsEqual("lang".utf8), !value.isEmpty {
                    tree.metadata.language = String(decoding: value, as: UTF8.self)
                }
            }
        case .time where tree.metadata.firstTimeDatetime == nil:
            element.forEachAttribute { name, value in
                if name.elementsEqual("datetime".utf8), !value.isEmpty {
                    tree.metadata.firstTimeDatetime = String(decoding: value, as: UTF8.self)
                }
            }
        default:
            break
        }
        if tag == .control, capture == .none {
            // Only where it is matters (a poll's radio buttons, a sign-up field); its options and
            // text are not the page's. Hidden fields are everywhere in page-wide forms, and a
            // checkbox is as often a task list's tick as a form's.
            guard Self.isFieldAReaderFills(element) else { return skip() }
            var node = PageNode(tag: tag, parent: parent)
            node.end = Int32(tree.nodes.count + 1)
            tree.nodes.append(node)
            return skip()
        }
        if capture != .none {
            // Inside <head> or <title>: nothing is page text.
            push(node: -1, capture: capture)
            return capture == .metadataOnly
        }
        let flags = readFlags(element, tag: tag)
        guard tag.isBlock || !flags.isEmpty || tag == .br else {
            // An unrecorded inline element: only its effect on the text's context matters.
            let saved = context
            if tag == .a { context.insert(.link) }
            stack.append(Level(node: -1, context: saved, owner: owner, parent: parent, capture: capture))
            return true
        }
        let index = Int32(tree.nodes.count)
        tree.nodes.append(PageNode(tag: tag, flags: flags, parent: parent))
        let saved = context
        switch tag {
        case .a: context.insert(.link)
        case .blockquote: context.insert(.quote)
        case .pre: context.insert(.preformatted)
        case .h1, .h2, .h3, .h4, .h5, .h6: context.insert(.heading)
        case .ul, .ol, .dl: context.insert(.list)
        case .table: context.insert(.table)
        default: break
        }
        stack.append(Level(node: index, context: saved, owner: owner, parent: parent, capture: capture))
        if tag == .noscript { noscriptStarts.append(textCharacters) }
        parent = index
        if tag.isBlock { owner = index }
        return true
    }

    mutating func leave() {
        guard let level = stack.popLast() else { return }
        if level.node >= 0 {
            tree.nodes[Int(level.node)].end = Int32(tree.nodes.count)
            if tree.nodes[Int(level.node)].tag == .noscript, let start = noscriptStarts.popLast() {
                let characters = textCharacters - start
                if noscriptStarts.isEmpty { noscriptCharacters += characters }
                hideIfFallback(Int(level.node), characters: characters)
            }
        }
        switch capture {
        case .title where level.capture != .title:
            tree.metadata.titleElement = String(decoding: captured, as: UTF8.self)
        case .jsonLD where level.capture != .jsonLD:
            tree.metadata.jsonLD.append(String(decoding: captured, as: UTF8.self))
        default:
            break
        }
        context = level.context
        owner = level.owner
        parent = level.parent
        capture = level.capture
    }

    mutating func text(_ bytes: UnsafeRawBufferPointer) {
        switch capture {
        case .none: break
        case .title, .jsonLD:
            captured.append(contentsOf: bytes)
            return
        case .metadataOnly:
            return
        }
        var characters: Int32 = 0
        var spaces = 0  // no-break spaces (C2 A0): counted as characters, but nothing a reader sees
        var previous: UInt8 = 0
        for byte in bytes {
            if byte > 0x20, (byte & 0xC0) != 0x80 { characters += 1 }
            if byte == 0xA0, previous == 0xC2 { spaces += 1 }
            previous = byte
        }
        // White-space-only runs between elements matter only inside an owner's inline text.
        if characters == 0, owner < 0 { return }
        let start = Int32(tree.text.count)
        tree.text.append(contentsOf: bytes)
        var node = PageNode(tag: .text, context: context, parent: parent)
        node.owner = owner
        node.textStart = start
        node.textEnd = Int32(tree.text.count)
        node.characters = characters
        textCharacters += Int(characters) - spaces
        node.end = Int32(tree.nodes.count + 1)
        tree.nodes.append(node)
    }

    /// A `<noscript>` is what a reader without scripts sees instead of a script's work. Mostly it
    /// is a fallback: a tracking pixel, a "please enable JavaScript" notice, a player's link, a
    /// line or two at most. Some blogs and news sites draw the article with a script and put its
    /// text in `<noscript>` for readers and robots without one; that is page text like any other.
    /// Told apart by length: fewer than ``noscriptTextCharacters`` visible characters is a
    /// fallback, hidden (dropped wherever it is); a longer one is read only when it holds more
    /// text than the rest of the page (``finish()``), and is then judged by the same rules as
    /// the rest of the page (a menu in `<noscript>` is still a menu).
    /// (`characters`: the visible characters recorded inside it, from a running count, so nested
    /// `<noscript>`s cost no more than one.)
    private mutating func hideIfFallback(_ index: Int, characters: Int) {
        if characters < Self.noscriptTextCharacters {
            tree.nodes[index].flags.insert(.hidden)
        } else {
            longNoscripts.append((index, characters))
        }
    }

    /// Hides each long `<noscript>` that holds no more text than the page outside every
    /// `<noscript>`. A page drawn by a script has little text of its own (a menu, a footer) and
    /// its article in `<noscript>`; a page that has its article as text needs no `<noscript>`
    /// copy of it (read, it would be the article twice), and a long "turn on JavaScript" notice
    /// beside the article is not the page's text either. Called once the whole page is scanned.
    mutating func finish() {
        let outside = textCharacters - noscriptCharacters
        for noscript in longNoscripts where noscript.characters <= outside {
            tree.nodes[noscript.node].flags.insert(.hidden)
        }
        longNoscripts = []
    }

    /// About two sentences of prose without their spaces: more than a fallback notice says (one
    /// asking for JavaScript is a line of 40–100 characters).
    static let noscriptTextCharacters = 200

    /// An element whose children are not scanned still gets its `leave`, so it needs a level.
    private mutating func skip() -> Bool {
        push(node: -1, capture: capture)
        return false
    }

    private mutating func push(node: Int32, capture newCapture: Capture) {
        stack.append(Level(node: node, context: context, owner: owner, parent: parent, capture: capture))
        capture = newCapture
    }

    private mutating func readFlags(_ element: ScannedElement, tag: HTMLTag) -> NodeFlags {
        var flags: NodeFlags = []
        // A quotation's names say where it comes from ("twitter-tweet"), not what the page uses it
        // for; a heading's id is an anchor made from its words ("nav_the_results").
        let readsClass = tag != .blockquote
        let readsID = readsClass && tag.headingLevel == nil
        element.forEachAttribute { name, value in
            switch name.count {
            case 2 where readsID && name.elementsEqual("id".utf8), 5 where readsClass && name.elementsEqual("class".utf8):
                let verdict = classify(value)
                if verdict.contains(.boilerplate) { flags.formUnion([.boilerplateName, .boilerplateClassName]) }
                if verdict.contains(.comments) { flags.insert(.comments) }
                if verdict.contains(.content) { flags.insert(.contentName) }
                if verdict.contains(.hidden) { flags.insert(.hidden) }
                if verdict.contains(.caption) { flags.insert(.captionName) }
                if verdict.contains(.teaser) { flags.insert(.teaserName) }
                if verdict.contains(.gallery) { flags.insert(.galleryName) }
                if verdict.contains(.popup) { flags.insert(.popupName) }
            case 4 where name.elementsEqual("role".utf8):
                if Self.boilerplateRoles.contains(where: { value.elementsEqual($0.utf8) }) { flags.insert(.boilerplateName) }
                if value.elementsEqual("dialog".utf8) || value.elementsEqual("alertdialog".utf8) { flags.insert(.dialog) }
                if value.elementsEqual("main".utf8) || value.elementsEqual("article".utf8) { flags.insert(.contentName) }
            case 6 where name.elementsEqual("hidden".utf8):
                flags.insert(.hidden)
            case 8 where name.elementsEqual("itemprop".utf8):
                if value.elementsEqual("articleBody".utf8) || value.elementsEqual("text".utf8) {
                    flags.formUnion([.contentName, .strongContent])
                }
            case 11 where name.elementsEqual("aria-hidden".utf8):
                if value.elementsEqual("true".utf8) { flags.insert(.hidden) }
            case 10 where name.elementsEqual("aria-modal".utf8):
                if value.elementsEqual("true".utf8) { flags.insert(.dialog) }
            case 5 where name.elementsEqual("style".utf8):
                if Self.hidesElement(style: value) { flags.insert(.hidden) }
            default:
                break
            }
        }
        return flags
    }

    private mutating func classify(_ value: UnsafeRawBufferPointer) -> BoilerplateNames.Verdict {
        // Templates repeat their class names; remember each distinct value's verdict.
        let key = BoilerplateNames.fnv1a(value)
        if let known = nameCache[key] { return known }
        let verdict = BoilerplateNames.classify(value)
        nameCache[key] = verdict
        return verdict
    }

    static let boilerplateRoles = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alert"]

    /// `display:none` or `visibility:hidden`, however spaced or cased.
    static func hidesElement(style: UnsafeRawBufferPointer) -> Bool {
        // Cheap rejection first: nearly all inline styles hide nothing.
        guard style.contains(where: { $0 | 0x20 == UInt8(ascii: "n") }) else { return false }
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for byte in style where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    private static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard bytes.count >= length else { return false }
        for start in 0...(bytes.count - length) {
            var matched = true
            for offset in 0..<length where bytes[start + offset] != needle.utf8Start[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }

    /// `<textarea>`, and `<input>` other than hidden fields, checkboxes, buttons and
    /// read-only fields (a shop's quantity display).
    private static func isFieldAReaderFills(_ element: ScannedElement) -> Bool {
        var fills = true
        element.forEachAttribute { name, value in
            if name.elementsEqual("readonly".utf8) { fills = false }
            guard name.elementsEqual("type".utf8) else { return }
            let type = String(decoding: value, as: UTF8.self).lowercased()
            if ["hidden", "checkbox", "submit", "button", "image", "reset"].contains(type) { fills = false }
        }
        return fills
    }

    private func isJSONLD(_ element: ScannedElement) -> Bool {
        var result = false
        element.forEachAttribute { name, value in
            if name.elementsEqual("type".utf8) {
                result = String(decoding: value, as: UTF8.self).lowercased().contains("ld+json")
            }
        }
        return result
    }

    private mutating func readMeta(_ element: ScannedElement) {
        var key: String?
        var content: String?
        element.forEachAttribute { name, value in
            if name.elementsEqual("name".utf8) || name.elementsEqual("property".utf8) || name.elementsEqual("itemprop".utf8)
                || name.elementsEqual("http-equiv".utf8)
            {
                key = String(decoding: value, as: UTF8.self).lowercased()
            } else if name.elementsEqual("content".utf8) {
                content = String(decoding: value, as: UTF8.self)
            }
        }
        if let key, let content { tree.metadata.metas.append((key, content)) }
    }

    private mutating func readLink(_ element: ScannedElement) {
        var isCanonical = false
        var href: String?
        element.forEachAttribute { name, value in
            if name.elementsEqual("rel".utf8) {
                isCanonical = String(decoding: value, as: UTF8.self).lowercased().split(separator: " ").contains("canonical")
            } else if name.elementsEqual("href".utf8) {
                href = String(decoding: value, as: UTF8.self)
            }
        }
        if isCanonical, tree.metadata.canonicalLink == nil, let href, !href.isEmpty { tree.metadata.canonicalLink = href }
    }
}
