import FactCheckModel

/// Reads what a `class` or `id` attribute says about its element: boilerplate (navigation, share
/// bars, cookie banners, comments, related-article teasers, ads) or the article body.
///
/// Names are split into lowercase alphanumeric tokens ("post-comments" → "post", "comments"), and
/// each token is matched whole, by prefix or by suffix against short stems, so "mainNav",
/// "site-footer", "sharebar" and "social-icons" are all caught while "shadow" or "loading" never
/// match "ad". These are generic web conventions, not rules for particular sites.
enum BoilerplateNames {
    struct Verdict: OptionSet {
        let rawValue: UInt8
        static let boilerplate = Verdict(rawValue: 1)
        static let content = Verdict(rawValue: 2)
        /// Comments and discussion threads: boilerplate for the article's text.
        static let comments = Verdict(rawValue: 4)
        /// A class that hides the element on every screen ("hidden", "is-hidden").
        static let hidden = Verdict(rawValue: 8)
        /// An image's caption or credit.
        static let caption = Verdict(rawValue: 16)
        /// A teaser: of other articles (mostly links), or of this one (its lead).
        static let teaser = Verdict(rawValue: 32)
        /// A picture gallery or slideshow: its slides' texts are captions.
        static let gallery = Verdict(rawValue: 64)
        /// A pop-up ("modal", "overlay", "popup"), with `boilerplate`: hidden at load as well, it
        /// is not rescued beside an article.
        static let popup = Verdict(rawValue: 128)
    }

    static func classify(_ value: UnsafeRawBufferPointer) -> Verdict {
        var verdict: Verdict = []
        var reader = ClassNameReader()
        var hidden = false
        var showsAtSomeSize = false
        for byte in value {
            if byte <= 0x20 {
                reader.endName(into: &verdict, hidden: &hidden, showsAtSomeSize: &showsAtSomeSize)
            } else {
                reader.add(byte)
            }
        }
        reader.endName(into: &verdict, hidden: &hidden, showsAtSomeSize: &showsAtSomeSize)
        // "hidden md:block": hidden on small screens only, shown on the page a reader of the
        // article sees.
        if hidden, !showsAtSomeSize { verdict.insert(.hidden) }
        return verdict
    }

    static func classifyToken(_ token: UnsafeBufferPointer<UInt8>) -> Verdict {
        let hash = fnv1a(token)
        if wholeContentHashes.contains(hash) { return .content }
        if captionHashes.contains(hash) { return .caption }
        if teaserHashes.contains(hash) { return .teaser }
        if popupHashes.contains(hash) { return [.boilerplate, .popup] }
        if wholeBoilerplateHashes.contains(hash) { return .boilerplate }
        guard let first = token.first, let last = token.last else { return [] }
        for stem in commentStemBytes where affixes(token, stem, first, last) { return [.boilerplate, .comments] }
        for stem in popupStemBytes where affixes(token, stem, first, last) { return [.boilerplate, .popup] }
        for stem in stemBytes where affixes(token, stem, first, last) { return .boilerplate }
        return []
    }

