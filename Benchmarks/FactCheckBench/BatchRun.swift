import ArgumentParser
import FactCheck
import FactCheckModel
import Fetcher
import Foundation
import Reporter
#if canImport(Glibc)
import Glibc
#endif

/// `factcheck-bench batch run-one` (hidden): one measured configuration of the batch benchmark, run in
/// its own process so that its peak memory can be read alone. It runs the real pipeline in-process
/// (`FactChecker`, as `factcheck check` does), renders the JSON report (what CI keeps), and writes
/// its figures as one JSON object to `--result`.
struct BatchRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-one", abstract: "One configuration of the batch benchmark (used by `batch`).",
        shouldDisplay: false)

    @Argument var articles: String
    @Option var cache: String
    // Not `--jobs`: the parent `batch` owns that name, and ArgumentParser gives it to the parent.
    @Option(name: .customLong("article-jobs")) var jobs: Int
    @Option var result: String
    @Flag var offline = false
    /// Write each article's JSON report into this folder as it finishes instead of keeping one
    /// report for the whole batch (`FactChecker.check(paths:deliver:)`).
    @Option(name: .customLong("stream-to")) var streamTo: String?

    /// What the parent reads back.
    struct Figures: Codable {
        var seconds: Double
        var articles: Int
        var claims: Int
        var sourcesOK: Int
        var sourcesUnavailable: Int
        var verdicts: [String: Int]
        /// Peak resident bytes when the check returned, before the JSON was rendered: what the
        /// pipeline (and the `Report` it returns) needed, apart from rendering the whole batch as
        /// one JSON text. Streamed: the peak with every article's file written.
        var pipelinePeakBytes: Int
        /// The rendered JSON's size (streamed: of all the articles' files): it grows with the number
        /// of claims, as the output must.
        var reportBytes: Int
    }

    /// This process's peak resident set so far, in bytes (Linux reports kilobytes).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }

    func run() throws {
        var configuration = Configuration()
        configuration.fetch.allowPrivateNetwork = true
        configuration.searchEnabled = false  // the batch measures cited pages, not literature search
        // Every page is on one host (127.0.0.1): the default 1 s per-host interval would serialise
        // the whole cold run to one request a second, measuring politeness rather than the tool.
        configuration.fetch.perHostIntervalMilliseconds = 0
        configuration.fetch.offline = offline
        var options = CheckOptions()
        options.jobs = jobs
        options.cache = CacheFile(try SourceCache.open(settings: CacheSettings(path: cache)))
        let checker = FactChecker(configuration: configuration, options: options)
        let paths = [articles]
        let streamTo = self.streamTo
        let clock = ContinuousClock()
        let start = clock.now
        let (tally, pipelinePeak, rendered, failure) = FetchBenchmark.blocking {
            var tally = Tally()
            guard let streamTo else {
                let report = await checker.check(paths: paths)
                let pipelinePeak = Self.peakResidentBytes()
                for article in report.articles { tally.add(article) }
                let rendered = (try? ReportFormat.json.renderer(RenderContext()).render(report))?.utf8.count ?? 0
                return (tally, pipelinePeak, rendered, rendered > 0 ? nil : "the JSON report did not render")
            }
            // As `--output DIR` would: one JSON file per article, written as the article finishes.
            let renderer = ReportFormat.json.renderer(RenderContext())
            var rendered = 0
            var failure: String?
            await checker.check(paths: paths) { _, article, _ in
                tally.add(article)
                let name = ((article.path as NSString).lastPathComponent as NSString).deletingPathExtension
                do {
                    let text = try renderer.render(Report(tool: FactChecker.tool, articles: [article]))
                    try Data(text.utf8).write(to: URL(fileURLWithPath: streamTo).appendingPathComponent(name + ".json"))
                    rendered += text.utf8.count
                } catch {
                    failure = failure ?? "\(article.path): \(error)"
                }
            }
            return (tally, Self.peakResidentBytes(), rendered, failure)
        }
        let elapsed = clock.now - start
        if let failure { throw BenchError(failure) }
        let figures = Figures(
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            articles: tally.articles, claims: tally.claims, sourcesOK: tally.ok.count, sourcesUnavailable: tally.unavailable.count,
            verdicts: tally.verdicts, pipelinePeakBytes: pipelinePeak, reportBytes: rendered)
        try JSONEncoder().encode(figures).write(to: URL(fileURLWithPath: result))
    }
}

/// What the run's reports add up to, counted as they come.
struct Tally: Sendable {
    var articles = 0
    var claims = 0
    var ok: Set<String> = []
    var unavailable: Set<String> = []
    var verdicts: [String: Int] = [:]

    mutating func add(_ article: ArticleReport) {
        articles += 1
        for check in article.claims {
            claims += 1
            verdicts[check.verdict.rawValue, default: 0] += 1
            for source in check.sources {
                if source.status == .ok { ok.insert(source.url) } else { unavailable.insert(source.url) }
            }
        }
    }
}
