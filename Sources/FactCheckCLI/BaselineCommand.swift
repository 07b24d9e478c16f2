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

    @Option(help: ArgumentHelp("The baseline file to write.", valueName: "file"))
    var output: String = Baseline.defaultPath

    @OptionGroup var runOptions: RunOptions

    func run() async throws {
        try LanguageData.check()
        let configuration = try runOptions.configuration()
        let options = runOptions.checkOptions(for: configuration)
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
