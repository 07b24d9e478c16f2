import FactCheckModel
import Fetcher
import Foundation
import TOMLParser

/// What `.factcheck.toml` says, with defaults for everything it leaves out.
///
/// The fetcher's own settings (`fetch`, `cache`, `search`) are `package`: visible to this package's
/// tests and harnesses, never part of the façade, whose clients change them only through the
/// command-line switches in `CommandLineSwitches.swift`.
public struct Configuration: Sendable {
    package var fetch = FetchPolicy()
    /// `[cache]`: where the source cache lives and how long its entries stay fresh.
    package var cache = CacheSettings()
    public var registry = SourceRegistry(entries: [])
    /// The scholarly APIs: where cited DOIs, PMIDs and PMCIDs are resolved, and the search backends.
    package var search = ScholarlySettings()
    /// Literature search (PubMed, Europe PMC) for checkable claims with no usable source: on by
    /// default, since a citation tool that cannot suggest a citation leaves the editor the work;
    /// `[search] enabled = false` or `--no-search` turns it off. Queries carry only the claim's key
    /// concepts, never the article.
    public var searchEnabled = true
    /// Verdicts that make the exit status 1.
    public var failOn: Set<Verdict> = [.contradicted, .sourceUnavailable]
    /// Where the configuration was read from, if anywhere.
    public var path: String?
    /// Keys the file had that factcheck does not know (reported as warnings, not errors, so a
    /// newer configuration still runs on an older factcheck).
    public var unknownKeys: [String] = []
    /// Where each key was written, so a warning about it can name its line.
    var keyLines: [String: Int] = [:]

    public init() {}

    /// The line `key` (a dotted path, as ``unknownKeys`` holds) was written on, if known.
    public func line(of key: String) -> Int? { keyLines[key] }

    public static let fileName = ".factcheck.toml"

    /// The nearest `.factcheck.toml` in `directory` or a folder above it.
    public static func discover(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads and validates a configuration file. Relative file paths inside it are resolved
    /// against the file's folder, so a configuration means the same from any working folder.
    public static func load(from path: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, message: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: path, message: "is not valid UTF-8")
        }
        return try parse(text, path: path)
    }

    /// Reads and validates configuration text as if it were the file at `path` (which names the
    /// file in errors and anchors relative paths). Only the existence of the source files it
    /// names is checked on disk.
    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> Configuration {
        let document: TOMLDocument
        do {
            document = try TOMLParser.parseDocument(text)
        } catch {
            throw ConfigurationError(path: path, message: error.description)
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var reader = ConfigurationReader(path: path, base: base, keyLines: document.keyLines)
        var configuration = try reader.read(document.table)
        configuration.path = path
        configuration.unknownKeys = reader.unknownKeys
        configuration.keyLines = document.keyLines
        return configuration
    }
}

/// A configuration file that cannot be used, naming the file and what is wrong.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// The line of the key the message is about, when the problem belongs to one key.
    public var line: Int?

    public init(path: String, message: String, line: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
    }

    public var description: String { "\(path): \(line.map { "line \($0): " } ?? "")\(message)" }

    /// "fetch.max_bytes = 3 is outside 1024…2000000000": whole numbers as the user wrote them, not "3.0".
    static func outsideRange(_ name: String, _ number: Double, _ range: ClosedRange<Double>) -> String {
        func plain(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        return "\(name) = \(plain(number)) is outside \(plain(range.lowerBound))…\(plain(range.upperBound))"
    }
}

/// Turns a parsed TOML table into a ``Configuration``, checking every value's type and range.
struct ConfigurationReader {
    let path: String
    let base: URL
    /// Where each key was written (``TOMLDocument/keyLines``), so a rejected value names its line.
    let keyLines: [String: Int]
    var unknownKeys: [String] = []

