import Extractor
import Foundation

/// Turns the paths on the command line into the list of article files to check.
enum ArticleDiscovery {
    /// A path that names no article: reported against that path, and the run goes on.
    struct Problem: Equatable {
        var path: String
        var message: String
    }

    /// Files are taken as given (an unsupported extension is a problem, so a typo is never silently
    /// skipped); folders are searched recursively for article extensions, skipping hidden folders.
    /// The result is sorted and free of duplicates, so the order of reports never depends on the
    /// file system.
    static func articles(in paths: [String]) -> (articles: [String], problems: [Problem]) {
        var articles: [String] = []
        var problems: [Problem] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Problem(path: path, message: "\(path): no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                if ArticleReader.format(of: path) == nil {
                    problems.append(Problem(path: path, message: ExtractionError.unsupportedType(path: path).description))
                } else {
                    articles.append(path)
                }
                continue
            }
            var found: [String] = []
            let root = URL(fileURLWithPath: path)
            if let enumerator = fileManager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
                for case let url as URL in enumerator {
                    guard ArticleReader.format(of: url.path) != nil,
                          (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                    else { continue }
                    // Keep the user's spelling of the folder in front of the relative part.
                    let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))
                    found.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
                }
            }
            if found.isEmpty {
                problems.append(Problem(path: path, message: "\(path): no articles (.txt, .md, .markdown, .html, .htm) in this folder"))
            }
            articles += found.sorted()
        }
        var seen: Set<String> = []
        return (articles.filter { seen.insert($0).inserted }, problems)
    }
}
