import FactCheckModel
import Foundation
import LoopbackHTTPServer
import Testing

/// Ctrl-C during a batch, against a slow loopback server, with the real executable: the reports of
/// the articles already checked are written whole, the exit code is 130, the cache stays usable and
/// a rerun finishes the batch without fetching again what was fetched.
@Suite(.serialized) struct BatchInterruptTests {
    @Test func sigintWritesFinishedReportsAndARerunResumesFromTheCache() throws {
        let server = try LoopbackHTTPServer { request in
            HTTPResponse.html("<html><body><main><p>Adults who walked 30 minutes a day had a 23% lower risk of heart disease in the trial.</p></main></body></html>")
                .delayed(by: 0.2)
        }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        try workspace.write(".factcheck.toml", "[fetch]\nper_host_interval_ms = 0\nrespect_robots = false\n")
        let count = 30
        for index in 0..<count {
            let name = index < 10 ? "0\(index)" : "\(index)"
            try workspace.write("news/story-\(name).md", "# Story \(index)\n\nAdults who walked 30 minutes a day had a 23% lower risk of heart disease ([study](\(server.url("/page/\(index)")))).\n")
        }
        let arguments = [
            "check", "--allow-private-network", "--jobs", "1", "--format", "json", "--output", workspace.path("out"),
            "--cache", workspace.path("cache.sqlite"), "--fail-on", "none", workspace.path("news"),
        ]
        let process = Process()
        process.executableURL = FactcheckProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = workspace.root
        // Literature search is on by default; the test must not reach outside hosts.
        process.environment = ProcessInfo.processInfo.environment.merging(["FACTCHECK_NO_SEARCH": "1"]) { $1 }
        let stderrPath = workspace.path("stderr.txt")
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Wait (polling, no timing assertion) until a few articles are done, then interrupt.
        var polls = 0
        while polls < 600, process.isRunning,
              !(String(decoding: FileManager.default.contents(atPath: stderrPath) ?? Data(), as: UTF8.self)).contains("progress: 3/\(count)") {
            Thread.sleep(forTimeInterval: 0.05)
            polls += 1
        }
        #expect(process.isRunning, "the run ended before it could be interrupted")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let stderr = String(decoding: FileManager.default.contents(atPath: stderrPath) ?? Data(), as: UTF8.self)
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("interrupted"))

        // Every report written is whole JSON, and there are fewer than all of them.
        let written = try FileManager.default.contentsOfDirectory(atPath: workspace.path("out")).filter { $0.hasSuffix(".json") }
        #expect(written.count >= 3)
        #expect(written.count < count)
        for name in written {
            let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: workspace.path("out/" + name))))
            #expect(report.articles.count == 1)
        }
        let requestsBefore = server.requests.count

        // The cache opens and answers; the rerun checks everything, fetching only what was missing.
        let stats = try FactcheckProcess.run(["cache", "stats", "--cache", workspace.path("cache.sqlite")], in: workspace.root.path)
        #expect(stats.status == 0, "\(stats.stderr)")
        let rerun = try FactcheckProcess.run(arguments, in: workspace.root.path)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let all = try FileManager.default.contentsOfDirectory(atPath: workspace.path("out")).filter { $0.hasSuffix(".json") }
        #expect(all.count == count)
        #expect(server.requests.count - requestsBefore <= count - written.count)
        let fetched = Set(server.requests.map(\.path))
        #expect(fetched.count == count)
        #expect(server.requests.count == count, "a page was fetched twice: the rerun did not resume from the cache")
    }
}
