import Fetcher
import Foundation

/// The source cache as the façade offers it: the file a user names (`--cache PATH`, else `[cache]
/// path`, else the default), opened for a run or looked after by `factcheck cache`. The SQLite
/// cache behind it stays the fetcher's, so the command line depends on the façade alone.
public struct CacheFile: Sendable {
    let store: SourceCache

    /// For this package's harnesses, which open the fetcher's cache themselves.
    package init(_ store: SourceCache) {
        self.store = store
    }

    /// Where the cache lives when neither `--cache` nor `[cache] path` says.
    public static var defaultPath: String { CacheSettings.defaultPath }

    /// Opens the cache at `path`, else where the configuration puts it, with the
    /// configuration's lifetimes and lock wait. `warn` hears what was repaired on the way (a damaged
    /// file moved aside).
    public static func open(
        path: String?, configuration: Configuration, warn: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(CacheFileError) -> CacheFile {
        var settings = configuration.cache
        if let path { settings.path = path }
        do {
            return CacheFile(try SourceCache.open(settings: settings, warn: warn))
        } catch {
            throw CacheFileError(
                path: settings.path, isLocked: error is SourceCacheLockedError,
                isNotACache: error is SourceCacheNotADatabaseError, underlying: error)
        }
    }

    /// What `factcheck cache stats` prints: the file, its entries (readable and failed), its size
    /// on disk and the oldest and newest fetch.
    public func summary() throws -> String {
        let stats = try store.stats()
        func date(_ value: Date?) -> String {
            guard let value else { return "-" }
            return ISO8601DateFormatter().string(from: value)
        }
        return """
            cache: \(stats.path)
            entries: \(stats.entries) (\(stats.ok) ok, \(stats.failed) failed)
            size: \(stats.bytes) bytes
            oldest: \(date(stats.oldest))
            newest: \(date(stats.newest))

            """
    }

    /// Drops expired entries, or with `olderThanHours` everything fetched before then; returns how many.
    public func prune(olderThanHours: Double? = nil) throws -> Int {
        try store.prune(olderThanHours: olderThanHours)
    }

    /// Drops every entry; returns how many.
    public func clear() throws -> Int {
        try store.clear()
    }
}

/// A cache file that could not be opened, naming it. Two failures are told apart because a caller
/// answers them differently: `isLocked`, another process holding the file past the lock wait; and
/// `isNotACache`, a path holding some other file (most likely a typo), which is refused and left
/// untouched rather than worked around.
public struct CacheFileError: Error, CustomStringConvertible {
    public var path: String
    public var isLocked: Bool
    public var isNotACache: Bool
    var underlying: any Error

    public var description: String { "\(underlying)" }
}
