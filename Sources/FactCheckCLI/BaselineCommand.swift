import ArgumentParser
import FactCheck
import FactCheckModel
import Foundation

/// `factcheck baseline PATH... [--output FILE]`: checks the articles and records today's findings,
/// so `check --baseline FILE` fails a build only on findings that are new.
///
/// It runs the same check as `factcheck check` (same configuration, ledger and `--fail-on`), so a
/// baseline records exactly what `check` would have failed on.
struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record the current findings, so check --baseline fails only on new ones."
    )

    @Argument(help: "Article files or folders, as given to check.")
    var paths: [String]

    @Option(help: ArgumentHelp("The baseline file to write (default: \(Baseline.defaultPath)).", valueName: "file"))
    var output: String = Baseline.defaultPath

    @Option(help: ArgumentHelp("Configuration file (default: the nearest .factcheck.toml upward from the current folder).", valueName: "file"))
    var config: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Verdicts recorded as findings, comma-separated (default: the configuration's).", valueName: "list"))
    var failOn: String?

    @Flag(name: .customLong("no-fetch"), help: "Extract and classify claims only; fetch nothing.")
    var noFetch = false

    @Flag(help: "Answer from the source cache only; never touch the network.")
    var offline = false

    @Flag(help: "Allow sources on loopback, private and link-local addresses.")
    var allowPrivateNetwork = false

    @Option(help: ArgumentHelp("The source cache, an SQLite file.", valueName: "path"))
    var cache: String?

    @Option(help: ArgumentHelp("Articles checked at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("The editors' ledger folder (default: Claims/ beside the configuration file).", valueName: "dir"))
    var claims: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        var configuration = try ConfigurationLoader.load(explicit: config)
        if allowPrivateNetwork { configuration.fetch.allowPrivateNetwork = true }
        if offline { configuration.fetch.offline = true }
        if let failOn {
            do {
                configuration.failOn = try Verdict.parseList(failOn.split(separator: ",").map(String.init), context: "--fail-on")
            } catch {
                throw ValidationError(error.message)
            }
        }
        var options = CheckOptions()
        options.fetchSources = !noFetch
        if let jobs { options.jobs = jobs }
        if !noFetch { options.cache = CacheOpener.open(explicit: cache, settings: configuration.cache) }
        options.ledger = LedgerLoader.load(claims: claims, config: config)
        let report = await FactChecker(configuration: configuration, options: options).check(paths: paths)
        for article in report.articles {
            // An unreadable article has no findings to record; say so, since `check` will fail on it.
            for error in article.errors { Terminal.error("\(article.path): \(error.message) (not in the baseline)") }
        }
        let baseline = Baseline(report: report, failOn: configuration.failOn)
        do {
            try baseline.write(to: output)
        } catch {
            Terminal.error("cannot write the baseline \(output): \(error.localizedDescription)")
            throw ExitCode(ExitStatus.fault.rawValue)
        }
        Terminal.log("wrote \(output): \(baseline.findings.count) finding\(baseline.findings.count == 1 ? "" : "s")")
    }
}
