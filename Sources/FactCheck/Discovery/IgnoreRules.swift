import Foundation

/// The `.factcheckignore` rules in force for a walk: the patterns of every ignore file read so far,
/// each tied to the folder its file is in.
///
/// The last matching pattern wins, and files are added outermost first, so a folder's own file
/// overrides its parents' (as in git). Paths are absolute and standardized.
public struct IgnoreRules: Sendable {
    /// The ignore file's name, looked for in each folder.
    public static let fileName = ".factcheckignore"

    struct Rule: Sendable {
        /// The folder holding the ignore file (absolute, no trailing slash).
        var base: String
        var pattern: IgnorePattern
    }

    private(set) var rules: [Rule] = []

    public init() {}

    /// Adds the patterns of `text`, an ignore file in `folder`.
    public mutating func add(_ text: String, folder: String) {
        let base = Self.normalized(folder)
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if let pattern = IgnorePattern(line: String(line)) { rules.append(Rule(base: base, pattern: pattern)) }
        }
    }

    /// Adds `folder/.factcheckignore` if there is one; a file that cannot be read is an error (an
    /// ignore file silently skipped would let ignored drafts into a CI run).
    public mutating func load(folder: String) throws {
        let path = (folder as NSString).appendingPathComponent(Self.fileName)
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): cannot read"])
        }
        add(String(decoding: data, as: UTF8.self), folder: folder)
    }

    /// The rules for a walk starting at `folder`: the ignore files of its parents up to the project
    /// root (the nearest folder upward with `.git` or `.factcheck.toml`), outermost first, then its
    /// own. Without a project root only the folder's own file counts, so a stray file in the home
    /// folder never changes a run.
    public static func forWalk(from folder: String) throws -> IgnoreRules {
        var rules = IgnoreRules()
        let start = normalized(folder)
        var chain: [String] = []
        var current = start
        var foundRoot = false
        while true {
            chain.append(current)
            let manager = FileManager.default
            if manager.fileExists(atPath: current + "/.git") || manager.fileExists(atPath: current + "/.factcheck.toml") {
                foundRoot = true
                break
            }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        for folder in (foundRoot ? chain : [start]).reversed() { try rules.load(folder: folder) }
        return rules
    }

    /// Whether `path` (absolute) is excluded by the rules, looking at it alone: the caller is
    /// responsible for not entering excluded folders.
    public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        let path = Self.normalized(path)
        var ignored = false
        for rule in rules {
            let prefix = rule.base == "/" ? "/" : rule.base + "/"
            guard path.hasPrefix(prefix) else { continue }
            let components = path.dropFirst(prefix.count).split(separator: "/").map(String.init)
            if rule.pattern.matches(components, isDirectory: isDirectory) { ignored = !rule.pattern.negated }
        }
        return ignored
    }

    static func normalized(_ path: String) -> String {
        var standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        while standardized.count > 1, standardized.hasSuffix("/") { standardized.removeLast() }
        return standardized
    }
}
