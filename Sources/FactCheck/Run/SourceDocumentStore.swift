import FactCheckModel
import Fetcher

/// The run's sources while articles in flight need them: each URL fetched once, and each claim's
/// literature search run once, however many claims and articles in flight cite it; concurrent askers
/// wait for the one transfer.
///
/// An article registers its ``SourcePlan`` before it gathers and releases it when it finishes;
/// what no article in flight cites any more is forgotten. The trade-off: an article that cites a
/// page after every earlier citer has finished reads it again, from the SQLite cache when the run
/// has one (no request), else over the network. Keeping every page for the whole run instead made
/// memory grow with the number of articles.
actor SourceDocumentStore {
    private let fetcher: SourceFetcher
    /// Keyed by URL: the content, whoever cites it and why (each claim pairs it with its own reference).
    private var contents = CitedWork<SourceContent>()
    /// Keyed by claim id.
    private var searches = CitedWork<LiteratureSearchResult>()

    init(fetcher: SourceFetcher) {
        self.fetcher = fetcher
    }

    /// True when nothing is cited or kept: after a run, always.
    var isEmpty: Bool { contents.isEmpty && searches.isEmpty }

    func register(_ plan: SourcePlan) {
        contents.cite(plan.fetches.map(\.url))
        searches.cite(plan.searches.map(\.id))
    }

    func release(_ plan: SourcePlan) {
        contents.release(plan.fetches.map(\.url))
        searches.release(plan.searches.map(\.id))
    }

    /// What `ref`'s URL holds. The first asker's reference is the one fetched (its origin decides
    /// whether a local path may be read); the result carries no reference.
    func content(for ref: SourceRef) async -> SourceContent {
        let fetcher = self.fetcher
        return await contents.task(for: ref.url) { await fetcher.fetch(ref).content }.value
    }

    /// Literature search for a claim, once per claim text among the articles in flight.
    func search(for claim: Claim) async -> LiteratureSearchResult {
        let fetcher = self.fetcher
        let result = await searches.task(for: claim.id) { await fetcher.search(for: claim) }.value
        if let problem = result.summary.problem, !warnedOfSearchProblem {
            warnedOfSearchProblem = true
            warn?("literature search: \(problem); claims without a source stay needs-citation (--no-search turns the search off)")
        }
        return result
    }

    /// Says, once a run, that the literature search could not be done (offline machine, API down).
    var warn: (@Sendable (String) -> Void)?
    private var warnedOfSearchProblem = false

    func setWarning(_ warn: (@Sendable (String) -> Void)?) {
        self.warn = warn
    }
}
