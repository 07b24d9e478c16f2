import Foundation
import Reporter

/// The files a run is about to write into its output folder, checked before any is written.
///
/// Report files are named after articles (`about.md` → `about.txt`, `about.html`), so an output
/// folder that holds other files can put a report where something precious is: with `--output .`
/// the text report of `notes.txt` *is* `notes.txt`, and `--output docs` would replace the site's own
/// `docs/about.html`. A run may replace only what factcheck wrote (``ReportFormat/recognizes(_:)``);
/// anything else stops the run before its first article, naming the file.
struct ReportFilePlan {
    /// Each path with the format that will be written there.
    var files: [(path: String, format: ReportFormat)]
    /// The files this run reads as articles (``ArticleDiscovery/identity(of:)``): never written,
    /// whatever they hold (an empty article, or one that looks like a report).
    var articles: Set<String> = []

    init(writer: ReportWriter, names: [String], formats: [ReportFormat], articles: [String] = []) {
        self.articles = Set(articles.map(ArticleDiscovery.identity(of:)))
        var files: [(String, ReportFormat)] = []
        for name in names {
            for format in formats {
                files.append((writer.path(for: name, format.renderer(RenderContext())), format))
            }
        }
        if formats.contains(.html) {
            files.append(((writer.directory as NSString).appendingPathComponent("\(ReportWriter.indexName).html"), .html))
        }
        self.files = files
    }

    /// Throws ``ReportWouldReplaceError`` for the first planned path that holds a folder or a file
    /// factcheck did not write.
    func check() throws(ReportWouldReplaceError) {
        for (path, format) in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue { throw ReportWouldReplaceError(path: path, what: "a folder") }
            if articles.contains(ArticleDiscovery.identity(of: path)) {
                throw ReportWouldReplaceError(path: path, what: "an article this run checks")
            }
            // Unreadable is not known to be ours: refused like a foreign file.
            guard let data = FileManager.default.contents(atPath: path), format.recognizes(data) else {
                throw ReportWouldReplaceError(path: path, what: "a file factcheck did not write")
            }
        }
    }
}

/// A report would replace something that is not a factcheck report; nothing was written.
public struct ReportWouldReplaceError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// "a folder", "a file factcheck did not write".
    public var what: String

    public var description: String {
        "\(path) is \(what); a report would replace it, so nothing was written (choose another --output folder)"
    }
}
