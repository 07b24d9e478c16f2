import Extractor
import FactCheckModel
import Scorer
import Testing

/// The product's path (article -> `ClaimExtractor` -> `ClaimScorer`) compares every figure of a claim,
/// though the report shows only the figures the claim reports: the whole of a share ("half of the
/// *30* hospitals") is no finding to report, but a source must still agree with it.
@Suite struct ComparedFiguresTests {
    /// The one claim the extractor finds in `article`, checked against a page holding `passages`.
    func verdict(of article: String, against passages: [String]) throws -> (Claim, Verdict) {
        let extracted = try ClaimExtractor(gate: nil).extract(bytes: Array(article.utf8), path: "a.txt", format: .text)
        let claim = try #require(extracted.claims.first)
        let source = SourceDocument(
            ref: SourceRef(url: "https://example.org/report", origin: .link), status: .ok, finalURL: nil,
            title: "A report", contentType: "text/html",
            passages: passages.enumerated().map { Passage(index: $0.offset, text: $0.element) })
        return (claim, ClaimScorer().check(claim, sources: [source]).verdict)
    }

    @Test func aShareOfAnotherWholeIsContradicted() throws {
        let (claim, verdict) = try verdict(
            of: "Council survey\n\nTwo-thirds of the 1,200 respondents backed the harbour plan in the council survey, the council said.\n",
            against: ["The council asked residents about the harbour plan in May.",
                      "Two-thirds of the 900 respondents backed the harbour plan in the council survey."])
        #expect(!claim.quantities.contains { $0.value == 1200 })
        #expect(verdict == .contradicted)
    }

    @Test func aShareOfTheSameWholeIsSupported() throws {
        let (claim, verdict) = try verdict(
            of: "Hospitals in the valley\n\nHalf of the 30 hospitals in the valley closed between 2019 and 2022.\n",
            against: ["The health board reviewed hospital care in the valley over three years.",
                      "15 of the 30 hospitals in the valley closed between 2019 and 2022."])
        #expect(!claim.quantities.contains { $0.value == 30 })
        #expect(verdict == .supported)
    }
}
