import ArgumentParser
import Foundation
import LoopbackHTTPServer

/// `factcheck-bench batch`: a newsroom archive checked in one go, cold, warm and offline.
///
/// Generates `--articles` deterministic Markdown articles (about 800 words, 5 to 10 claims, 3 to 5
/// links each) citing a pool of `--pages` source pages, serves the pages from a LoopbackHTTPServer on
/// 127.0.0.1 with `--latency-ms` per response, and runs the real pipeline three ways for each of
/// `--jobs 1` and `--jobs 2`, each on a fresh SQLite cache file per jobs value:
///
/// - cold: the cache is empty, every cited page is fetched once (however many articles cite it);
/// - warm: the same run again, every page answered from the cache, no request;
/// - offline: as `--offline`, the cache only, the network never touched.
///
/// By default each run returns one `Report` for the batch and renders it as one JSON text, as
/// `--format json` on stdout does; with `--stream` each article's JSON goes to its own file as the
/// article finishes, as `--output DIR` does, and no report is kept. With `--factcheck PATH` the
/// child is the built command itself (``BatchCLIRun``), so that the figure is the real tool's.
///
/// Each configuration runs in a child process (this executable's hidden `batch run-one`) so that its
/// peak memory (`ru_maxrss`, from `wait4`) is its own. The per-host interval is 0: every page is on
/// one host, so the default politeness (1 s per host) would serialise the cold run to one request a
/// second, about 2,000 s, and measure nothing but the interval.
struct BatchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Wall time and peak memory of a batch run: cold, warm and offline, --jobs 1 and 2.",
        // The hidden child each configuration runs in; nested so main.swift lists one harness.
        subcommands: [BatchRun.self]
    )

    @Option(help: "Articles generated.")
    var articles = 1000

    @Option(help: "Source pages in the pool the articles link to.")
    var pages = 2000

    @Option(name: .customLong("latency-ms"), help: "Delay of every server response, in milliseconds.")
    var latencyMS = 20

    @Option(help: "Folder for the articles and caches (default: a temporary folder, removed afterwards).")
    var work: String?

    @Option(help: "Jobs values to measure, comma-separated.")
    var jobs = "1,2"

    @Flag(help: "Write each article's JSON report to a file as it finishes (as --output does) instead of keeping one report for the batch.")
    var stream = false

    @Option(help: ArgumentHelp("Measure this built factcheck executable instead: `check ARTICLES --output DIR --format json` as the child process.", valueName: "path"))
    var factcheck: String?

    func validate() throws {
        if articles < 1 || pages < 1 { throw ValidationError("--articles and --pages must be at least 1") }
        if latencyMS < 0 { throw ValidationError("--latency-ms cannot be negative") }
        if stream, factcheck != nil { throw ValidationError("--stream measures the library; --factcheck runs the command, which streams with --output") }
    }

    func run() throws {
        let corpus = BatchCorpus(articleCount: articles, pageCount: pages)
        let delay = Double(latencyMS) / 1000
        let server = try LoopbackHTTPServer { request in
            let prefix = "/page/"
            guard request.path.hasPrefix(prefix), let index = Int(request.path.dropFirst(prefix.count)), index < corpus.pageCount
            else { return HTTPResponse.notFound.delayed(by: delay) }
            return HTTPResponse.html(corpus.page(index)).delayed(by: delay)
        }
        defer { server.stop() }
        let folder = work ?? FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-bench-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if work == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let articleFolder = (folder as NSString).appendingPathComponent("articles")
        // The articles name the server's port, which changes every run, so they are written afresh.
        try corpus.writeArticles(into: articleFolder) { server.url("/page/\($0)") }

        let executable = BatchChildProcess.currentExecutable
        let configurationFile = (folder as NSString).appendingPathComponent("factcheck.toml")
        try BatchCLIRun.configurationText.write(toFile: configurationFile, atomically: true, encoding: .utf8)
        let jobValues = jobs.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        var table = ResultTable("run", "jobs", "seconds", "process s", "peak MB", "pipeline MB", "report MB", "articles", "claims", "sources ok", "unavailable", "requests", "articles/s")
        var verdictLines: [String] = []
        for jobs in jobValues {
            let cache = (folder as NSString).appendingPathComponent("cache-jobs\(jobs).sqlite")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: cache + suffix) }
            for (name, offline) in [("cold", false), ("warm", false), ("offline", true)] {
                let before = server.requests.count
                let reports = (folder as NSString).appendingPathComponent("reports-\(name)-\(jobs)")
                let outcome: BatchChildProcess.Outcome
                let figures: BatchRun.Figures
                if let factcheck {
                    let run = BatchCLIRun(
                        executable: factcheck, articles: articleFolder, cache: cache, configuration: configurationFile,
                        output: reports, jobs: jobs, offline: offline)
                    let (ran, tally, bytes) = try run.run()
                    outcome = ran
                    // The command reports no timings of its own: its seconds are the process's.
                    figures = BatchRun.Figures(
                        seconds: ran.seconds, articles: tally.articles, claims: tally.claims, sourcesOK: tally.ok.count,
                        sourcesUnavailable: tally.unavailable.count, verdicts: tally.verdicts, pipelinePeakBytes: 0, reportBytes: bytes)
                } else {
                    let resultFile = (folder as NSString).appendingPathComponent("result-\(name)-\(jobs).json")
                    var arguments = ["batch", "run-one", articleFolder, "--cache", cache, "--article-jobs", "\(jobs)", "--result", resultFile]
                    if offline { arguments.append("--offline") }
                    if stream {
                        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
                        arguments += ["--stream-to", reports]
                    }
                    outcome = try BatchChildProcess.run(executable, arguments)
                    guard outcome.exitStatus == 0 else { throw BenchError("\(name) run with --jobs \(jobs) failed (status \(outcome.exitStatus))") }
                    figures = try JSONDecoder().decode(BatchRun.Figures.self, from: Data(contentsOf: URL(fileURLWithPath: resultFile)))
                }
                table.add(
                    name, "\(jobs)", decimal(figures.seconds, places: 2), decimal(outcome.seconds, places: 2),
                    decimal(Double(outcome.peakBytes) / 1_048_576, places: 1),
                    factcheck == nil ? decimal(Double(figures.pipelinePeakBytes) / 1_048_576, places: 1) : "-",
                    decimal(Double(figures.reportBytes) / 1_048_576, places: 1), "\(figures.articles)", "\(figures.claims)",
                    "\(figures.sourcesOK)", "\(figures.sourcesUnavailable)", "\(server.requests.count - before)",
                    decimal(Double(figures.articles) / figures.seconds, places: 1))
                verdictLines.append("  \(name), jobs \(jobs): " + figures.verdicts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            }
        }
        let mode = factcheck.map { ", the command \($0) check --output DIR --format json" } ?? (stream ? ", reports streamed to one file per article" : "")
        print("factcheck-bench batch: \(articles) articles, \(pages) source pages on 127.0.0.1, \(latencyMS) ms per response, per-host interval 0\(mode)\n")
        print(table.rendered, terminator: "")
        if factcheck != nil {
            print("\nseconds and process s: the command, spawn to exit. peak MB: its peak resident set; report MB: the JSON files' total size.")
            print("verdicts:\n" + verdictLines.joined(separator: "\n"))
            return
        }
        print("\nseconds: the pipeline (discovery, extraction, fetching, scoring, JSON rendering); process s: spawn to exit.")
        print(stream
            ? "peak MB: the child's peak resident set; pipeline MB: its peak when the check returned (every article's file written); report MB: the files' total size."
            : "peak MB: the child's peak resident set; pipeline MB: its peak when the check returned, before the JSON was rendered; report MB: the JSON report's size.")
        print("verdicts:\n" + verdictLines.joined(separator: "\n"))
    }
}
