import FactCheckModel

/// The `[[source]]` entries of the configuration: organisations an article may name, and where
/// they publish. An article that says "according to the American Chiropractic Association" with no
/// link is checked against what that association actually published.
public struct SourceRegistry: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        /// http(s) URLs.
        public var urls: [String]
        /// Absolute paths of local copies (trusted: they come from the user's configuration).
        public var files: [String]

        public init(name: String, aliases: [String], urls: [String], files: [String]) {
            self.name = name
            self.aliases = aliases
            self.urls = urls
            self.files = files
        }

        var sourceRefs: [SourceRef] {
            (urls + files).map { SourceRef(url: $0, origin: .registry) }
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entries an attribution names: its name or an alias appears in it as whole words,
    /// case-insensitively ("the American Chiropractic Association", "a 2019 ACA report").
    public func entries(matching attribution: Attribution) -> [Entry] {
        let words = Self.words(attribution.source)
        return entries.filter { entry in
            ([entry.name] + entry.aliases).contains { Self.contains(words, Self.words($0)) }
        }
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
