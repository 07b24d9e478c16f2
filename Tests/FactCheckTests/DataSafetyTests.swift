import Foundation
import Testing

/// A user's file is never lost or replaced by a mistyped path, and a run leaves nothing behind that
/// it did not need: through the real executable, as a newcomer would type the commands.
@Suite(.serialized) struct DataSafetyTests {
    static let notes = "# Interview notes\n\nAsk about the 2019 trial. *Call back on Tuesday.*\n"

    @Test func everyCommandThatOpensTheCacheRefusesAFileThatIsNotADatabase() throws {
        let workspace = try TestWorkspace()
        let notes = try workspace.write("notes.md", Self.notes)
        let article = try workspace.write("article.txt", "Coffee drinkers live 20 percent longer, according to https://example.org/coffee.\n")
        let commands: [[String]] = [
            ["cache", "stats", "--cache", notes],
            ["cache", "prune", "--cache", notes],
            ["cache", "clear", "--cache", notes],
            ["check", "--offline", "--cache", notes, article],
            ["baseline", "--offline", "--cache", notes, "--output", workspace.path("bl.json"), article],
            ["fetch", "--offline", "--cache", notes, "https://example.org/coffee"],
        ]
        for arguments in commands {
            let result = try FactcheckProcess.run(arguments, in: workspace.root.path)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("cache \(notes) is not an SQLite database"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("moved"), "\(arguments)")
            #expect(try String(contentsOfFile: notes, encoding: .utf8) == Self.notes, "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted() == ["article.txt", "notes.md"])
    }

    @Test func aRunThatFetchesNothingCreatesNoCache() throws {
        let workspace = try TestWorkspace()
        try workspace.write("article.txt", "Studies have shown that walking lowers blood pressure by 10 percent.\n")
        let check = try FactcheckProcess.run(["article.txt"], in: workspace.root.path)
        #expect(check.status == 0, "\(check.stderr)")
        let stats = try FactcheckProcess.run(["cache", "stats"], in: workspace.root.path)
        #expect(stats.stdout.contains("entries: 0"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path(".factcheck")))
    }

    @Test func aBaselineOfAMissingPathIsAnErrorAndWritesNothing() throws {
        let workspace = try TestWorkspace()
        let result = try FactcheckProcess.run(["baseline", "nosuch.md", "--output", "bl.json"], in: workspace.root.path)
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "nosuch.md").count == 2, "named once: \(result.stderr)")
        #expect(result.stderr.contains("no baseline written"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("bl.json")))
    }

    @Test func aBaselineNeverReplacesAFileThatIsNotABaseline() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("article.txt", "Studies have shown that walking lowers blood pressure by 10 percent.\n")
        let notes = try workspace.write("notes.md", Self.notes)
        let refused = try FactcheckProcess.run(["baseline", "--output", notes, article], in: workspace.root.path)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("\(notes): is not a baseline file, so it is not overwritten"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == Self.notes)
        // An earlier baseline is what --output is for: it is replaced.
        let first = try FactcheckProcess.run(["baseline", "--output", "bl.json", article], in: workspace.root.path)
        let again = try FactcheckProcess.run(["baseline", "--output", "bl.json", article], in: workspace.root.path)
        #expect(first.status == 0 && again.status == 0, "\(first.stderr) \(again.stderr)")
    }

    /// Report files are named after articles, so `--output .` would write `article.txt`'s text report
    /// over the article itself, and `--output site` over the site's own pages: refused before the
    /// run, nothing written. A folder of earlier reports is replaced as before.
    @Test func aReportNeverReplacesAFileFactcheckDidNotWrite() throws {
        let workspace = try TestWorkspace()
        let text = "Coffee drinkers live 20 percent longer, a 2019 study found.\n"
        let article = try workspace.write("article.txt", text)
        let ownPage = try workspace.write("site/index.html", "<!DOCTYPE html><html><body>Our site</body></html>\n")
        let root = workspace.root.path

        let intoItself = try FactcheckProcess.run(["check", "--no-fetch", "--format", "text", "--output", ".", "article.txt"], in: root)
        #expect(intoItself.status == 2)
        #expect(intoItself.stderr.hasPrefix("factcheck: ./article.txt is an article this run checks; a report would replace it"), "\(intoItself.stderr)")
        #expect(try String(contentsOfFile: article, encoding: .utf8) == text)

        for arguments in [["--output", "site"], []] {
            // Without --output, html goes to Reports/: the same rule holds there.
            let folder = arguments.isEmpty ? "Reports" : "site"
            if arguments.isEmpty { try workspace.write("Reports/index.html", "<p>kept</p>\n") }
            let run = try FactcheckProcess.run(["check", "--no-fetch", "--format", "html"] + arguments + ["article.txt"], in: root)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("\(folder)/index.html is a file factcheck did not write"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: workspace.path("\(folder)/article.html")))
        }
        #expect(try String(contentsOfFile: ownPage, encoding: .utf8) == "<!DOCTYPE html><html><body>Our site</body></html>\n")

        // An article is never a report's place, even empty or shaped like one.
        for (name, body) in [("empty.txt", ""), ("audit.txt", "Notes.\n1 article, 4 claims: 1 contradicted, 3 supported\n")] {
            try workspace.write(name, body)
            let run = try FactcheckProcess.run(["check", "--no-fetch", "--format", "text", "--output", ".", name], in: root)
            #expect(run.status == 2, "\(name): \(run.stderr)")
            #expect(run.stderr.contains("./\(name) is an article this run checks"), "\(run.stderr)")
            #expect(try String(contentsOfFile: workspace.path(name), encoding: .utf8) == body)
        }

        let formats = "text,json,html,markdown,sarif,junit,github,claimreview"
        for _ in 0..<2 {
            let run = try FactcheckProcess.run(["check", "-q", "--no-fetch", "--format", formats, "--output", "out", "article.txt"], in: root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let merged = try FactcheckProcess.run(["merge", "-q", "out/article.json", "--format", formats, "--output", "out"], in: root)
        #expect(merged.status == 0, "\(merged.stderr)")
    }

    @Test func aReviewNeverReplacesAFileThatIsNotALedgerEntry() throws {
        let workspace = try TestWorkspace()
        let text = "walking lowers blood pressure by 10 percent"
        let id = try #require(FactcheckProcess.run(["claims", "--format", "json", try workspace.write("a.txt", "Studies have shown that \(text).\n")], in: workspace.root.path).stdout
            .components(separatedBy: "\"id\" : \"").dropFirst().first?.prefix(10)).description
        let inTheWay = try workspace.write("Claims/\(id).json", "my own notes, not JSON\n")
        let review = try FactcheckProcess.run(
            ["review", id, "--verdict", "supported", "--evidence", "https://example.org/bp", "--article", "a.txt"], in: workspace.root.path)
        #expect(review.status != 0, "\(review.stderr)")
        #expect(review.stderr.contains("not a ledger entry is in the way"), "\(review.stderr)")
        #expect(try String(contentsOfFile: inTheWay, encoding: .utf8) == "my own notes, not JSON\n")
    }

    @Test func aCachePathThatIsNotARegularFileIsRefusedWithoutBlocking() throws {
        let workspace = try TestWorkspace()
        let fifo = workspace.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opening a FIFO for reading would wait for a writer forever; it is refused at once instead.
        let stats = try FactcheckProcess.run(["cache", "stats", "--cache", fifo], in: workspace.root.path)
        #expect(stats.status == 2, "\(stats.stderr)")
        #expect(stats.stderr.contains("cache \(fifo) is not an SQLite database"), "\(stats.stderr)")
    }
}
