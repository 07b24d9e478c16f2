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
    /// skipped); folders are searched recursively for article extensions, skipping hidden names and what
    /// `.factcheckignore` files exclude (see ``ArticleWalker``).
    /// The result is sorted and free of duplicates, so the order of reports never depends on the
    /// file system.
    /// With `shard`, only that shard's articles (see ``Shard`` for the key), and path problems only
    /// in shard 1, so merged shard reports hold each once.
    static func articles(in paths: [String], shard: Shard? = nil) -> (articles: [String], problems: [Problem]) {
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
                } else if shard?.contains(key: path) ?? true {
                    articles.append(path)
                }
                continue
            }
            // `.factcheckignore` files apply inside folders; a file named on the command line is
            // always checked (the user asked for it by name).
            let walk: ArticleWalker.Found
            do {
                walk = try ArticleWalker.articles(in: path)
            } catch {
                problems.append(Problem(path: path, message: "\(path): \(error.localizedDescription)"))
                continue
            }
            let found = walk.articles
            for link in walk.linksOutside where shard?.index ?? 1 == 1 {
                // The target is not named: the report may be published, and the target is what a
                // hostile link would want shown.
                problems.append(Problem(
                    path: link,
                    message: "\(link): a symbolic link to a file outside \(path); not read (name it on the command line to check it)"))
            }
            if found.isEmpty && walk.linksOutside.isEmpty {
                problems.append(Problem(path: path, message: "\(path): no articles (.txt, .md, .markdown, .html, .htm) in this folder"))
            }
            if let shard {
                // The key is the part after the folder as typed, the same on every CI runner.
                let prefixLength = (path.hasSuffix("/") ? path.count - 1 : path.count) + 1
                articles += found.filter { shard.contains(key: String($0.dropFirst(prefixLength))) }
            } else {
                articles += found
            }
        }
        if let shard, shard.index != 1 { problems = [] }
        return (Self.once(articles), problems)
    }

    /// One file named two ways ("a.md" and "./a.md", a folder and a file in it, a symbolic link and
    /// its target) is one article: checking it twice would double its findings. It keeps the place
    /// of its first name, and is reported under the first name that is not a symbolic link (the
    /// file's own), else the first.
    static func once(_ paths: [String]) -> [String] {
        var chosen: [String: String] = [:]
        var order: [String] = []
        for path in paths {
            let identity = Self.identity(of: path)
            guard let earlier = chosen[identity] else {
                chosen[identity] = path
                order.append(identity)
                continue
            }
            if Self.isLink(earlier), !Self.isLink(path) { chosen[identity] = path }
        }
        return order.map { chosen[$0]! }
    }

    private static func isLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// The file a path names: its device and inode when it exists (so a hard link is the same file
    /// too), else the absolute path with `.`/`..` and symbolic links resolved.
    static func identity(of path: String) -> String {
        var status = stat()
        if stat(path, &status) == 0 { return "inode \(status.st_dev):\(status.st_ino)" }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
