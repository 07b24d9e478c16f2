import ArgumentParser
import FactCheck
import Foundation

/// `factcheck merge REPORT.json...`: one report from the JSON reports of a sharded run.
///
/// A CI matrix runs `factcheck check DIR --shard K/N --format json > shard-K.json` on N machines; a
/// final job runs `factcheck merge shard-*.json --format json,html --output Reports/` and gets the
/// report and index page one machine would have written. The exit code follows `--fail-on` like
/// `check`'s, so the merge job can be the one that gates the build.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the JSON reports of --shard runs into one report and index page."
    )

    @Argument(help: "JSON reports written by `factcheck check --format json` (whole runs or per-article files).")
    var reports: [String]

    @Option(help: ArgumentHelp("Output formats, comma-separated (default json). html is always written to files.", valueName: "list"))
    var format: String = "json"

    @Option(help: ArgumentHelp("Write one report file per article and format, and html's index.html, into this folder instead of stdout.", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Verdicts that make the exit code 1, comma-separated, or 'none' (default: contradicted,source-unavailable).", valueName: "list"))
    var failOn: String?

    @Flag(name: .shortAndLong, help: "Nothing on stderr but errors (no \"wrote …\" line).")
    var quiet = false

    func validate() throws {
        if reports.isEmpty { throw ValidationError("merge needs at least one JSON report") }
        let formats = try parsedFormats()
        if let output {
            try ReportDelivery.checkFolder(output, option: "--output")
        } else if formats.contains(where: \.writesFilesOnly) {
            try ReportDelivery.checkFolder(CheckCommand.defaultHTMLFolder, option: "html's folder")
        }
    }

    func parsedFormats() throws -> [ReportFormat] {
        try ListOptions.formats(format, output: output)
    }

    func run() async throws {
        var failOnVerdicts = Configuration().failOn
        if let failOn {
            failOnVerdicts = try ListOptions.verdicts(failOn)
        }
        let inputs: [Report]
        do {
            inputs = try reports.map(ReportMerger.read(path:))
        } catch let error as MergeError {
            // An unreadable shard would silently drop articles from the merged report: refuse.
            throw ValidationError(error.message)
        }
        let (report, duplicates) = ReportMerger.merge(inputs)
        for path in duplicates { Terminal.error("\(path): in more than one report; the first is kept") }

        let formats = try parsedFormats()
        var context = RenderContext(failOn: failOnVerdicts)
        context.localPaths = ReportDelivery.localPaths(configuration: nil)
        // The article texts, for HTML, if the articles are where the shards read them (the merge job
        // usually has the same checkout); pages without them still show every claim.
        if formats.contains(.html) { context.articleTexts = ArticleTextLoader.texts(for: report) }
        try ReportDelivery.deliver(report, formats: formats, output: output, context: context, quiet: quiet)
        throw ExitCode(ExitStatus.of(report, failOn: failOnVerdicts).rawValue)
    }
}
