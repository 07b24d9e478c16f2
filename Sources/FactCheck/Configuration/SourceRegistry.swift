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
        entries.filter { entry in ([entry.name] + entry.aliases).contains(where: attribution.names) }
    }

    /// The entries a claim names in its own words ("The Coastal Health Trust trial enrolled 3,000
    /// adults"): no attribution, but the organisation's publication is where to check it.
    public func entries(namedIn text: String) -> [Entry] {
        entries.filter { entry in ([entry.name] + entry.aliases).contains { OrganisationName.occurs($0, in: text) } }
    }

    /// Every name and alias: the organisations whose attributed claims are always checked
    /// (``ClaimExtractor/registeredSources``).
    public var names: [String] {
        entries.flatMap { [$0.name] + $0.aliases }
    }
}
