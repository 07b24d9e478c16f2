import Extractor
import FactCheckModel
import Fetcher
import Foundation
import Scorer

/// How one run should behave, from the command line (the configuration holds the rest).
public struct CheckOptions: Sendable {
    /// `--source`: checked for every claim.
    public var extraSources: [String] = []
    /// False for `--no-fetch`: extract and classify only.
    public var fetchSources = true
    /// Articles in flight at once.
    public var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// The source cache shared by the run (the CLI opens it from `--cache` or `[cache]`); nil: none.
    public var cache: CacheFile?
    /// `--shard K/N`: check only this part of the article list (nil: all of it).
    public var shard: Shard?
    /// Set on SIGINT/SIGTERM: start no new article (nil: the run cannot be stopped early).
    public var stop: StopRequest?
    /// The editors' ledger: matched claims report the editor's verdict, marked (nil: none).
    public var ledger: ClaimLedgerIndex?
    /// Told once a run when the literature search could not be done (no network, an API down), so
    /// the CLI can say why claims stayed `needs-citation`; nil: not told.
    public var warn: (@Sendable (String) -> Void)?

    public init() {}
}

/// What a run reports while it works (the CLI turns these into stderr lines).
public enum ProgressEvent: Sendable {
    case articleStarted(path: String)
    case articleFinished(path: String, claims: Int, errors: Int)
    /// Sent once, before any article starts: how many the run will check (for a progress bar).
    case discovered(articles: Int)
    /// After each article: the distinct sources it read (ok), so a listener can count the run's.
    case sourcesRead(urls: [String])
}

/// Runs the pipeline over articles: extract claims, plan their sources, fetch each source once while
/// articles in flight cite it, score, and collect a ``Report``. One unreadable article or dead
/// source never stops the run; it becomes an error entry or a `source-unavailable` verdict.
public struct FactChecker: Sendable {
    public static let version = "0.1.0"
    public static let tool = Report.Tool(name: "factcheck", version: version)

    public let configuration: Configuration
    public let options: CheckOptions
    let extractor: ClaimExtractor
    let scorer = ClaimScorer()

    public init(configuration: Configuration, options: CheckOptions) {
        self.configuration = configuration
        self.options = options
        extractor = ClaimExtractor(registeredSources: configuration.registry.names)
    }

    /// Checks every article under `paths`. Reports come back in the order of the sorted article
    /// list whatever `jobs` is, so the same input always gives the same report.
    public func check(paths: [String], progress: (@Sendable (ProgressEvent) -> Void)? = nil) async -> Report {
        await check(paths: paths, keepingTexts: false, progress: progress).report
    }

    /// The report, and the text of every article that has claims (path → ``ArticleText``): what an
    /// HTML report needs to show the article, kept from the one read the check made rather than read
    /// again. Texts are kept only when asked for, since a batch would otherwise hold them all.
    public func check(
        paths: [String], keepingTexts: Bool, progress: (@Sendable (ProgressEvent) -> Void)? = nil
    ) async -> (report: Report, articleTexts: [String: ArticleText]) {
        var reports: [Int: ArticleReport] = [:]
        var texts: [String: ArticleText] = [:]
        await check(paths: paths, progress: progress) { position, report, text in
            reports[position] = report
            if keepingTexts, let text { texts[report.path] = text }
        }
        return (Report(tool: Self.tool, articles: reports.keys.sorted().compactMap { reports[$0] }), texts)
    }

    /// Checks every article under `paths` and hands each article's report to `deliver` as soon as it
    /// is done, in the order articles finish, with its position in the report ``check(paths:progress:)``
    /// returns (articles that could not be found come last), and its text when it has claims.
    ///
    /// Nothing is kept: one ``Report`` holds every claim of a batch and grows with it, while a caller
    /// that writes each article's report as it comes needs only the memory of the articles in flight.
    public func check(
        paths: [String], progress: (@Sendable (ProgressEvent) -> Void)? = nil,
        deliver: (_ position: Int, _ report: ArticleReport, _ text: ArticleText?) -> Void
    ) async {
        await check(discover(paths), progress: progress, deliver: deliver)
    }

    /// The article files under `paths` (sorted) and the paths that named none: what a run checks,
    /// found before it starts so that a caller can name each position's files in advance.
    func discover(_ paths: [String]) -> (articles: [String], problems: [ArticleDiscovery.Problem]) {
        ArticleDiscovery.articles(in: paths, shard: options.shard)
    }

