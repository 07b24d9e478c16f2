#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of a `.factcheckignore` file, in gitignore syntax.
///
/// - `name` (no slash, or only a trailing one) matches that name at any depth below the file's folder;
/// - a slash at the start or in the middle (`/drafts`, `docs/old`) anchors the pattern to the folder
///   holding the ignore file;
/// - a trailing `/` matches folders only;
/// - `*` and `?` never cross a `/`; `[a-z]` is a character class; `**` as a whole segment matches any
///   number of folders (`**/tmp`, `drafts/**`, `a/**/b`);
/// - a leading `!` re-includes what an earlier pattern excluded (but, as in git, not inside a folder
///   that is itself excluded, since that folder is never entered);
/// - `\` escapes the next character (`\#notes.md`, `\!important.md`, a trailing `\ `).
public struct IgnorePattern: Sendable, Equatable {
    /// The pattern split on `/`, without the anchoring slash or the trailing folder slash.
    public let segments: [String]
    public let negated: Bool
    public let directoryOnly: Bool
    /// Matched against the whole path relative to the ignore file's folder, not a name at any depth.
    public let anchored: Bool

    /// Parses one line; nil for blank lines and comments.
    public init?(line: String) {
        var text = Substring(line)
        if text.hasSuffix("\r") { text = text.dropLast() }
        // Trailing spaces are dropped unless escaped with a backslash.
        while text.hasSuffix(" "), !text.hasSuffix("\\ ") { text = text.dropLast() }
        if text.isEmpty || text.hasPrefix("#") { return nil }
        var negated = false
        if text.hasPrefix("!") {
            negated = true
            text = text.dropFirst()
        }
        var directoryOnly = false
        while text.hasSuffix("/") {
            directoryOnly = true
            text = text.dropLast()
        }
        if text.isEmpty { return nil }
        // A slash anywhere but at the end anchors; a leading one is then dropped.
        let anchored = text.contains("/")
        while text.hasPrefix("/") { text = text.dropFirst() }
        if text.isEmpty { return nil }
        var segments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // `**/name` is "name at any depth", exactly like an unanchored `name` (which matches only
        // the last name, a cheaper test); longer `**/a/b` keep their `**` for the matcher.
        var isAnchored = anchored
        if segments.count == 2, segments[0] == "**", segments[1] != "**" {
            segments.removeFirst()
            isAnchored = false
        }
        self.segments = segments
        self.negated = negated
        self.directoryOnly = directoryOnly
        self.anchored = isAnchored
    }

    /// Whether the pattern matches `components`, a path relative to the ignore file's folder.
    /// Callers check every folder on the way down, so an unanchored pattern only needs to look at the
    /// last name: a matching folder is excluded before anything inside it is looked at.
    public func matches(_ components: [String], isDirectory: Bool) -> Bool {
        guard !components.isEmpty else { return false }
        if directoryOnly, !isDirectory { return false }
        guard anchored else { return segments.count == 1 && Self.glob(segments[0], components[components.count - 1]) }
        return Self.match(segments[...], components[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            // Zero or more whole components; a trailing `**` needs at least one (`dir/**` is what is
            // inside `dir`, not `dir` itself).
            let rest = pattern.dropFirst()
            if rest.isEmpty { return !path.isEmpty }
            for start in path.indices.lowerBound...path.endIndex where match(rest, path[start...]) { return true }
            return false
        }
        guard let name = path.first, glob(first, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// One path component against one pattern segment: fnmatch(3) without FNM_PATHNAME (there is no
    /// slash in either) and without FNM_PERIOD (gitignore's `*` matches a leading dot).
    static func glob(_ pattern: String, _ name: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }
}
