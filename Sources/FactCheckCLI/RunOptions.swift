import ArgumentParser
import FactCheck
import Foundation

/// The options of every command that runs a check (`check`, `baseline`), and how they turn into a
/// configuration and the pipeline's options: one definition, so the commands cannot drift apart.
struct RunOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Configuration file (default: the nearest .factcheck.toml upward from the current folder).", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-fetch"), help: "Extract and classify claims only; fetch nothing.")
    var noFetch = false

    @Flag(name: .customLong("no-search"), help: "No literature search (PubMed, Europe PMC) for claims without a source.")
    var noSearch = false

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Verdicts that count as findings, comma-separated, or 'none' (default: the configuration's, else contradicted,source-unavailable).", valueName: "list"))
    var failOn: String?

    @Option(help: ArgumentHelp("Articles checked at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Allow sources on loopback, private and link-local addresses.")
    var allowPrivateNetwork = false

    @Option(name: .customLong("allow-network"), help: ArgumentHelp("Allow one non-public address or CIDR block (like 10.20.0.0/16); repeatable.", valueName: "cidr"))
    var allowNetworks: [String] = []

    @Flag(help: "Answer from the source cache only; never touch the network (uncached sources are unavailable).")
    var offline = false

    @Option(help: ArgumentHelp("The source cache, an SQLite file (default: [cache] path, else \(CacheFile.defaultPath)).", valueName: "path"))
    var cache: String?

    @Option(help: ArgumentHelp("The editors' ledger folder (default: Claims/ beside the configuration file, else in the current folder).", valueName: "dir"))
    var claims: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        _ = try AllowedNetworks.parse(allowNetworks)
    }

    /// The configuration file's settings with the command line's overrides.
    func configuration() throws -> Configuration {
        var configuration = try ConfigurationLoader.load(explicit: config)
        try FetchSwitches.apply(allowPrivateNetwork: allowPrivateNetwork, allowNetworks: allowNetworks, offline: offline, to: &configuration)
        if let failOn { configuration.failOn = try ListOptions.verdicts(failOn) }
        configuration.apply(environment: ProcessInfo.processInfo.environment)
        if noSearch { configuration.disableSearch() }
        return configuration
    }

    /// The pipeline's options: fetching, jobs, the cache (none for --no-fetch, which reads no
    /// source and so neither needs nor creates a cache file) and the editors' ledger.
    func checkOptions(for configuration: Configuration) throws -> CheckOptions {
        var options = CheckOptions()
        options.fetchSources = !noFetch
        if let jobs { options.jobs = jobs }
        if !noFetch { options.cache = try CacheOpener.open(explicit: cache, configuration: configuration) }
        options.ledger = try LedgerLoader.load(claims: claims, config: config)
        options.warn = { Terminal.error("warning: \($0)") }
        return options
    }
}
