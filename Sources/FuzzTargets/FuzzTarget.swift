import Extractor
import FactCheck
import FactCheckModel
import ScholarlySources
import TextAnalysis
import WebExtraction

/// One parser that reads bytes written by strangers, run the way the tool runs it.
///
/// The fuzzing driver (`factcheck-fuzz`, built with libFuzzer by `Fuzz/run`) feeds each target
/// mutated inputs; `FuzzRegressionTests` replays the seed corpus and every input that ever crashed
/// a target (`Fuzz/Corpus`, `Fuzz/Regressions`) in the ordinary test run. A target passes an input
/// when it returns: a thrown error is a correct answer to bad input, while a trap (an index out of
/// range, an overflow, a forced unwrap), a hang or runaway memory is the bug being looked for.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A `.txt` article: reading, sentences, spans, and the claims found in it.
    case articleText = "article-text"
    /// A `.md` article: Markdown blocks, links, footnotes, reference lists, claims.
    case articleMarkdown = "article-markdown"
    /// An `.html` article read through libxml2, with its links and claims.
    case articleHTML = "article-html"
    /// A fetched web page: encoding detection, main-text extraction, metadata and passages.
    case webPage = "web-page"
    /// An NCBI E-utilities `efetch` PubMed XML answer.
    case pubmedXML = "pubmed-xml"
    /// A PMC JATS full-text article (`.nxml`).
    case jatsXML = "jats-xml"
    /// E-utilities `esearch` and `elink` XML answers.
    case eutilsXML = "eutils-xml"
    /// A Crossref REST `/works/{doi}` JSON answer.
    case crossrefJSON = "crossref-json"
    /// A Europe PMC REST search JSON answer.
    case europePMCJSON = "europepmc-json"
    /// Quantities in a sentence ("more than 80 percent", "eight in ten", "3 to 7 hours").
    case quantities
    /// A `.factcheck.toml` configuration, parsed and validated.
    case configuration

    /// Runs the target on one input. Returns whatever the parser concluded; only traps are failures.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .articleText: Self.extractClaims(bytes, path: "fuzz.txt", format: .text)
        case .articleMarkdown: Self.extractClaims(bytes, path: "fuzz.md", format: .markdown)
        case .articleHTML: Self.extractClaims(bytes, path: "fuzz.html", format: .html)
        case .webPage:
            // The first byte picks the charset the server declared, so declared-and-wrong
            // encodings are explored too.
            let charsets: [String?] = [nil, "utf-8", "iso-8859-1", "windows-1252", "shift_jis", "utf-16", "bogus"]
            let charset = bytes.first.map { charsets[Int($0) % charsets.count] } ?? nil
            if let page = try? WebPageExtractor.extract(bytes: bytes, charset: charset, url: "https://example.org/page") {
                _ = WebPageExtractor.passages(of: page)
            }
        case .pubmedXML: _ = try? PubMedArticleParser.records(from: bytes)
        case .jatsXML: _ = try? JATSArticleParser.records(from: bytes)
        case .eutilsXML:
            _ = try? ESearchParser.result(from: bytes)
            _ = try? ELinkParser.linkedIDs(from: bytes)
        case .crossrefJSON: _ = try? CrossrefWorkParser.record(from: bytes)
        case .europePMCJSON: _ = try? EuropePMCSearchParser.records(from: bytes)
        case .quantities: _ = QuantityParser.quantities(in: String(decoding: bytes, as: UTF8.self))
        case .configuration:
            // Invalid UTF-8 is refused before parsing, as `Configuration.load` does.
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            _ = try? Configuration.parse(text, path: "/nonexistent/fuzz/.factcheck.toml")
        }
    }

    private static let extractor = ClaimExtractor()

    private static func extractClaims(_ bytes: [UInt8], path: String, format: Article.Format) {
        _ = try? extractor.extract(bytes: bytes, path: path, format: format)
    }
}
