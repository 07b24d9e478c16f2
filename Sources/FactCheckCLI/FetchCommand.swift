import ArgumentParser
import FactCheck

/// `factcheck fetch URL`: what factcheck sees of one source, for debugging.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch one source and print its extracted main text."
    )

    @Argument(help: "An http(s) URL.")
    var url: String

    @Option(help: ArgumentHelp("Configuration file (for the fetch settings).", valueName: "file"))
    var config: String?

    @Flag(help: "Allow loopback, private and link-local addresses.")
    var allowPrivateNetwork = false

    @Option(name: .customLong("allow-network"), help: ArgumentHelp("Allow one non-public address or CIDR block (like 10.20.0.0/16); repeatable.", valueName: "cidr"))
    var allowNetworks: [String] = []

    @Flag(help: "Answer from the source cache only; never touch the network.")
    var offline = false

    @Option(help: ArgumentHelp("The source cache, an SQLite file (default: [cache] path, else \(CacheFile.defaultPath)).", valueName: "path"))
    var cache: String?

    func run() async throws {
        var configuration = try ConfigurationLoader.load(explicit: config)
        try FetchSwitches.apply(allowPrivateNetwork: allowPrivateNetwork, allowNetworks: allowNetworks, offline: offline, to: &configuration)
        var options = CheckOptions()
        options.cache = try CacheOpener.open(explicit: cache, configuration: configuration)
        let document = await FactChecker(configuration: configuration, options: options).fetchSource(url: url)
        var out = "url: \(document.ref.url)\n"
        if let final = document.finalURL, final != document.ref.url { out += "final url: \(final)\n" }
        // Reasons such as "refused: … is not an http(s) URL" already start with the status word.
        let status = document.status.rawValue
        if let reason = document.reason, reason.hasPrefix(status + ":") {
            out += "status: \(reason)\n"
        } else {
            out += "status: \(status)\(document.reason.map { " (\($0))" } ?? "")\n"
        }
        if let type = document.contentType { out += "content type: \(type)\n" }
        if let title = document.title { out += "title: \(title)\n" }
        out += "passages: \(document.passages.count)\n"
        for passage in document.passages {
            out += "\n"
            if let heading = passage.heading { out += "[\(heading)] " }
            out += passage.text + "\n"
        }
        Terminal.output(out)
        if document.status != .ok { throw ExitCode(1) }
    }
}