    /// Whether a name's tokens name a gallery or its slides: a gallery word, maybe after words
    /// that say what it shows ("photo-gallery", "wp-block-gallery", "owl-carousel"), and only slide
    /// parts or a number after it ("gallery-item", "carousel-inner", "gallery-10840"). The last word of a compound says what
    /// the element is: "gallery-story" is a story, "carousel-article" an article. A script's hook
    /// ("js-gallery") names what a script does with the element, not what it is, and a gallery
    /// word inside a token ("lightgallery", a script's name) is not a gallery word.
    static func namesGallery(_ tokens: [UnsafeBufferPointer<UInt8>]) -> Bool {
        guard let first = tokens.first, fnv1a(first) != scriptHookHash else { return false }
        guard let at = tokens.firstIndex(where: isGalleryWord) else { return false }
        return tokens[(at + 1)...].allSatisfy { token in
            slidePartHashes.contains(fnv1a(token)) || isGalleryWord(token) || token.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// A gallery word, or a German compound ending in "galerie" ("Bildergalerie").
    private static func isGalleryWord(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        galleryHashes.contains(fnv1a(token)) || (token.count > germanGalleryBytes.count && token.reversed().starts(with: germanGalleryBytes.reversed()))
    }

    /// Whether `stem` starts or ends `token`.
    private static func affixes(_ token: UnsafeBufferPointer<UInt8>, _ stem: [UInt8], _ first: UInt8, _ last: UInt8) -> Bool {
        guard token.count >= stem.count else { return false }
        if first == stem[0], token.starts(with: stem) { return true }
        return last == stem[stem.count - 1] && token[(token.count - stem.count)...].elementsEqual(stem)
    }

    /// FNV-1a, 64 bits: set membership of short tokens without building an array per token.
    @inline(__always)
    static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 { FNV1a.hash(bytes) }

    private static let wholeContentHashes = Set(wholeContent.map { fnv1a($0.utf8) })
    private static let teaserHashes = Set(["teaser", "teasers"].map { fnv1a($0.utf8) })
    private static let captionHashes = Set(captionWords.map { fnv1a($0.utf8) })
    private static let galleryHashes = Set(galleryWords.map { fnv1a($0.utf8) })
    private static let slidePartHashes = Set(slideParts.map { fnv1a($0.utf8) })
    private static let germanGalleryBytes = Array("galerie".utf8)
    private static let scriptHookHash = fnv1a("js".utf8)
    private static let popupHashes = Set(popupWords.map { fnv1a($0.utf8) })
    private static let popupStemBytes = popupStems.map { Array($0.utf8) }
    private static let wholeBoilerplateHashes = Set(wholeBoilerplate.map { fnv1a($0.utf8) })
    private static let stemBytes = stems.map { Array($0.utf8) }
    private static let commentStemBytes = commentStems.map { Array($0.utf8) }

    /// Tokens that name an article's body.
    static let wholeContent: Set<String> = [
        "articlebody", "articletext", "articlecontent", "storybody", "storytext", "storycontent", "entrycontent",
        "postcontent", "postbody", "posttext", "maincontent", "bodytext", "blogpost", "hentry",
    ]

    /// Tokens that name an image's caption (German templates often say "Bildunterschrift").
    static let captionWords: Set<String> = ["caption", "captions", "figcaption", "bildunterschrift"]

    /// Tokens that name a picture gallery or slideshow, as whole words ("slides", not
    /// "slidesharing"; "gallery", not "lightgallery"); German compounds on "galerie" too.
    static let galleryWords: Set<String> = [
        "gallery", "galleries", "galerie", "photogallery", "imagegallery", "slideshow", "slideshows", "carousel", "slides",
    ]

    /// Tokens that name a gallery's parts after its name ("gallery-item", "carousel-inner").
    static let slideParts: Set<String> = [
        "item", "items", "listitem", "slide", "slides", "cell", "inner", "wrapper", "container", "list", "grid",
    ]

    /// Tokens that name a pop-up shown over the page, whole or as stems ("popup-overlay").
    static let popupWords: Set<String> = ["popup", "modal", "overlay"]
    static let popupStems: [String] = ["popup"]

    /// Tokens that are boilerplate only as whole words (as stems they would match too much).
    static let wholeBoilerplate: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "anzeige", "werbung", "banner", "banners", "byline", "dateline",
        "tags", "tagcloud", "taglist", "tag", "pager", "pagination", "paging", "toolbar", "masthead",
        "print", "rating", "skiplink", "sponsor", "sponsored", "outbrain", "taboola",
        "breadcrumb", "breadcrumbs", "meta", "postmeta", "entrymeta", "author", "authors",
        "login", "signup", "subscribe", "subscription", "newsletter",
        "copyright", "legal", "imprint", "impressum", "disclaimer", "recommended", "recommendations", "more",
        "readmore", "trending", "popular", "mostread", "cta", "credit", "credits", "bio", "authorbio",
        "donate", "donation", "recirculation", "ratings", "license", "licence",
    ]

    /// Stems matched at the start or end of a token.
    static let stems: [String] = [
        "nav", "menu", "footer", "sidebar", "cookie", "consent", "gdpr", "share", "sharing", "social", "related",
        "advert", "adsense", "banner", "breadcrumb", "newsletter", "promo", "sponsor", "subscribe",
        "addthis", "shariff", "sharedaddy", "pagination", "signup", "toolbar", "sidebox", "topbar",
        "bottombar", "sitemap", "follow", "facebook", "twitter", "linkedin", "whatsapp", "pinterest",
    ]

    static let commentStems: [String] = ["comment", "disqus", "respond", "discussion", "reply", "replies"]
}
