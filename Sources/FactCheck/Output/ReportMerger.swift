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
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MergeError(message: "\(path): cannot read (\(error.localizedDescription))")
        }
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: data)
        } catch {
            throw MergeError(message: "\(path): not a factcheck JSON report (\(error))")
        }
        guard report.schemaVersion <= Report.currentSchemaVersion else {
            throw MergeError(message: "\(path): schema version \(report.schemaVersion) is newer than this factcheck understands (\(Report.currentSchemaVersion))")
        }
        return report
    }
}

/// A report that cannot be merged, named by its path.
public struct MergeError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
