import FactCheckModel
import Foundation

/// schema.org ClaimReview as JSON-LD: the reviewed claims of a run, in the form fact-checkers
/// publish and search engines read.
///
/// Which claims: when any claim of the report carries an editor's decision from the `Claims/`
/// ledger (``ClaimCheck/review``), only those claims: a published fact-check is a person's, so the
/// author is the reviewer (a `Person`), `datePublished` the ledger's `reviewed_at`, and the
/// citations the editor's evidence. Otherwise (no ledger, or nothing in it matched), the claims
/// whose verdict is a judgement on the evidence (``ClaimReviewRating``): supported, overstated,
/// disputed and contradicted, with the tool as author, said to be automated. Either way claims
/// that were not judged (unverified, needs-citation, source-unavailable) are not reviews and are
/// left out.
public struct ClaimReviewRenderer: ReportRenderer {
    public init() {}

    public var fileExtension: String { "claimreview.json" }

    public func render(_ report: Report) throws -> String {
        var reviews: [ClaimReviewDocument.Review] = []
        let editorsOnly = report.articles.contains { $0.claims.contains { $0.review != nil } }
        for article in report.articles {
            for check in article.claims {
                guard let rating = ClaimReviewRating(check.verdict) else { continue }
                if editorsOnly, check.review == nil { continue }
                let claim = check.claim
                reviews.append(.init(
                    identifier: claim.id,
                    claimReviewed: claim.text,
                    reviewBody: check.reason,
                    author: check.review.map { .init(type: "Person", name: $0.reviewer, url: nil) }
                        ?? .init(type: "Organization", name: "\(report.tool.name) \(report.tool.version) (automated check)", url: SARIFReportRenderer.informationURI),
                    datePublished: check.review?.reviewedAt,
                    reviewRating: .init(
                        ratingValue: rating.value, bestRating: ClaimReviewRating.best, worstRating: ClaimReviewRating.worst,
                        alternateName: check.verdict.rawValue, ratingExplanation: check.reason),
                    itemReviewed: .init(
                        author: claim.attribution.flatMap { $0.vague ? nil : .init(type: "Organization", name: $0.source, url: nil) },
                        appearance: .init(headline: article.title, identifier: article.path)),
                    citation: check.review.map { $0.evidence.map { .init(name: nil, url: $0.url, text: $0.quote ?? "") } }
                        ?? check.evidence.map { .init(name: $0.title, url: $0.fragmentURL ?? $0.url, text: $0.quote) }))
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
        /// The editor's `reviewed_at`; absent for the tool's own judgements.
        var datePublished: String?
        var reviewRating: Rating
        var itemReviewed: ReviewedClaim
        var citation: [Citation]

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case identifier, claimReviewed, reviewBody, author, datePublished, reviewRating, itemReviewed, citation
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
