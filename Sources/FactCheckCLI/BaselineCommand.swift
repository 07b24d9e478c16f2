import ArgumentParser
import FactCheck
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

    @Option(help: ArgumentHelp("The baseline file to write.", valueName: "file"))
    var output: String = Baseline.defaultPath

    @OptionGroup var runOptions: RunOptions

    @Flag(name: .shortAndLong, help: "Nothing on stderr but errors (no \"wrote …\" line).")
    var quiet = false

    func run() async throws {
        try LanguageData.check()
        do throws(Baseline.LoadError) {
            try Baseline.checkReplaceable(output)
        } catch {
            throw ValidationError(error.description)
        }
        try ReportDelivery.checkFileFolder(output, option: "--output")
        let configuration = try runOptions.configuration()
        let options = try runOptions.checkOptions(for: configuration)
        let report = await FactChecker(configuration: configuration, options: options).check(paths: paths)
        // A path that names no article (a typo) or an unreadable article would leave a baseline that
        // records nothing for it, and `check` fails on it anyway: write nothing, exit as `check` does.
        let errors = report.articles.flatMap(\.errors)
        if !errors.isEmpty {
            for error in errors { Terminal.error(error.message) }
            Terminal.error("no baseline written: fix the path\(errors.count == 1 ? "" : "s") above and run again")
            throw ExitCode(ExitStatus.findings.rawValue)
        }
        let baseline = Baseline(report: report, failOn: configuration.failOn)
        do {
            try baseline.write(to: output)
        } catch {
            Terminal.error("\(FileWriteError(error, path: output)) (the baseline)")
            throw ExitCode(ExitStatus.fault.rawValue)
        }
        if quiet { return }
        Terminal.log("wrote \(output): \(baseline.findings.count) finding\(baseline.findings.count == 1 ? "" : "s")")
    }
}
