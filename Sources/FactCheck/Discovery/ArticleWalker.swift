import Extractor
import Foundation
import Reporter

/// Finds the article files under one folder, honouring `.factcheckignore` files and skipping hidden
/// names (dot files and folders, `.git` among them).
///
/// A hand-written walk rather than `FileManager.enumerator`, because each folder's ignore file must
/// be read before its entries are judged, and an excluded folder must not be entered at all (which
/// is also what makes `!` unable to re-include a file inside it, as in git). Symbolic links to
/// folders are not followed, so a link cycle cannot loop. A symbolic link to a file is followed
/// only when the file lies inside the folder: a repository whose `news/leak.md` points at
/// `~/.ssh/id_rsa` must not get that file's text into a report CI publishes.
struct ArticleWalker {
    /// What a walk found: the articles, and the links to files outside the folder it would not read.
    struct Found {
        var articles: [String]
        var linksOutside: [String]
    }

    /// Every article under `folder`, each spelled as `folder` plus its relative path, sorted.
    static func articles(in folder: String) throws -> Found {
        let root = IgnoreRules.normalized(folder)
        let rules = try IgnoreRules.forWalk(from: root)
        var found = Found(articles: [], linksOutside: [])
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        try walk(root, relative: "", realRoot: realRoot, rules: rules, into: &found)
        let prefix = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return Found(articles: found.articles.map { prefix + $0 }.sorted(), linksOutside: found.linksOutside.map { prefix + $0 }.sorted())
    }

    /// `rules` is taken by value: a folder's ignore file applies to that folder's subtree only.
    private static func walk(
        _ absolute: String, relative: String, realRoot: String, rules: IgnoreRules, into found: inout Found
    ) throws {
        let manager = FileManager.default
        var rules = rules
        // The walk's own ignore files were loaded by forWalk; deeper folders add theirs on entry.
        if !relative.isEmpty { try rules.load(folder: absolute) }
        for name in (try? manager.contentsOfDirectory(atPath: absolute))?.sorted() ?? [] where !name.hasPrefix(".") {
            let path = absolute + "/" + name
            let type = (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if type == .typeDirectory {
                if rules.isIgnored(path, isDirectory: true) { continue }
                try walk(path, relative: relative + "/" + name, realRoot: realRoot, rules: rules, into: &found)
            } else if type == .typeRegular || type == .typeSymbolicLink {
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      ArticleReader.format(of: path) != nil, !rules.isIgnored(path, isDirectory: false)
                else { continue }
                if type == .typeSymbolicLink,
                   !URL(fileURLWithPath: path).resolvingSymlinksInPath().path.hasPrefix(realRoot + "/") {
                    found.linksOutside.append(relative + "/" + name)
                    continue
                }
                if isReport(path) { continue }
                found.articles.append(relative + "/" + name)
            }
        }
    }

    /// A report factcheck wrote (`Reports/`, an `--output` folder inside the articles' folder) is
    /// not an article: checking the reports of the last run would add their quotes as claims, run
    /// after run. A file named on the command line is still read.
    static func isReport(_ path: String) -> Bool {
        let lower = path.lowercased()
        let format: ReportFormat
        if lower.hasSuffix(".github.txt") {
            format = .github
        } else if lower.hasSuffix(".txt") {
            format = .text
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            format = .markdown
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            format = .html
        } else {
            return false
        }
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return false }
        return format.recognizes(data)
    }
}