    /// The run over articles already discovered (``discover(_:)``); positions index `articles`,
    /// then `problems`.
    func check(
        _ discovered: (articles: [String], problems: [ArticleDiscovery.Problem]), progress: (@Sendable (ProgressEvent) -> Void)?,
        deliver: (_ position: Int, _ report: ArticleReport, _ text: ArticleText?) -> Void
    ) async {
        // One fetcher for the whole run: one libcurl multi loop, one per-host queue, one robots.txt
        // per host, one cache connection, whatever the number of articles in flight.
        let store = SourceDocumentStore(fetcher: SourceFetcher(policy: configuration.fetch, cache: options.cache?.store, scholarly: configuration.search))
        await store.setWarning(options.warn)
        await check(discovered, store: store, progress: progress, deliver: deliver)
    }

    /// The run with its store given, so that a test can look into the store afterwards.
    func check(
        _ discovered: (articles: [String], problems: [ArticleDiscovery.Problem]), store: SourceDocumentStore,
        progress: (@Sendable (ProgressEvent) -> Void)?, deliver: (_ position: Int, _ report: ArticleReport, _ text: ArticleText?) -> Void
    ) async {
        let (articles, problems) = discovered
        progress?(.discovered(articles: articles.count))
        // `jobs` articles compute at once; when sources come from the network, more are in flight
        // so that the fetcher's transfers overlap the computing (see WorkPermits).
        let cpu = WorkPermits(options.jobs)
        let fetchesOverNetwork = options.fetchSources && !configuration.fetch.offline
        let inFlight = max(1, options.jobs) * (fetchesOverNetwork ? Self.articlesInFlightPerJob : 1)
        await withTaskGroup(of: (Int, ArticleReport, ArticleText?).self) { group in
            var next = 0
            func startNext() {
                // A stop request starts nothing new; articles in flight finish, so reports stay whole.
                guard next < articles.count, options.stop?.isRequested != true else { return }
                let index = next
                next += 1
                group.addTask {
                    progress?(.articleStarted(path: articles[index]))
                    let (report, text) = await check(articlePath: articles[index], store: store, cpu: cpu)
                    if progress != nil {
                        let urls = Set(report.claims.flatMap { $0.sources.filter { $0.status == .ok }.map(\.url) })
                        progress?(.sourcesRead(urls: urls.sorted()))
                    }
                    progress?(.articleFinished(path: articles[index], claims: report.claims.count, errors: report.errors.count))
                    return (index, report, report.claims.isEmpty ? nil : text)
                }
            }
            for _ in 0..<inFlight { startNext() }
            for await (index, report, text) in group {
                deliver(index, report, text)
                startNext()
            }
        }
        for (offset, problem) in problems.enumerated() {
            deliver(articles.count + offset, ArticleReport(path: problem.path, title: nil, claims: [], errors: [ReportError(message: problem.message)]), nil)
        }
    }

    /// Articles in flight per job while sources are fetched: enough to keep the fetcher's 16
    /// transfers busy with two jobs, few enough that memory stays flat (each holds one article).
    static let articlesInFlightPerJob = 8

    /// Checks one article file, returning its report and its text (nil when it could not be read).
    /// `cpu` (nil: no limit) is held around extraction and scoring only.
    ///
    /// The stages, in order: ``extract(_:cpu:)`` the claims, ``plan(_:)`` their sources,
    /// ``gather(_:from:)`` them, ``score(_:_:)`` each claim, ``applyLedger(_:)``. The plan is
    /// registered with the store before gathering and released when the article is done, so a page
    /// another article in flight cites is fetched once, and one nobody cites any more is forgotten.
    func check(articlePath: String, store: SourceDocumentStore, cpu: WorkPermits? = nil) async -> (ArticleReport, ArticleText?) {
        let extracted: ExtractedArticle
        switch await extract(articlePath, cpu: cpu) {
        case .success(let article): extracted = article
        case .failure(let error):
            return (ArticleReport(path: articlePath, title: nil, claims: [], errors: [ReportError(message: "\(error)")]), nil)
        }
        let plan = plan(extracted.claims)
        await store.register(plan)
        let gathered = await gather(plan, from: store)
        await cpu?.acquire()
        var checks = score(plan, gathered)
        await cpu?.release()
        checks = await suggestForCitations(checks, whose: .unverified, as: .alternative, plan: plan, store: store, cpu: cpu)
        checks = await suggestForCitations(checks, whose: .sourceUnavailable, as: .replacement, plan: plan, store: store, cpu: cpu)
        checks = applyLedger(checks)
        await store.release(plan)
        return (ArticleReport(path: articlePath, title: extracted.article.title, claims: checks, errors: []), ArticleText(extracted.article))
    }

