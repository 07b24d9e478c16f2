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
        /// one JSON text.
        var pipelinePeakBytes: Int
        /// The rendered JSON report's size: it grows with the number of claims, as one report must.
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
        // Every page is on one host (127.0.0.1): the default 1 s per-host interval would serialise
        // the whole cold run to one request a second, measuring politeness rather than the tool.
        configuration.fetch.perHostIntervalMilliseconds = 0
        configuration.fetch.offline = offline
        var options = CheckOptions()
        options.jobs = jobs
        options.cache = try SourceCache.open(settings: CacheSettings(path: cache))
        let checker = FactChecker(configuration: configuration, options: options)
        let paths = [articles]
        let clock = ContinuousClock()
        let start = clock.now
        let (report, pipelinePeak, rendered) = FetchBenchmark.blocking {
            let report = await checker.check(paths: paths)
            let pipelinePeak = Self.peakResidentBytes()
            return (report, pipelinePeak, (try? ReportFormat.json.renderer(RenderContext()).render(report))?.utf8.count ?? 0)
        }
        let elapsed = clock.now - start
        guard rendered > 0 else { throw BenchError("the JSON report did not render") }
        var ok: Set<String> = []
        var unavailable: Set<String> = []
        var verdicts: [String: Int] = [:]
        var claims = 0
        for article in report.articles {
            for check in article.claims {
                claims += 1
                verdicts[check.verdict.rawValue, default: 0] += 1
                for source in check.sources {
                    if source.status == .ok { ok.insert(source.url) } else { unavailable.insert(source.url) }
                }
            }
        }
        let figures = Figures(
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            articles: report.articles.count, claims: claims, sourcesOK: ok.count, sourcesUnavailable: unavailable.count,
            verdicts: verdicts, pipelinePeakBytes: pipelinePeak, reportBytes: rendered)
        try JSONEncoder().encode(figures).write(to: URL(fileURLWithPath: result))
    }
}
