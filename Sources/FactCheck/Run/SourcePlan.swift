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
    /// Claims with nothing to read that the literature can answer (``isForTheLiterature(_:)``), one
    /// per claim id (the same text searched once), vague attributions first: searched for unless the
    /// search is off (`--no-search`, `[search] enabled = false`). Empty under `--no-fetch`.
    var searches: [Claim]
    /// False for `--no-fetch`: the claims that have references are reported as not fetched.
    var fetchesSources: Bool

    /// Whether PubMed and Europe PMC can answer the claim: it is about health or the body, or it
    /// credits research ("studies have shown", "scientists say"). A council's budget or a freight
    /// rate is not in the biomedical literature, and a loosely matching paper there would give it a
    /// verdict (in review, an uncited recycling forecast came out contradicted and failed the run).
    static func isForTheLiterature(_ claim: Claim) -> Bool {
        if ClaimPriority.mentionsHealth(claim.text) { return true }
        guard let source = claim.attribution?.source.lowercased() else { return false }
        return researchSourceWordStarts.contains { start in
            source.split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix(start) }
        }
    }

    /// Word starts of a source that is research: "studies", "a 2019 trial", "scientists", "a paper".
    static let researchSourceWordStarts = [
        "stud", "research", "scien", "expert", "doctor", "physician", "trial", "evidence", "survey", "paper",
        "journal", "review", "meta", "epidemiolog", "clinic",
    ]

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
                if searchesLiterature, entry.refs.isEmpty, Self.isForTheLiterature(entry.claim),
                   searched.insert(entry.claim.id).inserted {
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
