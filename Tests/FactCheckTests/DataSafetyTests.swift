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
}
