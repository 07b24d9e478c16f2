import FactCheckModel
import Foundation

/// schema.org ClaimReview as JSON-LD: the reviewed claims of a run, in the form fact-checkers
/// publish and search engines read.
///
/// Which claims: until the editors' ledger (`Claims/`) exists, the claims whose verdict is a
/// judgement on the evidence (``ClaimReviewRating``): supported, overstated, disputed and
/// contradicted. Claims that were not judged (unverified, needs-citation, source-unavailable) are
/// not reviews and are left out. The author is the tool, and said to be automated.
public struct ClaimReviewRenderer: ReportRenderer {
    public init() {}

    public var fileExtension: String { "claimreview.json" }

    public func render(_ report: Report) throws -> String {
        var reviews: [ClaimReviewDocument.Review] = []
        for article in report.articles {
            for check in article.claims {
                guard let rating = ClaimReviewRating(check.verdict) else { continue }
                let claim = check.claim
                reviews.append(.init(
                    identifier: claim.id,
                    claimReviewed: claim.text,
                    reviewBody: check.reason,
                    author: .init(type: "Organization", name: "\(report.tool.name) \(report.tool.version) (automated check)", url: SARIFReportRenderer.informationURI),
                    reviewRating: .init(
                        ratingValue: rating.value, bestRating: ClaimReviewRating.best, worstRating: ClaimReviewRating.worst,
                        alternateName: check.verdict.rawValue, ratingExplanation: check.reason),
                    itemReviewed: .init(
                        author: claim.attribution.flatMap { $0.vague ? nil : .init(type: "Organization", name: $0.source, url: nil) },
                        appearance: .init(headline: article.title, identifier: article.path)),
                    citation: check.evidence.map { .init(name: $0.title, url: $0.fragmentURL ?? $0.url, text: $0.quote) }))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(ClaimReviewDocument(graph: reviews)), as: UTF8.self) + "\n"
    }
}

/// A verdict as a schema.org `Rating`: 1 (false) to 5 (true). `alternateName` carries the
/// verdict's own name, which is what readers see; the number lets machines sort.
///
/// | verdict | ratingValue |
/// |---|---|
/// | contradicted | 1 |
/// | overstated | 2 |
/// | disputed | 3 |
/// | supported | 5 |
///
/// 4 is left for an editor's "mostly supported" once the ledger records editors' verdicts.
public struct ClaimReviewRating: Sendable, Equatable {
    public static let worst = 1
    public static let best = 5
    public var value: Int

    /// Nil for verdicts that are not a judgement of the claim (nothing was weighed).
    public init?(_ verdict: Verdict) {
        switch verdict {
        case .contradicted: value = 1
        case .overstated: value = 2
        case .disputed: value = 3
        case .supported: value = 5
        case .unverified, .needsCitation, .sourceUnavailable: return nil
        }
    }
}

/// The JSON-LD document: `@context` and a `@graph` of ClaimReview nodes.
struct ClaimReviewDocument: Encodable {
    var context = "https://schema.org"
    var graph: [Review]

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case graph = "@graph"
    }

    struct Review: Encodable {
        var type = "ClaimReview"
        var identifier: String
        var claimReviewed: String
        var reviewBody: String
        var author: Party
        var reviewRating: Rating
        var itemReviewed: ReviewedClaim
        var citation: [Citation]

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case identifier, claimReviewed, reviewBody, author, reviewRating, itemReviewed, citation
        }
    }

    struct Party: Encodable {
        var type: String
        var name: String
        var url: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url
        }
    }

    struct Rating: Encodable {
        var type = "Rating"
        var ratingValue: Int
        var bestRating: Int
        var worstRating: Int
        var alternateName: String
        var ratingExplanation: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case ratingValue, bestRating, worstRating, alternateName, ratingExplanation
        }
    }

    struct ReviewedClaim: Encodable {
        var type = "Claim"
        /// Who the article says made the claim (named attributions only).
        var author: Party?
        var appearance: Appearance

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case author, appearance
        }
    }

    /// The article the claim appeared in, by title and path (it has no URL of its own here).
    struct Appearance: Encodable {
        var type = "CreativeWork"
        var headline: String?
        var identifier: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case headline, identifier
        }
    }

    struct Citation: Encodable {
        var type = "CreativeWork"
        var name: String?
        var url: String
        var text: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url, text
        }
    }
}
