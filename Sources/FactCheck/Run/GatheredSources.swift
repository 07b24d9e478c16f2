import FactCheckModel
import Fetcher

/// What was gathered for one article: the content behind each URL its plan fetches, and what the
/// literature search found per claim. Content is kept by URL, not by reference, and only paired with
/// a claim's own ``SourceRef`` when that claim's scorer input is built, so a page one claim links and
/// another reaches through the registry is reported with each claim's own origin.
struct GatheredSources: Sendable {
    /// One finished piece of gathering, as it comes back from the task group.
    enum Piece: Sendable {
        case content(url: String, SourceContent)
        case found(claimID: String, LiteratureSearchResult)
    }

    private var contents: [String: SourceContent] = [:]
    private var found: [String: LiteratureSearchResult] = [:]

    mutating func add(_ piece: Piece) {
        switch piece {
        case .content(let url, let content): contents[url] = content
        case .found(let claimID, let documents): found[claimID] = documents
        }
    }

    /// The scorer's input for one claim: each of its references with the content fetched for that
    /// URL, then what the search found for it.
    func sources(for entry: SourcePlan.ClaimSources) -> [SourceDocument] {
        entry.refs.compactMap { ref in contents[ref.url].map { SourceDocument(ref: ref, content: $0) } }
            + (found[entry.claim.id]?.documents ?? [])
    }

    /// What the literature search found for a claim; nil when it was not searched.
    func search(for claim: Claim) -> LiteratureSearchResult? {
        found[claim.id]
    }
}
