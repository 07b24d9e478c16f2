import FactCheckModel
import Foundation

/// One configuration of `factcheck-bench batch --factcheck PATH`: the built `factcheck` executable
/// itself as the child process (`check ARTICLES --output DIR --format json`), so that the peak
/// measured is the real command's, argument parsing, progress and file writing included. Its
/// figures are read back from the files it wrote, since the command reports nothing else.
struct BatchCLIRun {
    var executable: String
    var articles: String
    var cache: String
    var configuration: String
    var output: String
    var jobs: Int
    var offline: Bool

    /// What the real command needs besides the benchmark's own: loopback sources allowed and no
    /// per-host interval (every page is on 127.0.0.1; see ``BatchBenchmark``).
    static let configurationText = """
        [fetch]
        allow_private_network = true
        per_host_interval_ms = 0

        # The batch measures checking cited pages; its uncited claims are not searched (on by default).
        [search]
        enabled = false

        """

    var arguments: [String] {
        var arguments = ["check", articles, "--output", output, "--format", "json", "--config", configuration, "--cache", cache, "--jobs", "\(jobs)", "--quiet"]
        if offline { arguments.append("--offline") }
        return arguments
    }

    /// Runs the command (exit status 0 or 1: findings are expected) and counts what it wrote.
    func run() throws -> (outcome: BatchChildProcess.Outcome, tally: Tally, reportBytes: Int) {
        try? FileManager.default.removeItem(atPath: output)
        let outcome = try BatchChildProcess.run(executable, arguments)
        guard outcome.exitStatus == 0 || outcome.exitStatus == 1 else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed (status \(outcome.exitStatus))")
        }
        var tally = Tally()
        var bytes = 0
        let decoder = JSONDecoder()
        for name in try FileManager.default.contentsOfDirectory(atPath: output).sorted() where name.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: output).appendingPathComponent(name))
            bytes += data.count
            for article in try decoder.decode(Report.self, from: data).articles { tally.add(article) }
        }
        return (outcome, tally, bytes)
    }
}
