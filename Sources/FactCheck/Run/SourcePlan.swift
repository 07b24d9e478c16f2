import FactCheckModel

/// What one article's claims will be checked against, decided before anything is fetched: each
/// claim's own references, the URLs to fetch (each once, however many claims cite it) and the claims
/// to search the literature for. It is made first so that the run knows what an article in flight
/// will ask for (``SourceDocumentStore`` keeps a document exactly as long as some plan cites it).
struct SourcePlan: Sendable {
    /// A claim and its references, in the planner's order (``SourcePlanner``).
    struct ClaimSources: Sendable {
        var claim: Claim
        var refs: [SourceRef]
    }

    var claims: [ClaimSources]
    /// One reference per distinct URL, in the order first cited: the one a fetch is made for. Empty
    /// under `--no-fetch`.
    var fetches: [SourceRef]
    /// Claims with nothing to read, one per claim id (the same text searched once), vague
    /// attributions first: searched for unless the search is off (`--no-search`, `[search] enabled
    /// = false`). Empty under `--no-fetch`.
    var searches: [Claim]
    /// False for `--no-fetch`: the claims that have references are reported as not fetched.
    var fetchesSources: Bool

    init(claims: [Claim], planner: SourcePlanner, fetchesSources: Bool, searchesLiterature: Bool) {
        self.claims = claims.map { ClaimSources(claim: $0, refs: planner.sources(for: $0)) }
        self.fetchesSources = fetchesSources
        var fetches: [SourceRef] = []
        var searches: [Claim] = []
        if fetchesSources {
            var urls: Set<String> = []
            var searched: Set<String> = []
            for entry in self.claims {
                for ref in entry.refs where urls.insert(ref.url).inserted { fetches.append(ref) }
                if searchesLiterature, entry.refs.isEmpty, searched.insert(entry.claim.id).inserted {
                    searches.append(entry.claim)
                }
            }
        }
        self.fetches = fetches
        // Vague attributions first ("studies have shown": the claims that most need a source), then
        // the article's order: with NCBI's pace, the first searches asked are the first answered.
        self.searches = searches.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.attribution?.vague == true, rhs.element.attribution?.vague == true)
            return left != right ? left : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
