import ArgumentParser
import FactCheck
import Foundation

/// `factcheck cache stats | prune | clear`: look after the source cache.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show, prune or clear the source cache.",
        subcommands: [CacheStatsCommand.self, CachePruneCommand.self, CacheClearCommand.self]
    )
}

/// The options every cache subcommand takes.
struct CacheLocationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The source cache, an SQLite file (default: [cache] path, else \(CacheFile.defaultPath)).", valueName: "path"))
    var cache: String?

    @Option(help: ArgumentHelp("Configuration file (for [cache]).", valueName: "file"))
    var config: String?

    /// Opens the cache; a failure is a fault (exit 3), since looking after the cache is the whole job.
    func open() throws -> CacheFile {
        let configuration = try ConfigurationLoader.load(explicit: config)
        do throws(CacheFileError) {
            return try CacheFile.open(path: cache, configuration: configuration) { Terminal.error("warning: \($0)") }
        } catch where error.isNotACache {
            throw CacheOpener.refusal(error)
        } catch where error.isLocked {
            Terminal.error("\(error)")
            throw ExitCode(ExitStatus.fault.rawValue)
        } catch {
            Terminal.error("cannot open cache \(error.path): \(error)")
            throw ExitCode(ExitStatus.fault.rawValue)
        }
    }
}

struct CacheStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Entries, readable and failed, size, oldest and newest.")

    @OptionGroup var location: CacheLocationOptions

    func run() throws {
        Terminal.output(try location.open().summary())
    }
}

struct CachePruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Drop expired entries ([cache] ttl_hours for readable ones, failure_ttl_hours for failures).")

    @OptionGroup var location: CacheLocationOptions

    @Option(name: .customLong("older-than"), help: ArgumentHelp("Instead: drop every entry fetched more than this many hours ago.", valueName: "hours"))
    var olderThan: Double?

    func validate() throws {
        if let olderThan, !(olderThan >= 0) { throw ValidationError("--older-than must be 0 or more hours") }
    }

    func run() throws {
        let removed = try location.open().prune(olderThanHours: olderThan)
        Terminal.output("removed \(removed) entr\(removed == 1 ? "y" : "ies")\n")
    }
}

struct CacheClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Drop every entry.")

    @OptionGroup var location: CacheLocationOptions

    func run() throws {
        let removed = try location.open().clear()
        Terminal.output("removed \(removed) entr\(removed == 1 ? "y" : "ies")\n")
    }
}
