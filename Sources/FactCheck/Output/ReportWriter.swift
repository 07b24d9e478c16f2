import FactCheckModel
import Foundation
import Reporter

/// Writes one report file per article and format into an output folder, atomically: a temporary
/// file in the same folder renamed into place, so a killed run never leaves half a report. With
/// HTML it also writes `index.html`, which links every article's page with its counts.
public struct ReportWriter: Sendable {
    public var directory: String

    /// The batch index's name; an article whose own name would collide with it becomes `index-2`.
    public static let indexName = "index"

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes every article of `report` in every format; returns the paths written, in order (the
    /// index last). `context` carries what renderers need beyond the report (`--fail-on` for
    /// JUnit, article texts for HTML).
    /// Throws ``ReportWouldReplaceError`` before writing anything when a planned file is not a
    /// factcheck report (see ``ReportFilePlan``).
    public func write(_ report: Report, formats: [ReportFormat], context: RenderContext = RenderContext()) throws -> [String] {
        let names = Self.fileNames(for: report.articles.map(\.path), reserving: Self.reservedNames(formats))
        try ReportFilePlan(writer: self, names: names, formats: formats, articles: report.articles.map(\.path)).check()
        try prepareFolder()
        var written: [String] = []
        let renderers = formats.map { $0.renderer(context) }
        for (article, name) in zip(report.articles, names) {
            written += try write(article, named: name, renderers: renderers, tool: report.tool)
        }
        if formats.contains(.html) {
            written.append(try writeIndex(report.articles.map(ArticleTally.init), files: names, tool: report.tool, context: context))
        }
        return written
    }

    /// Makes the folder (and its parents) unless it exists; a file in its place is refused.
    func prepareFolder() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw FileWriteError(path: directory, reason: "it is a file, not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(error, path: directory)
        }
    }

    /// The names no article may take: the index's, when HTML is written.
    static func reservedNames(_ formats: [ReportFormat]) -> Set<String> {
        formats.contains(.html) ? [indexName] : []
    }

    /// One article's files, one per renderer, under `name`; returns their paths in renderer order.
    func write(_ article: ArticleReport, named name: String, renderers: [any ReportRenderer], tool: Report.Tool) throws -> [String] {
        let single = Report(tool: tool, articles: [article])
        return try renderers.map { renderer in
            let path = self.path(for: name, renderer)
            try Self.writeAtomically(try renderer.render(single), to: path)
            return path
        }
    }

    /// `index.html` from each article's counts, `files` being their base names in the same order.
    func writeIndex(_ articles: [ArticleTally], files: [String], tool: Report.Tool, context: RenderContext) throws -> String {
        let index = HTMLIndexRenderer(reportFiles: files.map { "\($0).html" }, checkedAt: context.checkedAt)
        let path = self.path(for: Self.indexName, index)
        try Self.writeAtomically(index.render(articles, tool: tool), to: path)
        return path
    }

    func path(for name: String, _ renderer: any ReportRenderer) -> String {
        (directory as NSString).appendingPathComponent("\(name).\(renderer.fileExtension)")
    }

    /// A file name per article: its base name without extension, made safe (no separators, no
    /// leading dots, so nothing can escape the output folder), with `-2`, `-3` … for repeats and for
    /// `reserved` names (the index).
    static func fileNames(for paths: [String], reserving reserved: Set<String> = []) -> [String] {
        var used: [String: Int] = [:]
        for name in reserved { used[name] = 1 }
        return paths.map { path in
            let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            var safe = String(base.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
            while safe.hasPrefix(".") { safe.removeFirst() }
            if safe.isEmpty { safe = "article" }
            var count = used[safe, default: 0] + 1
            // "back-2" may itself be an article's name: keep counting until the name is free.
            while count > 1, used["\(safe)-\(count)"] != nil { count += 1 }
            used[safe] = count
            let name = count == 1 ? safe : "\(safe)-\(count)"
            if count > 1 { used[name] = 1 }
            return name
        }
    }

    static func writeAtomically(_ text: String, to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw FileWriteError(error, path: path)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw FileWriteError(path: path, reason: FileWriteError.reason(code: code))
        }
    }
}
