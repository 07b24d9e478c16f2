import ArgumentParser
import FactCheck
import Foundation

/// `factcheck [check] PATH...`
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check files or folders of articles (.txt .md .markdown .html .htm), recursively."
    )

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(help: ArgumentHelp("Output formats, comma-separated: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")). html is always written to files (default folder: \(CheckCommand.defaultHTMLFolder)/); the others print to stdout, one at a time, unless --output is given.", valueName: "list"))
    var format: String = "text"

    @Option(help: ArgumentHelp("Write one report file per article and format into this folder instead of stdout (and html's pages and index.html).", valueName: "dir"))
    var output: String?

    @OptionGroup var runOptions: RunOptions

    @Option(name: .customLong("source"), help: ArgumentHelp("An extra source for every claim: a URL or a local file (repeatable).", valueName: "url"))
    var sources: [String] = []

    @Flag(name: .shortAndLong, help: "Log each article on stderr and show all evidence.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "No progress on stderr (errors still print).")
    var quiet = false

    @Option(help: ArgumentHelp("Only findings not in this baseline file (see `factcheck baseline`) make the exit code 1.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Check only part K of N of the articles, for a CI matrix (a stable hash of each path relative to its folder); join the JSON reports with `factcheck merge`.", valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let shard { _ = try parsedShard(shard) }
        let formats = try parsedFormats()
        if let output {
            try ReportDelivery.checkFolder(output, option: "--output")
        } else if formats.contains(where: \.writesFilesOnly) {
            try ReportDelivery.checkFolder(CheckCommand.defaultHTMLFolder, option: "html's folder")
        }
    }

    func parsedShard(_ text: String) throws -> Shard {
        do { return try Shard(parsing: text) } catch { throw ValidationError(error.description) }
    }

    /// Where html goes without `--output` (DESIGN.md, `Reports/`).
    static let defaultHTMLFolder = "Reports"

    func parsedFormats() throws -> [ReportFormat] {
        try ListOptions.formats(format, output: output)
    }

    func run() async throws {
        try LanguageData.check()
        let configuration = try runOptions.configuration()
        var options = try runOptions.checkOptions(for: configuration)
        // `-q`: nothing on stderr but errors; a search that cannot reach its database is a warning.
        if quiet { options.warn = { _ in } }
        options.extraSources = try sources.map(Self.resolveSource)
        options.shard = try shard.map(parsedShard)
        // A baseline that cannot be read is a usage error before any work, not a surprise after it.
        let knownFindings = try baseline.map(BaselineLoader.load)

        let verbose = self.verbose
        // Ctrl-C or a CI job's SIGTERM: finish the articles in flight, write what is done, exit 130/143.
        let stop = StopRequest()
        options.stop = stop
        let display = ProgressDisplay(mode: ProgressDisplay.mode(quiet: quiet), verbose: verbose)
        let signals = stop.installSignalHandlers { _ in
            display.finish()
            Terminal.error("interrupted: finishing the articles in flight, then writing their reports (again to quit now)")
        }
        let formats = try parsedFormats()
        let checker = FactChecker(configuration: configuration, options: options)
        var context = RenderContext(verbose: verbose, failOn: configuration.failOn)
        context.localPaths = ReportDelivery.localPaths(configuration: configuration.path)
        let status: ExitStatus
        let articles: Int
        if let output {
            // Every format goes to files: each article's are written as it finishes and only its
            // counts are kept, so a batch's memory does not grow with its length.
            context.checkedAt = ReportDelivery.timestamp(Date())
            let outcome: StreamingReportWriter.Outcome
            do {
                outcome = try await StreamingReportWriter(directory: output, formats: formats, context: context, baseline: knownFindings)
                    .check(paths: paths, with: checker, progress: display.listener)
            } catch let error as ReportWouldReplaceError {
                display.finish()
                throw ValidationError(error.description)
            } catch {
                display.finish()
                Terminal.error("\(FileWriteError(error, path: output)); the run stopped (reports already written there are whole)")
                throw ExitCode(ExitStatus.fault.rawValue)
            }
            display.finish()
            for article in outcome.articles {
                for error in article.errors { Terminal.error(error.message) }
            }
            for path in outcome.written where !quiet { Terminal.log("wrote \(path)") }
            (status, articles) = (outcome.status, outcome.articles.count)
        } else {
            // stdout formats are one document for the whole run, so the run's report is kept whole.
            // Only HTML shows the article itself: keep the texts the check read, instead of reading again.
            let (report, articleTexts) = await checker.check(paths: paths, keepingTexts: formats.contains(.html), progress: display.listener)
            display.finish()
            for article in report.articles {
                for error in article.errors { Terminal.error(error.message) }
            }
            context.articleTexts = articleTexts
            try ReportDelivery.deliver(report, formats: formats, output: output, context: context, quiet: quiet)
            (status, articles) = (ExitStatus.of(report, failOn: configuration.failOn, baseline: knownFindings), report.articles.count)
        }
        if let signal = signals.first {
            Terminal.error("interrupted: \(articles) article report(s) complete; rerun to check the rest (sources read so far are cached)")
            throw ExitCode(128 + signal)
        }
        throw ExitCode(status.rawValue)
    }

    /// URLs pass through; anything else must be an existing local file, made absolute so the fetcher
    /// reads it whatever the working folder.
    static func resolveSource(_ value: String) throws -> String {
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return value }
        if lower.contains("://") { throw ValidationError("--source \(value): only http(s) URLs or local files") }
        let absolute = URL(fileURLWithPath: value).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: absolute) else { throw ValidationError("--source \(value): no such file") }
        return absolute
    }
}

/// Finds and reads the configuration, turning its errors into usage errors (exit code 2).
enum ConfigurationLoader {
    static func load(explicit: String?) throws -> Configuration {
        let path = explicit ?? Configuration.discover(from: FileManager.default.currentDirectoryPath)
        guard let path else { return Configuration() }
        if let explicit, !FileManager.default.fileExists(atPath: explicit) {
            throw ValidationError("--config \(explicit): no such file")
        }
        do {
            let configuration = try Configuration.load(from: path)
            for key in configuration.unknownKeys {
                let line = configuration.line(of: key).map { "line \($0): " } ?? ""
                Terminal.error("\(path): \(line)warning: unknown setting '\(key)' ignored")
            }
            return configuration
        } catch {
            throw ValidationError(error.description)
        }
    }
}
