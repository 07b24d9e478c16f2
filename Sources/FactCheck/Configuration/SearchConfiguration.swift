import Fetcher
import TOMLParser

/// Reads the `[search]` section of `.factcheck.toml` into ``ScholarlySettings``:
///
/// ```toml
/// [search]
/// enabled = true                                   # the default; false: never search (like --no-search)
/// backends = ["pubmed", "europepmc", "crossref"]   # searched for claims with no usable source
/// max_results = 3                                  # search hits kept per claim
/// email = "editor@example.org"                     # sent to all three APIs as a contact
/// [search.pubmed]
/// base_url = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
/// api_key = "…"                                    # optional: NCBI's 10-requests-a-second key
/// email = "…"                                      # optional: overrides [search].email
/// [search.europepmc]
/// base_url = "https://www.ebi.ac.uk/europepmc/webservices/rest/"
/// [search.crossref]
/// base_url = "https://api.crossref.org/"
/// ```
///
/// Like the rest of the configuration, a wrong type or value is an error naming the key, and an
/// unknown key is collected for a warning rather than refused.
struct SearchConfigurationReader {
    public let path: String
    /// Keys under `[search]` that factcheck does not know, dotted (`search.pubmed.retmax`).
    public private(set) var unknownKeys: [String] = []
    /// `enabled`: false turns the literature search off (cited DOIs and PMIDs are still resolved).
    public private(set) var enabled = true
    /// Where each key was written (``TOMLDocument/keyLines``), so a rejected value names its line.
    public var keyLines: [String: Int] = [:]

    public init(path: String) {
        self.path = path
    }

    public mutating func read(_ table: TOMLTable) throws(ConfigurationError) -> ScholarlySettings {
        var settings = ScholarlySettings()
        var sharedEmail: String?
        var pubmed: TOMLTable?, europePMC: TOMLTable?, crossref: TOMLTable?
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "enabled":
                guard let flag = value.boolean else { throw error("search.enabled must be true or false, not \(value.kindWithArticle)", key: "search.enabled") }
                enabled = flag
            case "backends": settings.backends = try readBackends(value)
            case "max_results": settings.maxSearchResults = Int(try number(value, "search.max_results", in: 0...20))
            case "email": sharedEmail = try string(value, "search.email")
            case "pubmed": pubmed = try subtable(value, "search.pubmed")
            case "europepmc": europePMC = try subtable(value, "search.europepmc")
            case "crossref": crossref = try subtable(value, "search.crossref")
            default: unknownKeys.append("search.\(key)")
            }
        }
        settings.eutils.email = sharedEmail
        settings.europePMC.email = sharedEmail
        settings.crossref.email = sharedEmail
        for (key, value) in entries(pubmed) {
            let name = "search.pubmed.\(key)"
            switch key {
            case "base_url": settings.eutils.baseURL = try url(value, name)
            case "api_key": settings.eutils.apiKey = try string(value, name)
            case "email": settings.eutils.email = try string(value, name)
            case "tool": settings.eutils.tool = try string(value, name)
            default: unknownKeys.append(name)
            }
        }
        for (key, value) in entries(europePMC) {
            let name = "search.europepmc.\(key)"
            switch key {
            case "base_url": settings.europePMC.baseURL = try url(value, name)
            case "email": settings.europePMC.email = try string(value, name)
            default: unknownKeys.append(name)
            }
        }
        for (key, value) in entries(crossref) {
            let name = "search.crossref.\(key)"
            switch key {
            case "base_url": settings.crossref.baseURL = try url(value, name)
            case "email", "mailto": settings.crossref.email = try string(value, name)
            default: unknownKeys.append(name)
            }
        }
        return settings
    }

    private func readBackends(_ value: TOMLValue) throws(ConfigurationError) -> [ScholarlySettings.Backend] {
        guard let array = value.array else { throw error("search.backends must be an array of strings", key: "search.backends") }
        var backends: [ScholarlySettings.Backend] = []
        for element in array {
            guard let name = element.string else { throw error("search.backends must contain only strings") }
            guard let backend = ScholarlySettings.Backend(rawValue: name.lowercased()) else {
                let known = ScholarlySettings.Backend.allCases.map(\.rawValue).joined(separator: ", ")
                throw error("search.backends: unknown backend \"\(name)\" (known: \(known))")
            }
            if !backends.contains(backend) { backends.append(backend) }
        }
        return backends
    }

    private func entries(_ table: TOMLTable?) -> [(String, TOMLValue)] {
        guard let table else { return [] }
        return table.keys.map { ($0, table[$0]!) }
    }

    private func subtable(_ value: TOMLValue, _ name: String) throws(ConfigurationError) -> TOMLTable {
        guard let table = value.table else { throw error("[\(name)] must be a table, not \(value.kindWithArticle)", key: name) }
        return table
    }

    private func string(_ value: TOMLValue, _ name: String) throws(ConfigurationError) -> String {
        guard let string = value.string else { throw error("\(name) must be a string, not \(value.kindWithArticle)", key: name) }
        return string
    }

    /// Only http(s): these URLs are fetched, and a `file:` base would turn API requests into file reads.
    private func url(_ value: TOMLValue, _ name: String) throws(ConfigurationError) -> String {
        let text = try string(value, name)
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw error("\(name) = \"\(text)\" is not an http(s) URL", key: name)
        }
        return text
    }

    private func number(_ value: TOMLValue, _ name: String, in range: ClosedRange<Double>) throws(ConfigurationError) -> Double {
        guard let number = value.number else { throw error("\(name) must be a number, not \(value.kindWithArticle)", key: name) }
        guard range.contains(number) else { throw error(ConfigurationError.outsideRange(name, number, range), key: name) }
        return number
    }

    private func error(_ message: String, key: String? = nil) -> ConfigurationError {
        ConfigurationError(path: path, message: message, line: key.flatMap { keyLines[$0] })
    }
}
