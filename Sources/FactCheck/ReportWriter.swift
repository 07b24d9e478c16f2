import FactCheckModel
import Foundation
import Reporter

/// Writes one report file per article and format into an output folder, atomically: a temporary
/// file in the same folder renamed into place, so a killed run never leaves half a report.
public struct ReportWriter: Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes every article of `report` in every format; returns the paths written, in order.
    public func write(_ report: Report, formats: [ReportFormat]) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        let names = Self.fileNames(for: report.articles.map(\.path))
        for (article, name) in zip(report.articles, names) {
            let single = Report(tool: report.tool, articles: [article])
            for format in formats {
                let renderer = format.renderer()
                let path = (directory as NSString).appendingPathComponent("\(name).\(renderer.fileExtension)")
                try Self.writeAtomically(try renderer.render(single), to: path)
                written.append(path)
            }
        }
        return written
    }

    /// A file name per article: its base name without extension, made safe (no separators, no
    /// leading dots, so nothing can escape the output folder), with `-2`, `-3` … for repeats.
    static func fileNames(for paths: [String]) -> [String] {
        var used: [String: Int] = [:]
        return paths.map { path in
            let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            var safe = String(base.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
            while safe.hasPrefix(".") { safe.removeFirst() }
            if safe.isEmpty { safe = "article" }
            let count = used[safe, default: 0] + 1
            used[safe] = count
            return count == 1 ? safe : "\(safe)-\(count)"
        }
    }

    static func writeAtomically(_ text: String, to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}