    mutating func read(_ table: TOMLTable) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration()
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "fetch": configuration.fetch = try readFetch(try requireTable(value, "fetch"))
            case "source": configuration.registry = SourceRegistry(entries: try readSources(value))
            case "cache": configuration.cache = try readCache(try requireTable(value, "cache"))
            case "report": configuration.failOn = try readReport(try requireTable(value, "report")) ?? configuration.failOn
            case "search":
                var searchReader = SearchConfigurationReader(path: path)
                searchReader.keyLines = keyLines
                configuration.search = try searchReader.read(try requireTable(value, "search"))
                configuration.searchEnabled = searchReader.enabled
                unknownKeys += searchReader.unknownKeys
            default: unknownKeys.append(key)
            }
        }
        return configuration
    }

    private mutating func readFetch(_ table: TOMLTable) throws(ConfigurationError) -> FetchPolicy {
        var policy = FetchPolicy()
        for key in table.keys {
            let value = table[key]!
            let name = "fetch.\(key)"
            switch key {
            case "user_agent": policy.userAgent = try requireString(value, name)
            case "timeout_seconds": policy.timeoutSeconds = try requireNumber(value, name, in: 0.1...3600)
            case "connect_timeout_seconds": policy.connectTimeoutSeconds = try requireNumber(value, name, in: 0.1...600)
            case "max_bytes": policy.maxBytes = Int(try requireNumber(value, name, in: 1024...2_000_000_000))
            case "max_redirects": policy.maxRedirects = Int(try requireNumber(value, name, in: 0...50))
            case "allow_private_network": policy.allowPrivateNetwork = try requireBool(value, name)
            case "allow_networks":
                policy.allowedNetworks = try stringArray(value, name).map { (text) throws(ConfigurationError) in
                    guard let network = IPNetwork(text) else {
                        throw error("\(name): \"\(text)\" is not an address or CIDR block (like \"10.20.0.0/16\")")
                    }
                    return network
                }
            case "per_host_interval_ms": policy.perHostIntervalMilliseconds = Int(try requireNumber(value, name, in: 0...600_000))
            case "respect_robots": policy.respectRobots = try requireBool(value, name)
            case "max_in_flight": policy.maxInFlight = Int(try requireNumber(value, name, in: 1...256))
            case "max_retries": policy.maxRetries = Int(try requireNumber(value, name, in: 0...10))
            case "max_retry_wait_seconds": policy.maxRetryWaitSeconds = try requireNumber(value, name, in: 0...3600)
            default: unknownKeys.append(name)
            }
        }
        return policy
    }

    private mutating func readCache(_ table: TOMLTable) throws(ConfigurationError) -> CacheSettings {
        var settings = CacheSettings()
        for key in table.keys {
            let value = table[key]!
            let name = "cache.\(key)"
            switch key {
            case "path":
                // Relative to the configuration file, like every other path in it.
                let path = try requireString(value, name)
                guard !path.isEmpty else { throw error("\(name) must not be empty") }
                settings.path = path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
            case "ttl_hours": settings.okTimeToLiveHours = try requireNumber(value, name, in: 0...87_600)
            case "failure_ttl_hours": settings.failureTimeToLiveHours = try requireNumber(value, name, in: 0...87_600)
            case "lock_timeout_seconds": settings.lockTimeoutSeconds = try requireNumber(value, name, in: 0...3600)
            default: unknownKeys.append(name)
            }
        }
        return settings
    }

    /// `[[source]]` entries. Errors name the element's line (`source[2].name` in ``keyLines``), since
    /// every element has the same keys.
    private mutating func readSources(_ value: TOMLValue) throws(ConfigurationError) -> [SourceRegistry.Entry] {
        guard let array = value.array else { throw error("[[source]] must be an array of tables", key: "source") }
        var entries: [SourceRegistry.Entry] = []
        for (index, element) in array.enumerated() {
            let at = "source[\(index + 1)]"
            guard let table = element.table else { throw error("source #\(index + 1) must be a table", key: at) }
            // Named by position, which is also how its line is found (`url` for `urls` is the usual slip).
            let unknownHere = table.keys.filter { !["name", "aliases", "urls", "files"].contains($0) }.sorted()
            unknownKeys += unknownHere.map { "\(at).\($0)" }
            // The run stops on this element's error, so the unknown-key warnings are never printed:
            // the error names them, since a misspelt key (`url`, `file`) is usually its cause.
            let misspelt = unknownHere.isEmpty ? "" : " (unknown \(unknownHere.count == 1 ? "key" : "keys") here: \(unknownHere.joined(separator: ", ")))"
            guard let nameValue = table["name"] else { throw error("source #\(index + 1) needs a name\(misspelt)", key: at) }
            guard let name = nameValue.string else {
                throw error("source #\(index + 1): name must be a string, not \(nameValue.kindWithArticle)", key: "\(at).name")
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw error("source #\(index + 1) needs a name", key: "\(at).name") }
            let aliases = try stringArray(table["aliases"], "source \"\(name)\".aliases", key: "\(at).aliases")
            let urls = try stringArray(table["urls"], "source \"\(name)\".urls", key: "\(at).urls")
            for url in urls where !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                throw error("source \"\(name)\": \"\(url)\" is not an http(s) URL (local files go in `files`)", key: "\(at).urls")
            }
            let files = try stringArray(table["files"], "source \"\(name)\".files", key: "\(at).files").map { file in
                file.hasPrefix("/") ? file : base.appendingPathComponent(file).standardizedFileURL.path
            }
            for file in files where !FileManager.default.fileExists(atPath: file) {
                throw error("source \"\(name)\": file \(file) does not exist", key: "\(at).files")
            }
            if urls.isEmpty && files.isEmpty { throw error("source \"\(name)\" has neither urls nor files\(misspelt)", key: at) }
            entries.append(SourceRegistry.Entry(name: name, aliases: aliases, urls: urls, files: files))
        }
        return entries
    }

    private func readReport(_ table: TOMLTable) throws(ConfigurationError) -> Set<Verdict>? {
        guard let value = table["fail_on"] else { return nil }
        return try Verdict.parseList(try stringArray(value, "report.fail_on"), context: "\(path): report.fail_on")
    }

    private func requireTable(_ value: TOMLValue, _ name: String) throws(ConfigurationError) -> TOMLTable {
        guard let table = value.table else { throw error("[\(name)] must be a table, not \(value.kindWithArticle)", key: name) }
        return table
    }

    private func requireString(_ value: TOMLValue, _ name: String) throws(ConfigurationError) -> String {
        guard let string = value.string else { throw error("\(name) must be a string, not \(value.kindWithArticle)", key: name) }
        return string
    }

    private func requireBool(_ value: TOMLValue, _ name: String) throws(ConfigurationError) -> Bool {
        guard let bool = value.boolean else { throw error("\(name) must be true or false, not \(value.kindWithArticle)", key: name) }
        return bool
    }

    private func requireNumber(_ value: TOMLValue, _ name: String, in range: ClosedRange<Double>) throws(ConfigurationError) -> Double {
        guard let number = value.number else { throw error("\(name) must be a number, not \(value.kindWithArticle)", key: name) }
        guard range.contains(number) else { throw error(ConfigurationError.outsideRange(name, number, range), key: name) }
        return number
    }

    private func stringArray(_ value: TOMLValue?, _ name: String, key: String? = nil) throws(ConfigurationError) -> [String] {
        guard let value else { return [] }
        let key = key ?? name
        guard let array = value.array else { throw error("\(name) must be an array of strings, not \(value.kindWithArticle)", key: key) }
        var strings: [String] = []
        for element in array {
            guard let string = element.string else { throw error("\(name) must contain only strings, not \(element.kindWithArticle)", key: key) }
            strings.append(string)
        }
        return strings
    }

    private func error(_ message: String, key: String? = nil) -> ConfigurationError {
        ConfigurationError(path: path, message: message, line: key.flatMap { keyLines[$0] })
    }
}

extension Verdict {
    /// Parses `contradicted,overstated` (as `--fail-on` and `fail_on` take it); `none` is the empty set.
    public static func parseList(_ names: [String], context: String) throws(ConfigurationError) -> Set<Verdict> {
        var verdicts: Set<Verdict> = []
        for raw in names {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if name == "none" || name.isEmpty { continue }
            guard let verdict = Verdict(rawValue: name) else {
                let known = Verdict.allCases.map(\.rawValue).joined(separator: ", ")
                throw ConfigurationError(path: context, message: "unknown verdict \"\(raw)\" (known: \(known), none)")
            }
            verdicts.insert(verdict)
        }
        return verdicts
    }
}