    /// Reads the article and finds its claims; an unreadable article is a failure, not a throw, so
    /// that the batch goes on.
    func extract(_ articlePath: String, cpu: WorkPermits?) async -> Result<ExtractedArticle, any Error> {
        await cpu?.acquire()
        let extraction = Result { try extractor.extract(path: articlePath) }
        await cpu?.release()
        return extraction
    }

    /// Which sources each claim is checked against, decided before anything is fetched.
    func plan(_ claims: [Claim]) -> SourcePlan {
        SourcePlan(
            claims: claims, planner: SourcePlanner(registry: configuration.registry, extraSources: options.extraSources),
            fetchesSources: options.fetchSources, searchesLiterature: configuration.searchEnabled)
    }

    /// Fetches the plan's URLs and searches the literature for its claims with nothing to read, all
    /// in one task group: a search no longer waits for the fetches, nor for the search before it.
    /// Politeness is the fetcher's (one request per host per interval), whatever runs at once.
    func gather(_ plan: SourcePlan, from store: SourceDocumentStore) async -> GatheredSources {
        await withTaskGroup(of: GatheredSources.Piece.self) { group in
            for ref in plan.fetches {
                group.addTask { .content(url: ref.url, await store.content(for: ref)) }
            }
            for claim in plan.searches {
                group.addTask { .found(claimID: claim.id, await store.search(for: claim)) }
            }
            var gathered = GatheredSources()
            for await piece in group { gathered.add(piece) }
            return gathered
        }
    }

    /// One verdict per claim, from the sources gathered for it (under `--no-fetch`, a claim with
    /// references is reported as not fetched rather than judged on nothing).
    func score(_ plan: SourcePlan, _ gathered: GatheredSources) -> [ClaimCheck] {
        plan.claims.map { entry in
            if !plan.fetchesSources, !entry.refs.isEmpty { return notFetched(entry.claim, refs: entry.refs) }
            let check = scorer.check(entry.claim, sources: gathered.sources(for: entry))
            guard let search = gathered.search(for: entry.claim) else { return check }
            return LiteratureSuggestions.apply(search, to: check, role: .evidence, scorer: scorer)
        }
    }

    /// Cited but not usable: a claim whose own sources were read and do not address it (`unverified`:
    /// papers that take a side are suggested beside them, ``SuggestedCitation/Role/alternative``), or
    /// could not be read (`source-unavailable`: a dead link, a failed fetch; papers that bear on it
    /// are suggested in their place, ``SuggestedCitation/Role/replacement``), is searched as an
    /// uncited one would be. Its verdict stays the one its own sources earned.
    ///
    /// Both ask ``SourcePlan/isForTheLiterature(_:)``, as an uncited claim does: whatever went wrong
    /// with the author's source, PubMed and Europe PMC cannot answer a council's budget or a freight
    /// rate, and a loosely matching paper put beside or in place of its source would mislead the
    /// editor (it also spends NCBI's three requests a second on claims they cannot answer).
    func suggestForCitations(
        _ checks: [ClaimCheck], whose verdict: Verdict, as role: SuggestedCitation.Role, plan: SourcePlan,
        store: SourceDocumentStore, cpu: WorkPermits?
    ) async -> [ClaimCheck] {
        guard configuration.searchEnabled, plan.fetchesSources else { return checks }
        var checks = checks
        for index in checks.indices
        where checks[index].verdict == verdict && checks[index].search == nil && SourcePlan.isForTheLiterature(checks[index].claim) {
            let result = await store.search(for: checks[index].claim)
            await cpu?.acquire()
            checks[index] = LiteratureSuggestions.apply(result, to: checks[index], role: role, scorer: scorer)
            await cpu?.release()
        }
        return checks
    }

    /// Editors have the last word: their ledger verdicts replace the tool's, marked as such.
    func applyLedger(_ checks: [ClaimCheck]) -> [ClaimCheck] {
        options.ledger?.apply(to: checks) ?? checks
    }

    func notFetched(_ claim: Claim, refs: [SourceRef]) -> ClaimCheck {
        let summaries = refs.map {
            SourceSummary(url: $0.url, origin: $0.origin, status: .notFetched, title: nil, reason: "not fetched (--no-fetch)")
        }
        return ClaimCheck(
            claim: claim, sources: summaries, verdict: .unverified, confidence: 0,
            reason: "not checked: sources were not fetched (--no-fetch)", evidence: [])
    }
}
