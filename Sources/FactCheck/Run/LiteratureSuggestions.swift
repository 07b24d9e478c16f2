import FactCheckModel
import Fetcher
import Scorer

/// Turns what the literature search found for a claim into the report's suggested citations, and
/// decides what they mean for the verdict.
///
/// Each paper is judged alone by the scorer, so its suggestion carries the sentence that bears
/// most on the claim and what that sentence says (supports, contradicts, qualifies). Then:
///
/// - a claim with no usable source of its own (``SuggestedCitation/Role/evidence``) takes its
///   verdict from the papers, and its reason says so first: "found by search, not cited by the
///   author". When no paper speaks to the claim, it stays `needs-citation` (a search that found
///   nothing on point is not a source the author failed to read);
/// - a claim whose own source did not support it (``SuggestedCitation/Role/alternative``) keeps its
///   verdict; the papers that speak to it are offered beside it, marked as such;
/// - a claim whose cited source could not be read (``SuggestedCitation/Role/replacement``) keeps
///   `source-unavailable` (the dead link is still the editor's to fix); the papers that speak to it
///   are offered in its place, and its reason says so only when there is one. A paper that takes no
///   side is left out, as for `alternative`: offered as the citation to put in, an unrelated paper
///   would mislead the editor more than no suggestion. So is the paper the dead link itself names
///   (same DOI or PMID): it is the work the author cited, unreadable at that link, not a new one.
enum LiteratureSuggestions {
    /// The phrase every report leads a search-decided reason with.
    static let marker = "found by search, not cited by the author"

    /// What a `replacement` claim's reason ends with once papers are kept for it.
    static let replacementReason = "papers in its place are suggested (" + marker + ")"

    static func apply(
        _ result: LiteratureSearchResult, to check: ClaimCheck, role: SuggestedCitation.Role, scorer: ClaimScorer
    ) -> ClaimCheck {
        var check = check
        check.search = result.summary
        // The works a replacement's dead links name: found again, they are no replacement.
        let dead = role == .replacement ? check.sources.filter { $0.status != .ok }.map(\.url) : []
        var suggestions: [SuggestedCitation] = []
        for paper in result.papers where !dead.contains(where: paper.isWork(citedAt:)) {
            let judged = scorer.check(check.claim, sources: [paper.document])
            var citation = paper.citation
            citation.role = role
            if let best = judged.evidence.first {
                citation.quote = best.quote
                citation.stance = best.stance
                citation.score = best.score
            }
            suggestions.append(citation)
        }
        switch role {
        case .alternative:
            // Only a paper that takes a side is worth putting beside the author's source.
            check.suggestions = suggestions.filter(\.takesASide)
        case .replacement:
            check.suggestions = suggestions.filter(\.takesASide)
            if !check.suggestions.isEmpty { check.reason += "; " + replacementReason }
        case .evidence:
            check.suggestions = suggestions
            let decided: Set<Verdict> = [.supported, .contradicted, .overstated, .disputed]
            if decided.contains(check.verdict) {
                check.reason = marker + ": " + check.reason
            } else if !result.papers.isEmpty {
                check.verdict = .needsCitation
                check.confidence = 0.5
                check.reason = "no source cited; the papers a literature search found do not settle it (" + marker + ")"
                check.evidence = []
            }
        }
        return check
    }
}

extension SuggestedCitation {
    /// Whether the paper's best sentence supports, contradicts or qualifies the claim: the papers
    /// worth offering for a claim that has a source of its own.
    var takesASide: Bool { stance.map { [.supports, .contradicts, .qualifies].contains($0) } ?? false }
}
