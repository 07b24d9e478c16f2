import FactCheckModel
import Foundation

/// Joins the JSON reports of a sharded run (`factcheck check --shard K/N --format json`) into one
/// report, as if one machine had checked everything.
///
/// Articles are sorted by path (what one unsharded run gives for one folder) and the summary is
/// recomputed, since ``Report/summary`` is derived from the articles. Each input may be a whole-run
/// report (stdout) or one of the per-article files of `--output`: both are ``Report`` documents.
public enum ReportMerger {
    /// The merged report, and the paths that appeared in more than one input (the first copy is
    /// kept; shards never overlap, so a repeat means the same shard was passed twice).
    public static func merge(_ reports: [Report]) -> (report: Report, duplicates: [String]) {
        var seen: Set<String> = []
        var duplicates: [String] = []
        var articles: [ArticleReport] = []
        for report in reports {
            for article in report.articles {
                if seen.insert(article.path).inserted {
                    articles.append(article)
                } else {
                    duplicates.append(article.path)
                }
            }
        }
        // The same comparison ArticleDiscovery sorts a folder with, so one folder in N shards
        // merges into the order one unsharded run gives.
        articles.sort { $0.path < $1.path }
        return (Report(tool: reports.first?.tool ?? FactChecker.tool, articles: articles), duplicates)
    }

    /// Reads one JSON report; a newer schema than this build understands is refused rather than
    /// half-read.
    public static func read(path: String) throws -> Report {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MergeError(message: "\(path): no such file")
        }
        if isDirectory.boolValue { throw MergeError(message: "\(path): is a folder; merge takes JSON report files") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MergeError(message: "\(path): cannot be read (check its permissions)")
        }
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: data)
        } catch let error as DecodingError {
            throw MergeError(message: "\(path): not a factcheck JSON report (\(Self.whatIsWrong(error))); merge takes the output of `factcheck check --format json`")
        }
        guard report.schemaVersion <= Report.currentSchemaVersion else {
            throw MergeError(message: "\(path): schema version \(report.schemaVersion) is newer than this factcheck understands (\(Report.currentSchemaVersion))")
        }
        return report
    }

    /// The decoder's complaint in a sentence, naming the field, never Swift's enum dump.
    static func whatIsWrong(_ error: DecodingError) -> String {
        func field(_ path: [any CodingKey]) -> String {
            let text = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty: return "it is not JSON"
        case .dataCorrupted(let context): return "\(field(context.codingPath)) has a value it cannot hold"
        case .keyNotFound(let key, let context): return "\(field(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return context.codingPath.isEmpty ? "it is not a JSON object" : "\(field(context.codingPath)) has the wrong type"
        @unknown default: return "it does not match the report's format"
        }
    }
}

/// A report that cannot be merged, named by its path.
public struct MergeError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
