import Foundation
import LoopbackHTTPServer
import TestSupport
import Testing

/// Runs the built `factcheck` executable, as a user or CI would.
struct FactcheckProcess {
    var status: Int32
    var stdout: String
    var stderr: String

    /// `swift test` runs the test bundle from the build folder, next to the executable.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("factcheck")
    }

    /// `search`: leave literature search on, for a test whose configuration points it at a loopback
    /// emulation (never the real PubMed).
    static func run(_ arguments: [String], in directory: String? = nil, search: Bool = false) throws -> FactcheckProcess {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // Literature search is on by default; the tests' uncited claims must not go to the real PubMed.
        if search { environment["FACTCHECK_NO_SEARCH"] = nil } else { environment["FACTCHECK_NO_SEARCH"] = "1" }
        let run = try ChildProcess.run(executable, arguments, in: directory.map { URL(fileURLWithPath: $0) }, environment: environment)
        return FactcheckProcess(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }
}

@Suite(.serialized) struct CommandLineTests {
    @Test func theExecutableIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: FactcheckProcess.executable.path))
    }

    @Test func noFetchJSONGoesToStdoutAndParses() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        let result = try FactcheckProcess.run(["--no-fetch", "--format", "json", article], in: workspace.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        let claims = try #require((json["articles"] as? [[String: Any]])?.first?["claims"] as? [[String: Any]])
        let texts = claims.compactMap { $0["sentence"] as? String }
        #expect(texts.contains { $0.contains("80 percent") })
        #expect(texts.contains { $0.contains("blood flow") })
        #expect(texts.contains { $0.contains("cortisol") })
        #expect(texts.contains { $0.contains("dopamine") })
        #expect(!texts.contains { $0.contains("consider booking") })
        #expect(!texts.contains { $0.contains("Sam Reed") })
        #expect(!texts.contains { $0.contains("Can a Massage") })
        let cortisol = try #require(claims.first { ($0["sentence"] as? String)?.contains("cortisol") == true })
        #expect(cortisol["verdict"] as? String == "needs-citation")
    }

    @Test func exitCodesFollowTheDesign() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        // Usage errors: 2, with a message on stderr and nothing on stdout.
        let badFormat = try FactcheckProcess.run(["--format", "pdf", article], in: workspace.root.path)
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("unknown format 'pdf'"))
        #expect(badFormat.stdout.isEmpty)
        let twoFormats = try FactcheckProcess.run(["--format", "text,json", article], in: workspace.root.path)
        #expect(twoFormats.status == 2)
        let badVerdict = try FactcheckProcess.run(["--fail-on", "wrong", article], in: workspace.root.path)
        #expect(badVerdict.status == 2)
        let badNetwork = try FactcheckProcess.run(["--allow-network", "10.0.0.0/99", article], in: workspace.root.path)
        #expect(badNetwork.status == 2)
        #expect(badNetwork.stderr.contains("--allow-network 10.0.0.0/99: not an address or CIDR block"))
        try workspace.write("broken/.factcheck.toml", "[fetch\n")
        let badConfig = try FactcheckProcess.run(["--no-fetch", article], in: workspace.path("broken"))
        #expect(badConfig.status == 2)
        #expect(badConfig.stderr.contains(".factcheck.toml: line 1"))
        // Findings at --fail-on: 1.
        let failing = try FactcheckProcess.run(["--no-fetch", "--fail-on", "needs-citation", article], in: workspace.root.path)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("NEEDS-CITATION"))
        // An unreadable article: 1, named on stderr, the rest still reported.
        let binary = try workspace.write("zip.txt", bytes: [0x50, 0x4B, 0, 0])
        let mixed = try FactcheckProcess.run(["--no-fetch", article, binary], in: workspace.root.path)
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("zip.txt"))
        #expect(mixed.stdout.contains("80 percent"))
        // An output that can never be a folder: a usage error before the run, 2 (3 is left for what
        // the system refuses during it, which a test run as root cannot provoke).
        try workspace.write("file-not-folder", "x")
        let unwritable = try FactcheckProcess.run(["--no-fetch", "--output", workspace.path("file-not-folder/reports"), article], in: workspace.root.path)
        #expect(unwritable.status == 2)
    }

    @Test func outputWritesOneFilePerArticleAndFormat() throws {
        let workspace = try TestWorkspace()
        try workspace.write("in/back.txt", Fixtures.backPainArticle)
        try workspace.write("in/other/back.md", "# Back\n\nMassage increases blood flow to the back muscles.\n")
        let result = try FactcheckProcess.run(["--no-fetch", "--format", "json,text", "--output", "Reports", "in"], in: workspace.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path("Reports")).sorted()
        #expect(files == ["back-2.json", "back-2.txt", "back.json", "back.txt"])
        #expect(result.stdout.isEmpty)
    }

    @Test func claimsListsClaimsWithSpans() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        let result = try FactcheckProcess.run(["claims", article])
        #expect(result.status == 0)
        let first = try #require(result.stdout.split(separator: "\n").first)
        #expect(first.hasPrefix("3:"))
        #expect(first.contains("statistic"))
        let missing = try FactcheckProcess.run(["claims", workspace.path("missing.txt")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("missing.txt: no such file"))
    }

    @Test func fetchPrintsTheExtractedText() throws {
        let server = try LoopbackHTTPServer(routes: ["/facts": .html(Fixtures.associationPage)])
        defer { server.stop() }
        // A cache of its own, so the test never writes .factcheck/ into the working folder.
        let workspace = try TestWorkspace()
        let cache = workspace.path("cache.sqlite")
        let allowed = try FactcheckProcess.run(["fetch", "--cache", cache, "--allow-private-network", server.url("/facts")])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("title: Back pain facts and statistics"))
        #expect(allowed.stdout.contains(Fixtures.quotedSentence))
        #expect(!allowed.stdout.contains("Find a doctor"))
        let refused = try FactcheckProcess.run(["fetch", "--cache", cache, server.url("/facts")])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("status: refused"))
    }
}
