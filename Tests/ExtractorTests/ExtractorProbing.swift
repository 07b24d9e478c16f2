import FactCheckModel
@testable import Extractor

/// What the sentence-level extractor suites ask of the extractor, written once: whom a sentence
/// credits, and the claims of a short plain-text article. A suite conforms to use them.
protocol ExtractorProbing {}

extension ExtractorProbing {
    /// The source `AttributionParser` reads in one sentence, nil when it credits no one.
    func source(_ sentence: String) -> String? {
        AttributionParser.parse(sentence)?.attribution.source
    }

    /// The claims `ClaimExtractor` finds in `text` read as a plain-text article.
    func claims(_ text: String) throws -> [Claim] {
        try ClaimExtractor().extract(bytes: Array(text.utf8), path: "news.txt", format: .text).claims
    }
}
