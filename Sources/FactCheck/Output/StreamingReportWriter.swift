import FactCheckModel
import Foundation
import Reporter

/// `--output DIR` for a batch whose memory must not grow with it: runs the check and writes each
/// article's files the moment the article finishes, keeping only an ``ArticleTally`` per article
/// (for `index.html`, the errors said at the end and the exit status), never a ``Report`` of the
/// whole batch. The files are the ones ``ReportWriter/write(_:formats:context:)`` writes for the
/// same run, byte for byte: each file name is decided by the article's position in the sorted
/// article list before any article starts, so finishing order never changes a `-2` or `-3`.
public struct StreamingReportWriter: Sendable {
    public var writer: ReportWriter
    public var formats: [ReportFormat]
    /// `checkedAt` must be set by the caller: pages are written during the run, not after it.
    /// Its `failOn` also decides the exit status; its `articleTexts` are ignored (each article's
    /// text comes with its report and is dropped once its page is written).
    public var context: RenderContext
    /// Findings already known (`--baseline`): they do not make the status ``ExitStatus/findings``.
    public var baseline: Baseline?

    public init(directory: String, formats: [ReportFormat], context: RenderContext, baseline: Baseline? = nil) {
        writer = ReportWriter(directory: directory)
        self.formats = formats
        self.context = context
        self.baseline = baseline
    }

    /// What is left of a run once every file is written.
    public struct Outcome: Sendable {
        /// Each article checked, in the sorted list's order (those a stop request left unstarted
        /// are absent).
        public var articles: [ArticleTally]
        /// The paths written, in the same order as ``ReportWriter`` lists them (the index last).
        public var written: [String]
        public var status: ExitStatus
    }

    /// Checks every article under `paths` with `checker`, writing as it goes. Throws
    /// ``ReportWouldReplaceError`` before the first article when a planned file is not a factcheck
    /// report (``ReportFilePlan``), and a ``FileWriteError`` when the folder or a file cannot be
    /// written; a failed write stops the run from starting more articles (files already written are
    /// kept: each is whole).
    public func check(
        paths: [String], with checker: FactChecker, progress: (@Sendable (ProgressEvent) -> Void)? = nil
    ) async throws -> Outcome {
        // A failed write must stop the run, whether or not the caller can stop it (Ctrl-C).
        var options = checker.options
        let stop = options.stop ?? StopRequest()
        options.stop = stop
        let checker = FactChecker(configuration: checker.configuration, options: options)
        let discovered = checker.discover(paths)
        let names = ReportWriter.fileNames(
            for: discovered.articles + discovered.problems.map(\.path), reserving: ReportWriter.reservedNames(formats))
        try ReportFilePlan(writer: writer, names: names, formats: formats, articles: discovered.articles).check()
        try writer.prepareFolder()

        var articles: [Int: ArticleTally] = [:]
        var failing = false
        var failure: (any Error)?
        await checker.check(discovered, progress: progress) { position, report, text in
            guard failure == nil else { return }
            var context = self.context
            context.articleTexts = text.map { [report.path: $0] } ?? [:]
            do {
                _ = try writer.write(report, named: names[position], renderers: formats.map { $0.renderer(context) }, tool: FactChecker.tool)
            } catch {
                failure = error
                stop.request()
                return
            }
            articles[position] = ArticleTally(report)
            failing = failing || ExitStatus.hasFindings(report, failOn: context.failOn, baseline: baseline)
        }
        if let failure { throw failure }

        // The paths are listed from the names now, rather than kept as they were written.
        let positions = articles.keys.sorted()
        let renderers = formats.map { $0.renderer(context) }
        var paths = positions.flatMap { position in renderers.map { writer.path(for: names[position], $0) } }
        let tallies = positions.compactMap { articles[$0] }
        if formats.contains(.html) {
            paths.append(try writer.writeIndex(tallies, files: positions.map { names[$0] }, tool: FactChecker.tool, context: context))
        }
        return Outcome(articles: tallies, written: paths, status: failing ? .findings : .clean)
    }
}
