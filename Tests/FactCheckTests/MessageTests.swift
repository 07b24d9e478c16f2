import Foundation
import FactCheckModel
import Testing

/// Errors a newcomer meets name the problem once, in the project's words, with one hint for the
/// subcommand in use: through the real executable.
@Suite(.serialized) struct MessageTests {
    static let article = "Adults who walked 30 minutes a day had a 23% lower risk of heart disease, researchers found.\n"

    /// Lines on stderr, without empty ones.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test func aUsageErrorIsOneLineAndOneHintForTheSubcommand() throws {
        let workspace = try TestWorkspace()
        let cases: [([String], String, String)] = [
            (["check", "--jobs", "0", "a.txt"], "--jobs must be at least 1", "factcheck check"),
            (["a.txt", "--format", "pdf"], "unknown format 'pdf'", "factcheck check"),
            (["cache", "prune", "--older-than=-1"], "--older-than must be 0 or more hours", "factcheck cache prune"),
            (["merge"], "Missing expected argument '<reports> ...'", "factcheck merge"),
            (["review", "c-0123abcd", "--verdict", "supported", "--text", "x"], "at least one --evidence URL", "factcheck review"),
        ]
        for (arguments, problem, subcommand) in cases {
            let result = try FactcheckProcess.run(arguments, in: workspace.root.path)
            #expect(result.status == 2, "\(arguments)")
            let lines = Self.lines(result.stderr)
            #expect(lines.count == 2, "\(arguments): \(result.stderr)")
            #expect(lines.first?.hasPrefix("factcheck: ") == true && lines.first?.contains(problem) == true, "\(arguments): \(result.stderr)")
            #expect(lines.last == "Run '\(subcommand) --help' for its options.", "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Usage:"), "\(arguments)")
        }
    }

    @Test func aConfigurationTypeErrorNamesTheLine() throws {
        let workspace = try TestWorkspace()
        let config = try workspace.write("bad.toml", "[fetch]\nuser_agent = \"factcheck-test\"\ntimeout_seconds = \"soon\"\n")
        let article = try workspace.write("a.txt", Self.article)
        let result = try FactcheckProcess.run(["check", "--no-fetch", "--config", config, article], in: workspace.root.path)
        #expect(result.status == 2)
        #expect(Self.lines(result.stderr).first == "factcheck: \(config): line 3: fetch.timeout_seconds must be a number, not a string")
    }

    @Test func reviewOffersOnlyVerdictsItAccepts() throws {
        let workspace = try TestWorkspace()
        for verdict in ["bogus", "none"] {
            let result = try FactcheckProcess.run(
                ["review", "c-0123abcd", "--verdict", verdict, "--evidence", "https://example.org/s", "--text", "x"], in: workspace.root.path)
            #expect(result.status == 2)
            let first = Self.lines(result.stderr).first ?? ""
            #expect(first.contains("unknown verdict \"\(verdict)\" (known: supported, "), "\(first)")
            #expect(!first.contains("none)") && !first.contains("none,"), "\(first)")
        }
    }

    @Test func claimsOnAFolderSaysItTakesOneFile() throws {
        let workspace = try TestWorkspace()
        try workspace.write("articles/a.txt", Self.article)
        let result = try FactcheckProcess.run(["claims", "articles"], in: workspace.root.path)
        #expect(result.status == 2)
        #expect(Self.lines(result.stderr).first == "factcheck: articles is a folder; claims takes one article file (check takes folders)")
    }

    @Test func quietPrintsNoWroteLines() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("a.txt", Self.article)
        let quiet = try FactcheckProcess.run(["check", "-q", "--no-fetch", "--format", "json,html", "--output", "out", article], in: workspace.root.path)
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.path("out/a.json")))
        let loud = try FactcheckProcess.run(["check", "--no-fetch", "--format", "json", "--output", "out", article], in: workspace.root.path)
        #expect(loud.stderr.contains("wrote out/a.json"))
    }

    /// `-q` means the same on every command that writes files: errors only.
    @Test func quietIsQuietOnBaselineMergeAndReview() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("a.txt", Self.article)
        let root = workspace.root.path
        let baseline = try FactcheckProcess.run(["baseline", "-q", "--no-fetch", "--output", "b.json", article], in: root)
        #expect(baseline.stderr.isEmpty, "\(baseline.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.path("b.json")))

        let shard = try FactcheckProcess.run(["check", "-q", "--no-fetch", "--format", "json", "--output", "shard", article], in: root)
        #expect(shard.stderr.isEmpty, "\(shard.stderr)")
        let merge = try FactcheckProcess.run(["merge", "-q", "shard/a.json", "--format", "json", "--output", "merged"], in: root)
        #expect(merge.stderr.isEmpty, "\(merge.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.path("merged/a.json")))

        let text = "Massage lowers cortisol."
        let review = try FactcheckProcess.run(
            ["review", "-q", ClaimID.make(for: text), "--verdict", "supported", "--evidence", "https://example.org/s", "--text", text, "--claims", "Claims"],
            in: root)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stderr.isEmpty, "\(review.stderr)")
    }

    @Test func claimsNamingAFileIsRefusedAndAMissingFolderIsSaid() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("a.txt", Self.article)
        try workspace.write("notes.json", "{}")
        let file = try FactcheckProcess.run(["check", "--no-fetch", "--claims", "notes.json", article], in: workspace.root.path)
        #expect(file.status == 2)
        #expect(Self.lines(file.stderr).first?.hasPrefix("factcheck: --claims notes.json: is a file; give the ledger folder") == true, "\(file.stderr)")

        let missing = try FactcheckProcess.run(["check", "--no-fetch", "--claims", "Clams", article], in: workspace.root.path)
        #expect(missing.status == 0, "\(missing.stderr)")
        #expect(missing.stderr.contains("warning: --claims Clams: no such folder; no editors' decisions applied"), "\(missing.stderr)")
    }

    @Test func fetchNamesARefusalOnce() throws {
        let result = try FactcheckProcess.run(["fetch", "notaurl"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("status: refused: not an http(s) URL\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("refused (refused"))
    }

    /// A report folder or baseline that can never be written is a usage error before the run (exit 2).
    @Test func anOutputThatCannotBeWrittenIsSaidInOurWordsWithThePath() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("a.txt", Self.article)
        let file = try workspace.write("taken", "a file where the folder should be\n")
        let intoFile = try FactcheckProcess.run(["check", "--no-fetch", "--format", "json", "--output", file, article], in: workspace.root.path)
        #expect(intoFile.status == 2)
        #expect(intoFile.stderr.hasPrefix("factcheck: --output \(file): is a file; give a folder for the reports\n"), "\(intoFile.stderr)")
        let below = try FactcheckProcess.run(["check", "--no-fetch", "--format", "json", "--output", file + "/reports", article], in: workspace.root.path)
        #expect(below.status == 2)
        #expect(below.stderr.hasPrefix("factcheck: --output \(file)/reports: is inside a file (taken); give a folder for the reports\n"), "\(below.stderr)")
        let baseline = try FactcheckProcess.run(["baseline", "--no-fetch", "--output", file + "/bl.json", article], in: workspace.root.path)
        #expect(baseline.status == 2)
        #expect(baseline.stderr.hasPrefix("factcheck: --output \(file)/bl.json: is inside a file (taken); give a path in a folder\n"), "\(baseline.stderr)")
        #expect(!baseline.stderr.contains("progress"), "\(baseline.stderr)")
        for result in [intoFile, below, baseline] {
            #expect(!result.stderr.contains("could not be completed") && !result.stderr.contains("couldn’t"), "\(result.stderr)")
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "a file where the folder should be\n")
    }
}
