import FactCheckModel
@testable import Extractor

/// What the sentence-level extractor suites ask of the extractor, written once: whom a sentence
/// credits and the claim text it leaves, and the claims of a short plain-text article. A suite
/// conforms to use them.
protocol ExtractorProbing {}

extension ExtractorProbing {
    /// The source `AttributionParser` reads in one sentence, nil when it credits no one.
    func source(_ sentence: String) -> String? {
        AttributionParser.parse(sentence)?.attribution.source
    }

    /// The claim text a sentence gives after its source's lead-in (what `AttributionParser` leaves
    /// to check), nil when it credits no one.
    func claimText(_ sentence: String) -> String? {
        AttributionParser.parse(sentence).map { String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst($0.claimStart))) }
    }

    /// The claims `ClaimExtractor` finds in `text` read as a plain-text article.
    func claims(_ text: String) throws -> [Claim] {
        try ClaimExtractor().extract(bytes: Array(text.utf8), path: "news.txt", format: .text).claims
    }
}
