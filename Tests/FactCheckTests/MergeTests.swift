import FactCheck
import FactCheckModel
import Foundation
import Testing

/// `factcheck merge`: shard reports joined into what one machine would have reported.
@Suite struct ReportMergerTests {
    func article(_ path: String) -> ArticleReport {
        ArticleReport(path: path, title: nil, claims: [], errors: [])
    }

    @Test func sortsByPathAndReportsRepeats() {
        let tool = FactChecker.tool
        let (report, duplicates) = ReportMerger.merge([
            Report(tool: tool, articles: [article("news/c.md"), article("news/a.md")]),
            Report(tool: tool, articles: [article("news/b.md"), article("news/a.md")]),
        ])
        #expect(report.articles.map(\.path) == ["news/a.md", "news/b.md", "news/c.md"])
        #expect(duplicates == ["news/a.md"])
        #expect(report.summary.articles == 3)
    }

    @Test func refusesWhatIsNotAReport() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write("bad.json", "{\"hello\": 1}")
        func message(_ path: String) -> String {
            do {
                _ = try ReportMerger.read(path: path)
                return "read"
            } catch {
                return (error as? MergeError)?.message ?? "not a MergeError: \(error)"
            }
        }
        #expect(message(path) == "\(path): not a factcheck JSON report (schema_version is missing); merge takes the output of `factcheck check --format json`")
        let notes = try workspace.write("notes.md", "# Notes\n")
        #expect(message(notes).hasPrefix("\(notes): not a factcheck JSON report (it is not JSON)"))
        let list = try workspace.write("list.json", "[1, 2]")
        #expect(message(list).hasPrefix("\(list): not a factcheck JSON report (it is not a JSON object)"))
        #expect(message(workspace.path("missing.json")) == "\(workspace.path("missing.json")): no such file")
        #expect(message(workspace.root.path) == "\(workspace.root.path): is a folder; merge takes JSON report files")
        for path in [path, notes, list] { #expect(!message(path).contains("DecodingError"), "\(message(path))") }
    }
}

/// The real executable: three shards, merged, equal the unsharded run.
@Suite(.serialized) struct MergeCommandTests {
    static let article = """
        Sleep and exercise

        Adults who walked 30 minutes a day had a 23% lower risk of heart disease, researchers found.

        Some readers wrote in to ask about it.
        """

    @Test func mergedShardsEqualTheUnshardedRun() throws {
        let workspace = try TestWorkspace()
        for index in 0..<12 { try workspace.write("news/part\(index % 2)/story-\(index).txt", Self.article) }
        let folder = workspace.path("news")
        let whole = try FactcheckProcess.run(["check", "--no-fetch", "--format", "json", "--fail-on", "none", folder], in: workspace.root.path)
        #expect(whole.status == 0, "\(whole.stderr)")
        var shardFiles: [String] = []
        for index in 1...3 {
            let run = try FactcheckProcess.run(
                ["check", "--no-fetch", "--format", "json", "--fail-on", "none", "--shard", "\(index)/3", "--jobs", "\(index)", folder],
                in: workspace.root.path)
            #expect(run.status == 0, "\(run.stderr)")
            shardFiles.append(try workspace.write("shard-\(index).json", run.stdout))
        }
        let merged = try FactcheckProcess.run(["merge", "--fail-on", "none"] + shardFiles.reversed(), in: workspace.root.path)
        #expect(merged.status == 0, "\(merged.stderr)")
        let expected = try JSONDecoder().decode(Report.self, from: Data(whole.stdout.utf8))
        let actual = try JSONDecoder().decode(Report.self, from: Data(merged.stdout.utf8))
        #expect(actual.articles.map(\.path) == expected.articles.map(\.path))
        #expect(actual.articles.map { $0.claims.map(\.claim.sentence) } == expected.articles.map { $0.claims.map(\.claim.sentence) })
        #expect(actual.summary.claims == expected.summary.claims)
        #expect(actual.articles.count == 12)

        let html = try FactcheckProcess.run(["merge", "--format", "json,html", "--output", workspace.path("out")] + shardFiles, in: workspace.root.path)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.path("out/index.html")))
        #expect(FileManager.default.fileExists(atPath: workspace.path("out/story-0.json")))
    }

    @Test func badShardValueIsAUsageError() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/a.txt", Self.article)
        let run = try FactcheckProcess.run(["check", "--no-fetch", "--shard", "4/3", workspace.path("news")], in: workspace.root.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--shard"))
    }

    @Test func unreadableReportIsAUsageErrorNamingTheFile() throws {
        let workspace = try TestWorkspace()
        let bad = try workspace.write("bad.json", "not json")
        let run = try FactcheckProcess.run(["merge", bad], in: workspace.root.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.json"))
    }
}
