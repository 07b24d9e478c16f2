import Extractor
import Foundation

/// Finds the article files under one folder, honouring `.factcheckignore` files and skipping hidden
/// names (dot files and folders, `.git` among them).
///
/// A hand-written walk rather than `FileManager.enumerator`, because each folder's ignore file must
/// be read before its entries are judged, and an excluded folder must not be entered at all (which
/// is also what makes `!` unable to re-include a file inside it, as in git). Symbolic links to
/// folders are not followed, so a link cycle cannot loop.
struct ArticleWalker {
    /// Every article under `folder`, each spelled as `folder` plus its relative path, sorted.
    static func articles(in folder: String) throws -> [String] {
        let root = IgnoreRules.normalized(folder)
        let rules = try IgnoreRules.forWalk(from: root)
        var found: [String] = []
        try walk(root, relative: "", rules: rules, into: &found)
        let prefix = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return found.map { prefix + $0 }.sorted()
    }

    /// `rules` is taken by value: a folder's ignore file applies to that folder's subtree only.
    private static func walk(_ absolute: String, relative: String, rules: IgnoreRules, into found: inout [String]) throws {
        let manager = FileManager.default
        var rules = rules
        // The walk's own ignore files were loaded by forWalk; deeper folders add theirs on entry.
        if !relative.isEmpty { try rules.load(folder: absolute) }
        for name in (try? manager.contentsOfDirectory(atPath: absolute))?.sorted() ?? [] where !name.hasPrefix(".") {
            let path = absolute + "/" + name
            let type = (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if type == .typeDirectory {
                if rules.isIgnored(path, isDirectory: true) { continue }
                try walk(path, relative: relative + "/" + name, rules: rules, into: &found)
            } else if type == .typeRegular || type == .typeSymbolicLink {
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      ArticleReader.format(of: path) != nil, !rules.isIgnored(path, isDirectory: false)
                else { continue }
                found.append(relative + "/" + name)
            }
        }
    }
}
