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
        if wholeGalleryHashes.contains(hash) { return .gallery }
        if wholeBoilerplateHashes.contains(hash) { return .boilerplate }
        guard let first = token.first, let last = token.last else { return [] }
        for stem in commentStemBytes where affixes(token, stem, first, last) { return [.boilerplate, .comments] }
        for stem in stemBytes where affixes(token, stem, first, last) { return .boilerplate }
        for stem in galleryStemBytes where affixes(token, stem, first, last) { return .gallery }
        return []
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
    private static let wholeGalleryHashes = Set(wholeGallery.map { fnv1a($0.utf8) })
    private static let galleryStemBytes = galleryStems.map { Array($0.utf8) }
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

    /// Tokens that name a picture gallery or slideshow only as whole words ("slides", not
    /// "slidesharing").
    static let wholeGallery: Set<String> = ["slides"]

    /// Stems that name a picture gallery or slideshow at the start or end of a token
    /// ("photogallery", "gallery-item", "Bildergalerie", "slideshowNav").
    static let galleryStems: [String] = ["gallery", "galerie", "slideshow", "carousel"]

    /// Tokens that are boilerplate only as whole words (as stems they would match too much).
    static let wholeBoilerplate: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "anzeige", "werbung", "banner", "banners", "byline", "dateline",
        "tags", "tagcloud", "taglist", "tag", "pager", "pagination", "paging", "toolbar", "masthead", "popup",
        "modal", "overlay", "print", "rating", "skiplink", "sponsor", "sponsored", "outbrain", "taboola",
        "breadcrumb", "breadcrumbs", "meta", "postmeta", "entrymeta", "author", "authors",
        "login", "signup", "subscribe", "subscription", "newsletter",
        "copyright", "legal", "imprint", "impressum", "disclaimer", "recommended", "recommendations", "more",
        "readmore", "trending", "popular", "mostread", "cta", "credit", "credits", "bio", "authorbio",
        "donate", "donation", "recirculation", "ratings", "license", "licence",
    ]

    /// Stems matched at the start or end of a token.
    static let stems: [String] = [
        "nav", "menu", "footer", "sidebar", "cookie", "consent", "gdpr", "share", "sharing", "social", "related",
        "advert", "adsense", "banner", "breadcrumb", "newsletter", "promo", "sponsor", "popup", "subscribe",
        "addthis", "shariff", "sharedaddy", "pagination", "signup", "toolbar", "sidebox", "topbar",
        "bottombar", "sitemap", "follow", "facebook", "twitter", "linkedin", "whatsapp", "pinterest",
    ]

    static let commentStems: [String] = ["comment", "disqus", "respond", "discussion", "reply", "replies"]
}
