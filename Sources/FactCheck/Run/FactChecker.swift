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

/// Runs the pipeline over articles: extract claims, plan their sources, fetch each source once,
/// score, and collect a ``Report``. One unreadable article or dead source never stops the run; it
/// becomes an error entry or a `source-unavailable` verdict.
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

    /// The report, and the text of every article that has claims (path → ``Article/text``): what an
    /// HTML report needs to show the article, kept from the one read the check made rather than read
    /// again. Texts are kept only when asked for, since a batch would otherwise hold them all.
    public func check(
        paths: [String], keepingTexts: Bool, progress: (@Sendable (ProgressEvent) -> Void)? = nil
    ) async -> (report: Report, articleTexts: [String: String]) {
        let (articles, problems) = ArticleDiscovery.articles(in: paths, shard: options.shard)
        // One fetcher for the whole run: one libcurl multi loop, one per-host queue, one robots.txt
        // per host, one cache connection, whatever the number of articles in flight.
        let store = SourceDocumentStore(fetcher: SourceFetcher(policy: configuration.fetch, cache: options.cache?.store, scholarly: configuration.search))
        var reports = [ArticleReport?](repeating: nil, count: articles.count)
        var texts: [String: String] = [:]
        progress?(.discovered(articles: articles.count))
        // `jobs` articles compute at once; when sources come from the network, more are in flight
        // so that the fetcher's transfers overlap the computing (see WorkPermits).
        let cpu = WorkPermits(options.jobs)
        let fetchesOverNetwork = options.fetchSources && !configuration.fetch.offline
        let inFlight = max(1, options.jobs) * (fetchesOverNetwork ? Self.articlesInFlightPerJob : 1)
        await withTaskGroup(of: (Int, ArticleReport, String?).self) { group in
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
                    return (index, report, keepingTexts && !report.claims.isEmpty ? text : nil)
                }
            }
            for _ in 0..<inFlight { startNext() }
            for await (index, report, text) in group {
                reports[index] = report
                if let text { texts[report.path] = text }
                startNext()
            }
        }
        let problemReports = problems.map { ArticleReport(path: $0.path, title: nil, claims: [], errors: [ReportError(message: $0.message)]) }
        return (Report(tool: Self.tool, articles: reports.compactMap { $0 } + problemReports), texts)
    }

    /// Articles in flight per job while sources are fetched: enough to keep the fetcher's 16
    /// transfers busy with two jobs, few enough that memory stays flat (each holds one article).
    static let articlesInFlightPerJob = 8

    /// Checks one article file, returning its report and its text (nil when it could not be read).
    /// `cpu` (nil: no limit) is held around extraction and scoring only.
    func check(articlePath: String, store: SourceDocumentStore, cpu: WorkPermits? = nil) async -> (ArticleReport, String?) {
        let extracted: ExtractedArticle
        await cpu?.acquire()
        let extraction = Result { try extractor.extract(path: articlePath) }
        await cpu?.release()
        do {
            extracted = try extraction.get()
        } catch {
            return (ArticleReport(path: articlePath, title: nil, claims: [], errors: [ReportError(message: "\(error)")]), nil)
        }
        let planner = SourcePlanner(registry: configuration.registry, extraSources: options.extraSources)
        let plans = extracted.claims.map { planner.sources(for: $0) }
        var documents: [String: SourceDocument] = [:]
        if options.fetchSources {
            var unique: [SourceRef] = []
            var seen: Set<String> = []
            for ref in plans.joined() where seen.insert(ref.url).inserted { unique.append(ref) }
            documents = await withTaskGroup(of: SourceDocument.self) { group in
                for ref in unique { group.addTask { await store.document(for: ref) } }
                var fetched: [String: SourceDocument] = [:]
                for await document in group { fetched[document.ref.url] = document }
                return fetched
            }
        }
        // Claims with nothing to read are searched for in the literature, when the configuration
        // asks for it (`[search]`); what is found is reported with origin `search`.
        var found: [String: [SourceDocument]] = [:]
        if options.fetchSources, configuration.searchEnabled {
            for (claim, refs) in zip(extracted.claims, plans) where refs.isEmpty {
                found[claim.id] = await store.search(for: claim)
            }
        }
        await cpu?.acquire()
        var checks: [ClaimCheck] = []
        for (claim, refs) in zip(extracted.claims, plans) {
            if !options.fetchSources, !refs.isEmpty {
                checks.append(notFetched(claim, refs: refs))
                continue
            }
            // The same document may have been fetched for another claim under another origin.
            let sources = refs.compactMap { ref in documents[ref.url].map { document in
                var document = document
                document.ref = ref
                return document
            } } + (found[claim.id] ?? [])
            checks.append(scorer.check(claim, sources: sources))
        }
        // Editors have the last word: their ledger verdicts replace the tool's, marked as such.
        if let ledger = options.ledger { checks = ledger.apply(to: checks) }
        await cpu?.release()
        return (ArticleReport(path: articlePath, title: extracted.article.title, claims: checks, errors: []), extracted.article.text)
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

/// Fetches each source once per run, however many claims and articles cite it; concurrent askers
/// for the same URL wait for the one transfer.
actor SourceDocumentStore {
    private let fetcher: SourceFetcher
    private var inFlight: [String: Task<SourceDocument, Never>] = [:]

    init(fetcher: SourceFetcher) {
        self.fetcher = fetcher
    }

    private var searches: [String: Task<[SourceDocument], Never>] = [:]

    /// Literature search for a claim, once per claim text per run.
    func search(for claim: Claim) async -> [SourceDocument] {
        if let task = searches[claim.id] { return await task.value }
        let fetcher = self.fetcher
        let task = Task { await fetcher.search(for: claim) }
        searches[claim.id] = task
        return await task.value
    }

    func document(for ref: SourceRef) async -> SourceDocument {
        if let task = inFlight[ref.url] { return await task.value }
        let fetcher = self.fetcher
        let task = Task { await fetcher.fetch(ref) }
        inFlight[ref.url] = task
        return await task.value
    }
}
