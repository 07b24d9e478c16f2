import Foundation
import TestSupport
import Testing

/// The example's HTML report in a real browser: Debian's `chromium`, headless. Skipped, with this
/// message, where Chromium is not installed; `.ci/run` installs it.
@Suite(.serialized) struct HTMLReportBrowserTests {
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Self.find).first

    static func find(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static let packageRoot = PackageRoot.url

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium): the HTML report was not checked in a browser"))
    func theExampleReportRendersAndShowsEveryClaim() throws {
        let chromium = try #require(Self.chromium)
        let workspace = try TestWorkspace()
        let example = Self.packageRoot.appendingPathComponent("Examples/walking-and-sleep")
        let arguments = ["--config", example.appendingPathComponent(".factcheck.toml").path, example.appendingPathComponent("article.md").path]
        let html = try FactcheckProcess.run(arguments + ["--format", "html", "--output", workspace.path("Reports")], in: workspace.root.path)
        #expect(html.status == 1, "the example has findings: \(html.stderr)")
        let json = try FactcheckProcess.run(arguments + ["--format", "json"], in: workspace.root.path)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let claims = ((report["articles"] as? [[String: Any]])?.first?["claims"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(claims.count >= 3)
        let page = URL(fileURLWithPath: workspace.path("Reports/article.html")).absoluteString

        // Every claim is in the DOM the browser built (text nodes are serialised with &, <, > escaped).
        let dom = try Self.chromium(chromium, ["--dump-dom", page], profile: workspace.path("profile"))
        #expect(dom.status == 0, "\(dom.output.suffix(2000))")
        for claim in claims {
            let serialised = claim.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            #expect(dom.output.contains(serialised), "claim missing from the DOM: \(claim)")
        }
        #expect(dom.output.contains("<mark class=\"claim v-contradicted\""))
        // As an editor reads it: emphasis rendered, the title once (the page's heading and <title>),
        // local sources by their path relative to the configuration, never the checkout's path.
        #expect(dom.output.contains("<em>Jordan Ames is a freelance writer living in Leeds.</em>"))
        #expect(dom.output.components(separatedBy: "Does an Evening Walk Really Help You Sleep?").count == 3, "title and h1 only")
        #expect(dom.output.contains("(local file sources/walking-council-brief.html)"))
        #expect(!dom.output.contains(example.appendingPathComponent("sources").path))
        #expect(dom.output.contains("Sources read (3)"))

        // A screenshot that is not blank: far larger than the same-sized screenshot of an empty page
        // (PNG compresses a uniform image to almost nothing).
        try workspace.write("blank.html", "<!DOCTYPE html><html><body></body></html>")
        let shot = workspace.path("report.png")
        let blank = workspace.path("blank.png")
        for (target, file) in [(page, shot), (URL(fileURLWithPath: workspace.path("blank.html")).absoluteString, blank)] {
            let result = try Self.chromium(chromium, ["--screenshot=\(file)", "--window-size=1280,1400", "--hide-scrollbars", target], profile: workspace.path("profile"))
            #expect(result.status == 0, "\(result.output.suffix(2000))")
        }
        let shotBytes = try Data(contentsOf: URL(fileURLWithPath: shot))
        let blankBytes = try Data(contentsOf: URL(fileURLWithPath: blank))
        #expect(shotBytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        #expect(shotBytes.count > 20_000 && shotBytes.count > 5 * blankBytes.count, "report \(shotBytes.count) bytes, blank page \(blankBytes.count) bytes")
    }

    /// Runs headless Chromium with its own profile folder, stopped after a minute if it hangs.
    static func chromium(_ executable: String, _ arguments: [String], profile: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile)"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let errReader = Thread { _ = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
