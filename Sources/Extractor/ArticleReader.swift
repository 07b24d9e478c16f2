import FactCheckModel
import TextAnalysis
import Foundation

/// Reads an article file into an ``Article``: checks the bytes, picks the reader by extension, and
/// assembles sentences with spans and links.
public struct ArticleReader: Sendable {
    /// Articles above this size are refused with a clear error rather than read slowly: a long
    /// feature is about 100 KB, so 16 MiB is generous, and a 50 MB "article" (a log, a dump) would
    /// take minutes and gigabytes to produce hundreds of thousands of claims nobody reads.
    public var maxBytes: Int

    public static let defaultMaxBytes = 16 * 1024 * 1024

    public init(maxBytes: Int = ArticleReader.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// The extensions factcheck reads, lowercased.
    public static let extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"]

    /// The format an article path is read as, or nil for files that are not articles.
    public static func format(of path: String) -> Article.Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": .text
        case "md", "markdown": .markdown
        case "html", "htm", "xhtml": .html
        default: nil
        }
    }

    /// Reads the file at `path` (as the user spelled it: reports name the article by it).
    public func read(path: String) throws -> Article {
        try assemble(path: path).article
    }

    func assemble(path: String) throws -> AssembledArticle {
        guard let format = Self.format(of: path) else { throw ExtractionError.unsupportedType(path: path) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ExtractionError.notFound(path: path)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maxBytes {
            throw ExtractionError.tooLarge(path: path, bytes: size, limit: maxBytes)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ExtractionError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try assemble(bytes: [UInt8](data), path: path, format: format)
    }

    /// Reads an article already in memory.
    public func read(bytes: [UInt8], path: String, format: Article.Format) throws -> Article {
        try assemble(bytes: bytes, path: path, format: format).article
    }

    /// The article and, per sentence, the article-text offset of each of its scalars (for spans of
    /// parts of a sentence, such as a claim without its attribution).
    func assemble(bytes: [UInt8], path: String, format: Article.Format) throws -> AssembledArticle {
        if bytes.count > maxBytes { throw ExtractionError.tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ExtractionError.empty(path: path)
        }
        if bytes.contains(0) { throw ExtractionError.binary(path: path) }
        let read: ReadArticle
        switch format {
        case .html:
            // libxml2 finds the encoding (BOM, <meta charset>); it replaces bytes it cannot decode.
            do {
                read = try HTMLArticleReader.read(bytes, path: path)
            } catch {
                throw ExtractionError.unreadable(path: path, reason: "\(error)")
            }
        case .text, .markdown:
            let text = try Self.decodeUTF8(bytes, path: path)
            read = format == .text ? PlainTextReader.read(text) : MarkdownReader.read(text)
        }
        return ArticleAssembler.assemble(read, path: path, format: format)
    }

    /// Strict UTF-8 (a leading BOM is dropped): a wrongly encoded file is an error that names the
    /// first bad byte, never silently garbled text whose spans would point at the wrong place.
    static func decodeUTF8(_ bytes: [UInt8], path: String) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                consumed += UTF8.width(scalar)
            case .emptyInput:
                return String(scalars)
            case .error:
                throw ExtractionError.invalidUTF8(path: path, byteOffset: consumed + (bytes.count - body.count))
            }
        }
    }
}

/// An article with the offsets of every sentence's scalars, and the locator for lines.
struct AssembledArticle {
    var article: Article
    var sentenceOffsets: [ArraySlice<Int>]
    var locator: LineLocator
}

/// Splits the blocks of a read article into sentences with spans and attaches links to them.
enum ArticleAssembler {
    static func assemble(_ read: ReadArticle, path: String, format: Article.Format) -> AssembledArticle {
        var read = read
        markReferenceSections(&read.blocks)
        var sentences: [Sentence] = []
        var sentenceOffsets: [ArraySlice<Int>] = []
        for (blockIndex, block) in read.blocks.enumerated() {
            let text = block.text
            var cursorIndex = text.startIndex
            var cursorScalar = 0
            for range in SentenceSplitter.sentenceRanges(in: text) {
                cursorScalar += text.unicodeScalars.distance(from: cursorIndex, to: range.lowerBound)
                let first = cursorScalar
                let length = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
                cursorScalar += length
                cursorIndex = range.upperBound
                guard length > 0 else { continue }
                let start = block.offsets[first]
                let end = block.offsets[first + length - 1] + 1
                let position = read.locator.position(of: start)
                sentenceOffsets.append(block.offsets[first..<(first + length)])
                sentences.append(Sentence(
                    text: String(text[range]),
                    span: TextSpan(start: start, end: end, line: position.line, column: position.column),
                    block: blockIndex, role: block.role))
            }
        }
        let links = read.links.map { found in
            Link(url: found.url, text: found.text, sentenceIndex: sentenceIndex(containing: found.offset, in: sentences))
        }
        let article = Article(
            path: path, format: format, text: read.text, title: read.title, sentences: sentences, links: links,
            headings: read.blocks.compactMap(\.heading))
        return AssembledArticle(article: article, sentenceOffsets: sentenceOffsets, locator: read.locator)
    }

    /// Blocks after a "References"-like heading (`Lexicon.referenceSectionTitles`), up to the next
    /// heading, hold citations, not claims.
    /// So do blocks after a paragraph that is only such a name and its colon ("Sources:"): a label
    /// line standing for a heading, as over a list of sources parted by empty lines.
    static func markReferenceSections(_ blocks: inout [TextBlock]) {
        var inReferences = false
        for index in blocks.indices {
            if blocks[index].role == .heading {
                let name = blocks[index].text.lowercased().trimmingCharacters(in: ":.# ")
                inReferences = Lexicon.referenceSectionTitles.contains(name)
            } else if isReferenceLabel(blocks[index].text) {
                inReferences = true
            } else if inReferences {
                blocks[index].role = .reference
            }
        }
    }

    /// Whether `text` is a references heading's name with a colon, alone on its line.
    static func isReferenceLabel(_ text: String) -> Bool {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasSuffix(":") else { return false }
        return Lexicon.referenceSectionTitles.contains(line.lowercased().trimmingCharacters(in: ": "))
    }

    /// The sentence whose span holds `offset`; a footnote marker right after a sentence's final
    /// point belongs to that sentence.
    static func sentenceIndex(containing offset: Int, in sentences: [Sentence]) -> Int? {
        var low = 0
        var high = sentences.count - 1
        var best: Int?
        while low <= high {
            let middle = (low + high) / 2
            if sentences[middle].span.start <= offset {
                best = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        guard let best else { return nil }
        let span = sentences[best].span
        return offset < span.end + 3 ? best : nil
    }
}
