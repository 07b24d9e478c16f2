import FactCheck
import Foundation
import TestSupport
import Testing

/// `--output DIR` writes each article's files as the article finishes (`StreamingReportWriter`) and
/// keeps no report; what it writes must be what writing the whole report wrote for the same run,
/// byte for byte and name for name, and its exit status the one the whole report earns.
@Suite struct StreamingReportWriterTests {
    static let packageRoot = PackageRoot.url
    static let example = packageRoot.appendingPathComponent("Examples/walking-and-sleep")

    /// The folder's files, name → bytes.
    static func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return files
    }

    /// Writes `paths`' reports in every format both ways into `workspace` (`whole/`, `streamed/`),
    /// then compares the folders, the listed paths, the counts kept and the exit status.
    static func expectSameFiles(
        paths: [String], configurationFile: URL, workspace: TestWorkspace, baseline: Baseline? = nil
    ) async throws -> StreamingReportWriter.Outcome {
        var configuration = try Configuration.load(from: configurationFile.path)
        configuration.searchEnabled = false  // tests never reach outside hosts
        var options = CheckOptions()
        options.jobs = 2
        let checker = FactChecker(configuration: configuration, options: options)
        var context = RenderContext(failOn: configuration.failOn)
        context.checkedAt = "2026-12-06 10:30 UTC"
        let formats = ReportFormat.allCases

        let (report, texts) = await checker.check(paths: paths, keepingTexts: true)
        var wholeContext = context
        wholeContext.articleTexts = texts
        let whole = try ReportWriter(directory: workspace.path("whole")).write(report, formats: formats, context: wholeContext)
        let streamed = try await StreamingReportWriter(directory: workspace.path("streamed"), formats: formats, context: context, baseline: baseline)
            .check(paths: paths, with: checker)

        #expect(streamed.written.map { ($0 as NSString).lastPathComponent } == whole.map { ($0 as NSString).lastPathComponent })
        let wholeFiles = try files(in: workspace.path("whole"))
        let streamedFiles = try files(in: workspace.path("streamed"))
        #expect(streamedFiles.keys.sorted() == wholeFiles.keys.sorted())
        for (name, bytes) in wholeFiles {
            #expect(streamedFiles[name] == bytes, "\(name) differs")
        }
        #expect(streamed.articles == report.articles.map(ArticleTally.init))
        #expect(streamed.status == ExitStatus.of(report, failOn: configuration.failOn, baseline: baseline))
        return streamed
    }

    @Test func repeatedNamesTheIndexAndMissingPathsAreWrittenAsTheWholeReportWritesThem() async throws {
        let workspace = try TestWorkspace()
        let article = try String(contentsOf: Self.example.appendingPathComponent("article.md"), encoding: .utf8)
        for name in ["a/article.md", "b/article.md", "c/article-2.md", "index.md"] {
            try workspace.write("corpus/\(name)", article)
        }
        try workspace.write("corpus/notes.txt", "Nothing to check here.\n")
        for source in try FileManager.default.contentsOfDirectory(atPath: Self.example.appendingPathComponent("sources").path) {
            try workspace.write("sources/\(source)", bytes: Array(try Data(contentsOf: Self.example.appendingPathComponent("sources/\(source)"))))
        }
        let configuration = URL(fileURLWithPath: try workspace.write(
            ".factcheck.toml", try String(contentsOf: Self.example.appendingPathComponent(".factcheck.toml"), encoding: .utf8)))

        let outcome = try await Self.expectSameFiles(
            paths: [workspace.path("corpus"), workspace.path("missing.md")], configurationFile: configuration, workspace: workspace)
        let pages = outcome.written.map { ($0 as NSString).lastPathComponent }.filter { $0.hasSuffix(".html") }
        #expect(pages == ["article.html", "article-2.html", "article-2-2.html", "index-2.html", "notes.html", "missing.html", "index.html"])
        #expect(outcome.articles.last?.errors.isEmpty == false, "the missing path is reported, last")
        #expect(outcome.status == .findings)
    }

    @Test func theExamplesAreWrittenAsTheWholeReportWritesThem() async throws {
        let workspace = try TestWorkspace()
        let outcome = try await Self.expectSameFiles(
            paths: [Self.packageRoot.appendingPathComponent("Examples").path],
            configurationFile: Self.example.appendingPathComponent(".factcheck.toml"), workspace: workspace)
        #expect(outcome.articles.contains { $0.claims > 0 })
    }

    @Test func findingsInTheBaselineDoNotFailButTheOthersDo() async throws {
        var configuration = try Configuration.load(from: Self.example.appendingPathComponent(".factcheck.toml").path)
        configuration.searchEnabled = false  // tests never reach outside hosts
        let paths = [Self.example.appendingPathComponent("article.md").path]
        let report = await FactChecker(configuration: configuration, options: CheckOptions()).check(paths: paths)
        let known = Baseline(report: report, failOn: configuration.failOn)
        #expect(known.findings.count > 1)

        let all = try await Self.expectSameFiles(
            paths: paths, configurationFile: Self.example.appendingPathComponent(".factcheck.toml"), workspace: try TestWorkspace(), baseline: known)
        #expect(all.status == .clean)
        let allButOne = Baseline(findings: Array(known.findings.dropFirst()))
        let partial = try await Self.expectSameFiles(
            paths: paths, configurationFile: Self.example.appendingPathComponent(".factcheck.toml"), workspace: try TestWorkspace(), baseline: allButOne)
        #expect(partial.status == .findings)
    }

    @Test func anOutputThatIsAFileStopsTheRunBeforeAnyArticle() async throws {
        let workspace = try TestWorkspace()
        let output = try workspace.write("Reports", "not a folder")
        let article = try workspace.write("article.md", "Walking 30 minutes a day cuts the risk of heart disease by 35 percent.\n")
        let started = Counter()
        await #expect(throws: FileWriteError.self) {
            _ = try await StreamingReportWriter(directory: output, formats: [.json], context: RenderContext())
                .check(paths: [article], with: FactChecker(configuration: .withoutSearch, options: CheckOptions())) { event in
                    if case .articleStarted = event { started.add() }
                }
        }
        #expect(started.value == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "not a folder")
    }
}

/// Counts events from the run's tasks.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
