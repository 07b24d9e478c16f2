import FactCheckModel
import MarkupParsing

/// Extracts a web page's main text and metadata from its bytes.
///
/// ```swift
/// let page = try WebPageExtractor.extract(bytes: body, charset: "utf-8", url: url)
/// let passages = WebPageExtractor.passages(of: page)
/// ```
///
/// How: the bytes' encoding is decided first (``EncodingDetector``); libxml2's parser hands its events
/// straight to ``PageTreeBuilder``, which copies what matters into a compact ``PageTree`` (libxml2
/// builds no tree of its own); ``TextStatistics`` counts prose and link text
/// per element and prunes boilerplate (by landmark tag, class, id, role, hidden state);
/// ``MainContentLocator`` picks the element holding the article; ``BlockRenderer`` turns it into
/// blocks. Deterministic, no network, bounded by the input's size.
public enum WebPageExtractor {
    /// Pages past this size are refused rather than parsed (libxml2 counts in 32 bits, and nobody's
    /// article is 256 MB).
    public static let maximumBytes = 256 << 20

    /// - Parameters:
    ///   - charset: from the HTTP `Content-Type`, if any. Valid UTF-8 wins over any declaration.
    ///   - url: the page's address, for libxml2's bookkeeping only.
    public static func extract(bytes: [UInt8], charset: String? = nil, url: String? = nil) throws -> WebPage {
        guard !bytes.isEmpty else { throw ExtractionError.empty }
        guard bytes.count <= maximumBytes else { throw ExtractionError.tooLarge(bytes: bytes.count) }
        guard hasUTF16ByteOrderMark(bytes) || !looksBinary(bytes) else { throw ExtractionError.notText }
        let skimmed = MarkupSkimmer.skim(bytes)
        let encoding = EncodingDetector.encoding(of: skimmed, declared: charset)
        // An encoding libxml2 cannot load: let it sniff rather than lose the page.
        for attempt in [encoding, nil] as [String?] {
            var builder = PageTreeBuilder()
            if (try? HTMLStream.scan(html: skimmed, encoding: attempt, url: url, into: &builder)) != nil {
                builder.finish()
                return extract(from: builder.tree)
            }
        }
        throw ExtractionError.unparsable
    }

    /// Below this much prose on the whole page, short blocks count as text too.
    static let littleProse: Int32 = 300

    static func extract(from tree: PageTree) -> WebPage {
        let metadata = MetadataReader(tree.metadata)
        guard !tree.nodes.isEmpty else {
            return WebPage(title: metadata.title, author: metadata.author, date: metadata.date,
                           canonicalURL: metadata.canonicalURL, language: metadata.language,
                           blocks: bodyFallback(metadata.articleBody))
        }
        var statistics = TextStatistics(tree)
        if statistics.good.first ?? 0 < WebPageExtractor.littleProse {
            statistics = TextStatistics(tree, minimumProse: 10)
        }
        let main = MainContentLocator.locate(tree, statistics)
        // The headline and lead beside the main content, and the header inside it, go to the
        // metadata (see ``ArticleHeader``).
        var headerRenderer = BlockRenderer(tree: tree, statistics: statistics)
        let headline = headline(before: main, in: tree, statistics)
        if let headline { headerRenderer.renderHeading(headline) }
        for lead in ArticleLead.leads(before: main, after: headline, in: tree, statistics) { headerRenderer.render(lead) }
        var renderer = BlockRenderer(tree: tree, statistics: statistics)
        renderer.render(main)
        let parts = ArticleHeader.split(outside: headerRenderer.candidates, main: renderer.candidates, main: main, tree: tree, statistics)
        let header = ArticleHeader(blocks: parts.header.compactMap(\.block))
        var blocks = BlockContext.select(parts.body)
        if let body = metadata.articleBody {
            // The page embeds its article as text: trust it when the tree gave far less (a page
            // built by scripts, or a template the locator misread).
            let found = blocks.reduce(0) { $0 + $1.text.utf8.count }
            if body.utf8.count >= 500, found * 3 < body.utf8.count { blocks = bodyFallback(body) }
        }
        let title = metadata.title ?? header.headline ?? blocks.first(where: { $0.headingLevel == 1 })?.text
        return WebPage(title: title, author: metadata.author, date: metadata.date, canonicalURL: metadata.canonicalURL,
                       language: metadata.language, headline: header.headline, lead: header.lead, byline: header.byline,
                       blocks: blocks)
    }

    /// The page's `<h1>` when the main content does not hold one: the headline usually sits above the
    /// article's body container. Only an `<h1>` before the content and outside pruned parts counts.
    static func headline(before main: Int, in tree: PageTree, _ statistics: TextStatistics) -> Int? {
        let nodes = tree.nodes
        for index in main..<Int(nodes[main].end) where nodes[index].tag == .h1 { return nil }
        var index = 0
        var found: Int?
        while index < main {
            if nodes[index].tag != .text, statistics.pruned[index] {
                index = max(index + 1, Int(nodes[index].end))
                continue
            }
            if nodes[index].tag == .h1, statistics.characters[index] > 0 { found = index }
            index += 1
        }
        return found
    }

    private static func bodyFallback(_ body: String?) -> [ContentBlock] {
        guard let body else { return [] }
        return body.split(whereSeparator: \.isNewline)
            .map { MetadataReader.folded(String($0)) }
            .filter { !$0.isEmpty }
            .map { ContentBlock(kind: .paragraph, text: $0) }
    }

    /// UTF-16 text is full of NUL bytes; with a byte-order mark it is still text.
    static func hasUTF16ByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// NUL bytes or many C0 control characters near the start: an image or archive served as HTML.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let window = bytes.prefix(4096)
        var controls = 0
        for byte in window {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
        }
        return controls * 20 > window.count
    }
}
