/// A compact copy of the parts of a parsed page the extractor needs, in document (pre)order.
///
/// Copying out of libxml2 once is cheaper than asking its tree questions repeatedly: every node is
/// one small struct in an array, a subtree is the index range `i + 1 ..< nodes[i].end`, and all text
/// lives in one byte buffer. Inline elements are not recorded (their text is enough) unless they
/// are hidden or named like boilerplate, so that they can be dropped.
struct PageTree {
    var nodes: [PageNode] = []
    /// The text of every text node, UTF-8, as the page had it (white space not yet folded).
    var text: [UInt8] = []
    var metadata = PageMetadataSource()

    /// The text node's bytes.
    func bytes(of node: PageNode) -> ArraySlice<UInt8> { text[Int(node.textStart)..<Int(node.textEnd)] }
}

struct PageNode {
    var tag: HTMLTag
    var flags: NodeFlags = []
    /// For text nodes: where the text sits (inside a link, a quote, preformatted text).
    var context: TextContext = []
    var parent: Int32
    /// One past the last node of this node's subtree.
    var end: Int32 = 0
    /// For text nodes: the nearest block element above (-1: none), which the text belongs to.
    var owner: Int32 = -1
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
    /// For text nodes: visible characters (not white space).
    var characters: Int32 = 0
}

struct NodeFlags: OptionSet {
    let rawValue: UInt16
    /// class, id or role names it navigation, ads, share bars, cookie banners and the like.
    static let boilerplateName = NodeFlags(rawValue: 1 << 0)
    /// class, id, itemprop or role names it the article body.
    static let contentName = NodeFlags(rawValue: 1 << 1)
    /// Comments and discussion.
    static let comments = NodeFlags(rawValue: 1 << 2)
    /// `hidden`, `aria-hidden="true"`, or `display: none` / `visibility: hidden` inline.
    static let hidden = NodeFlags(rawValue: 1 << 3)
    /// `itemprop="articleBody"` or `role="main"`-like strong hints.
    static let strongContent = NodeFlags(rawValue: 1 << 4)
    /// class or id names it an image's caption or credit ("wp-caption-text", "img-caption").
    static let captionName = NodeFlags(rawValue: 1 << 5)
    /// class or id names it a teaser: a list of other articles, or the article's own lead.
    static let teaserName = NodeFlags(rawValue: 1 << 6)
    /// `role="dialog"` / `"alertdialog"` or `aria-modal="true"`: shown over the page. Alone it
    /// drops nothing (a reader view or a lightbox showing the article is a dialog); hidden at load
    /// or named as boilerplate as well, it is a pop-up (``TextStatistics/isPopUp(_:)``).
    static let dialog = NodeFlags(rawValue: 1 << 7)
    /// class or id names it a picture gallery or slideshow ("gallery", "slideshow", "carousel").
    static let galleryName = NodeFlags(rawValue: 1 << 8)
    /// class or id names it a pop-up ("modal", "overlay", "popup"); with `boilerplateName`.
    static let popupName = NodeFlags(rawValue: 1 << 9)
    /// class or id (not a role) names it boilerplate: with `dialog`, a pop-up such as a cookie banner.
    static let boilerplateClassName = NodeFlags(rawValue: 1 << 10)
}

struct TextContext: OptionSet {
    let rawValue: UInt8
    static let link = TextContext(rawValue: 1 << 0)
    static let quote = TextContext(rawValue: 1 << 1)
    static let preformatted = TextContext(rawValue: 1 << 2)
    static let heading = TextContext(rawValue: 1 << 3)
    static let list = TextContext(rawValue: 1 << 4)
    static let table = TextContext(rawValue: 1 << 5)
}

/// Raw metadata gathered during the scan; ``MetadataReader`` interprets it.
struct PageMetadataSource {
    var titleElement: String?
    /// `<meta>` name/property/itemprop (lowercased) and content, in order.
    var metas: [(key: String, content: String)] = []
    var canonicalLink: String?
    var language: String?
    /// The texts of `<script type="application/ld+json">` elements.
    var jsonLD: [String] = []
    /// `datetime` of the first `<time>` element.
    var firstTimeDatetime: String?
}
