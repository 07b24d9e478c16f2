import FactCheckModel
@testable import Scorer
import TextAnalysis

/// Claims and sources written by hand, shaped the way the extractor and fetcher shape them.
enum Fixtures {
    /// A claim as the extractor would produce it: quantities and hedges parsed from the text.
    static func claim(
        _ text: String, kind: Claim.Kind = .general, attribution: Attribution? = nil, citations: [String] = []
    ) -> Claim {
        Claim(
            id: ClaimID.make(for: text), text: text, sentence: text,
            span: TextSpan(start: 0, end: text.unicodeScalars.count, line: 1, column: 1), kind: kind,
            checkworthiness: 0.9, attribution: attribution, hedges: HedgeLexicon.hedges(in: text),
            quantities: QuantityParser.quantities(in: text), citations: citations)
    }

    /// A readable source whose passages are `passages`, in order.
    static func source(
        _ url: String, _ passages: [String], origin: SourceRef.Origin = .link, title: String? = "A source",
        finalURL: String? = nil
    ) -> SourceDocument {
        SourceDocument(
            ref: SourceRef(url: url, origin: origin), status: .ok, finalURL: finalURL, title: title,
            contentType: "text/html",
            passages: passages.enumerated().map { Passage(index: $0.offset, text: $0.element) })
    }

    /// `scorer`'s check of a claim of `kind` against one study page holding `passages`: the set-up
    /// the judgement suites share.
    static func check(_ claimText: String, kind: Claim.Kind, against passages: [String], by scorer: ClaimScorer) -> ClaimCheck {
        scorer.check(claim(claimText, kind: kind), sources: [source("https://example.org/study", passages)])
    }

    static func unavailable(
        _ url: String, status: SourceStatus, reason: String?, origin: SourceRef.Origin = .link
    ) -> SourceDocument {
        SourceDocument(ref: SourceRef(url: url, origin: origin), status: status, reason: reason)
    }

    static let backPainClaim = claim(
        "more than 80 percent of people will experience back pain at some point in their lives", kind: .statistic,
        attribution: Attribution(source: "American Chiropractic Association", vague: false),
        citations: ["https://www.acatoday.org/back-pain-facts"])

    static let acaSentence =
        "Experts estimate that as much as 80 percent of the population will experience a back problem at some time in their lives."

    /// A page like the association's: navigation-ish text, unrelated facts, and the one sentence that matters.
    static let acaPage = source(
        "https://www.acatoday.org/back-pain-facts", [
            "Back Pain Facts and Statistics",
            "Chiropractors are trained to diagnose and treat disorders of the musculoskeletal system. "
                + "Find a doctor of chiropractic near you using our directory.",
            "Low back pain is the single leading cause of disability worldwide, according to the Global Burden of Disease. "
                + acaSentence + " Back pain accounts for more than 264 million lost work days in one year.",
            "Membership in the association is open to licensed practitioners. Contact us for details.",
        ], origin: .registry, title: "Back Pain Facts and Statistics")
}
