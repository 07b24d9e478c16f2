import CSQLite
import FactCheckModel
import Foundation

/// The source cache: one SQLite file shared by runs, and by processes running at the same time.
///
/// Stores per cited URL what the last fetch found (``CacheEntry``): final URL, status and reason,
/// content type, ETag and Last-Modified, when it was fetched, the body's SHA-256, the title and the
/// passages as JSON. Safe for several processes: the file is in WAL mode (readers never block the
/// writer) and every connection waits up to ``busyTimeoutMilliseconds`` for a lock instead of failing.
/// The schema version lives in `PRAGMA user_version`; ``open(settings:warn:)`` migrates older files.
///
/// A lock held longer than ``CacheSettings/lockTimeoutSeconds`` (another run stuck mid-write, a
/// backup tool) makes opening fail with ``SourceCacheLockedError``; if it happens to a write during a
/// run, the cache warns once and stops writing, so the run goes on at full speed instead of waiting
/// again for every source.
///
/// A file that is an SQLite database (by its header, ``CacheFileKind``) but is damaged or fails
/// `PRAGMA quick_check` is moved aside to `cache.sqlite.corrupt-<timestamp>`, with a warning, and a
/// new cache is built in its place: a cache is never worth stopping a run for. A file that is not an
/// SQLite database at all is somebody's file at a mistyped path: opening throws
/// ``SourceCacheNotADatabaseError`` and the file is not touched.
///
/// The file (and its folder) is created only when the first entry is written: a run that fetches
/// nothing leaves no `.factcheck/` behind in the folder it ran in.
///
/// `@unchecked Sendable` because every use of the connection (a non-`Sendable` ``SQLiteDatabase``)
/// happens under `lock`. The calls block (disk, busy waits): async code calls them off the
/// cooperative pool.
public final class SourceCache: @unchecked Sendable {
    public let settings: CacheSettings
    private let lock = NSLock()
    /// Nil until the file exists: it is connected (and created) on the first write.
    private var database: SQLiteDatabase?
    private let encoder = JSONEncoder()
    private let decoder = JSONDecoder()
    private let warn: @Sendable (String) -> Void
    /// Set when a write found the file locked for longer than the timeout; later writes are skipped.
    private var writesStopped = false

    static let schemaVersion = 1

    /// The connection's page cache, in KiB (SQLite's default is 2,000). The cache keeps every page
    /// a run reads or writes until it reaches its limit, so with the default a batch's memory grew
    /// with the file by up to about 2.2 MB (heap profile: 1 MB at 300 articles, 2.25 MB from 1,000
    /// on), the largest single part of what a 3,000-article run held more than a 300-article one.
    /// A run reads and writes one row at a time by its key: a few pages, which the kernel's file
    /// cache holds anyway, so a small cache loses little and keeps the batch's memory flatter.
    static let pageCacheKiB = 256

    /// What the connection's page cache holds now, in bytes (0 before the file exists).
    var pageCacheBytes: Int {
        lock.lock()
        defer { lock.unlock() }
        return database?.pageCacheBytes ?? 0
    }

    private init(settings: CacheSettings, database: SQLiteDatabase?, warn: @escaping @Sendable (String) -> Void) {
        self.settings = settings
        self.database = database
        self.warn = warn
    }

    /// Opens the cache at `settings.path` if the file exists (rebuilding it if it is a damaged
    /// database); a missing file is created by the first write. `warn` receives one line per problem
    /// worked around (for stderr), now or later in the run. Throws ``SourceCacheNotADatabaseError``
    /// when the path holds a file that is not an SQLite database, and ``SourceCacheLockedError`` when
    /// another process holds the file locked for longer than `settings.lockTimeoutSeconds`.
    public static func open(settings: CacheSettings, warn: @escaping @Sendable (String) -> Void = { _ in }) throws -> SourceCache {
        let database = try connectIfPresent(settings, warn: warn)
        return SourceCache(settings: settings, database: database, warn: warn)
    }

    /// The connection to the file at `settings.path`, or nil when there is none yet (with
    /// `creating`, the folder and file are made instead).
    private static func connectIfPresent(
        _ settings: CacheSettings, creating: Bool = false, warn: @Sendable (String) -> Void
    ) throws -> SQLiteDatabase? {
        let path = settings.path
        switch CacheFileKind(path: path) {
        case .other:
            throw SourceCacheNotADatabaseError(path: path)
        case .missing where !creating, .empty where !creating:
            return nil
        case .empty:
            break
        case .missing:
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        case .sqlite:
            let foreign = foreignTables(settings)
            if !foreign.isEmpty { throw SourceCacheNotADatabaseError(path: path, foreignTables: foreign) }
        }
        switch attempt(settings) {
        case .success(let database):
            return database
        case .failure(let error) where error.isCorruption:
            let aside: String
            do {
                aside = try moveAside(path)
            } catch {
                throw SQLiteError(code: SQLITE_CORRUPT, message: "\(path) is damaged (\(error)) and could not be moved aside")
            }
            warn("cache \(path) is damaged (\(error.message)); moved it to \(aside) and started a new one")
            return try connect(settings)
        case .failure(let error) where error.isLocked:
            throw SourceCacheLockedError(path: path, waitedSeconds: settings.lockTimeoutSeconds)
        case .failure(let error):
            throw error
        }
    }

    /// The connection, made when the file first exists: by this write (`creating`), or by another
    /// process since the cache was opened. Nil when there is still no file, or it cannot be used
    /// (said once; later writes are skipped). Called under `lock`.
    private func connection(creating: Bool) -> SQLiteDatabase? {
        if let database { return database }
        if writesStopped || (!creating && [.missing, .empty].contains(CacheFileKind(path: settings.path))) { return nil }
        do {
            database = try Self.connectIfPresent(settings, creating: creating, warn: warn)
        } catch {
            writesStopped = true
            warn("\(error); this run's fetches are not saved to it")
        }
        return database
    }

    /// The tables of an SQLite file that factcheck never wrote (schema version 0 and tables other than
    /// ours): `--cache` pointing at another program's database must not switch it to WAL or add our
    /// schema to it. Empty for our own files, an empty file, and files that cannot be read now (a
    /// lock, damage), which the normal path below reports or repairs.
    private static func foreignTables(_ settings: CacheSettings) -> [String] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: settings.path)
        guard ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0 else { return [] }
        do {
            let database = try SQLiteDatabase(path: settings.path)
            database.setBusyTimeout(milliseconds: Int32(min(settings.lockTimeoutSeconds * 1000, Double(Int32.max))))
            guard try database.userVersion == 0 else { return [] }
            let statement = try database.statement(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'documents' ORDER BY name")
            defer { statement.reset() }
            var names: [String] = []
            while try statement.step() {
                if let name = statement.text(0) { names.append(name) }
            }
            return names
        } catch {
            return []
        }
    }

    private static func attempt(_ settings: CacheSettings) -> Result<SQLiteDatabase, SQLiteError> {
        do {
            return .success(try connect(settings))
        } catch {
            return .failure(error)
        }
    }

    private static func connect(_ settings: CacheSettings) throws(SQLiteError) -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: settings.path)
        // Set first, so even switching to WAL waits for another process instead of failing.
        database.setBusyTimeout(milliseconds: Int32(min(settings.lockTimeoutSeconds * 1000, Double(Int32.max))))
        _ = try database.scalarText("PRAGMA journal_mode=WAL")
        // In WAL mode NORMAL loses at most the last transactions on power loss, never consistency;
        // for a cache that is the right trade for not syncing on every write.
        try database.execute("PRAGMA synchronous=NORMAL")
        try database.execute("PRAGMA cache_size=-\(pageCacheKiB)")
        let check = try database.scalarText("PRAGMA quick_check") ?? "no answer"
        guard check == "ok" else { throw SQLiteError(code: SQLITE_CORRUPT, message: "quick_check: \(check)") }
        try migrate(database)
        return database
    }

    /// Brings the schema to ``schemaVersion``: one step per version, each in its own transaction.
    private static func migrate(_ database: SQLiteDatabase) throws(SQLiteError) {
        let version = try database.userVersion
        if version > schemaVersion {
            throw SQLiteError(code: SQLITE_ERROR, message: "the cache was written by a newer factcheck (schema \(version))")
        }
        if version < 1 {
            // One transaction, all of it or none of it; BEGIN IMMEDIATE takes the write lock at once,
            // so two processes wait for each other (busy timeout) rather than fail midway. IF NOT
            // EXISTS: both may have seen version 0; the second then finds the table there.
            do {
                try database.execute("""
                    BEGIN IMMEDIATE;
                    CREATE TABLE IF NOT EXISTS documents (
                        url TEXT PRIMARY KEY,
                        final_url TEXT,
                        status TEXT NOT NULL,
                        reason TEXT,
                        http_status INTEGER,
                        content_type TEXT,
                        etag TEXT,
                        last_modified TEXT,
                        fetched_at REAL NOT NULL,
                        body_hash TEXT,
                        title TEXT,
                        passages TEXT NOT NULL DEFAULT '[]',
                        non_public_address INTEGER NOT NULL DEFAULT 0,
                        document TEXT
                    );
                    CREATE INDEX IF NOT EXISTS documents_by_fetched_at ON documents (fetched_at);
                    PRAGMA user_version = 1;
                    COMMIT;
                    """)
            } catch {
                try? database.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Renames a damaged file, and its WAL beside it (what the file was missing may be there, so it
    /// is kept with the copy, never deleted); the shared-memory index is only a cache of the WAL and
    /// goes. Throws when the file cannot be moved: reopening the same damaged file would fail again.
    private static func moveAside(_ path: String) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var aside = "\(path).corrupt-\(formatter.string(from: Date()))"
        var suffix = 2
        while FileManager.default.fileExists(atPath: aside) {
            aside = "\(path).corrupt-\(formatter.string(from: Date()))-\(suffix)"
            suffix += 1
        }
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        if FileManager.default.fileExists(atPath: path + "-wal") {
            try? FileManager.default.moveItem(atPath: path + "-wal", toPath: aside + "-wal")
        }
        try? FileManager.default.removeItem(atPath: path + "-shm")
        return aside
    }

    // MARK: Entries

    /// The entry for `url`, or nil (also when the cache cannot be read: a fetch then just goes ahead).
    func entry(for url: String) -> CacheEntry? {
        lock.lock()
        defer { lock.unlock() }
        guard let database = connection(creating: false) else { return nil }
        do {
                let statement = try database.statement("""
                    SELECT final_url, status, reason, http_status, content_type, etag, last_modified, fetched_at,
                           body_hash, title, passages, non_public_address, document
                    FROM documents WHERE url = ?
                    """)
                defer { statement.reset() }
                try statement.bind(1, url)
                guard try statement.step(), let status = statement.text(1).flatMap(SourceStatus.init(rawValue:)) else {
                    return nil
                }
                let passages = (try? decoder.decode([Passage].self, from: Data((statement.text(10) ?? "[]").utf8))) ?? []
                return CacheEntry(
                    url: url, finalURL: statement.text(0), status: status, reason: statement.text(2),
                    httpStatus: statement.integer(3), contentType: statement.text(4), etag: statement.text(5),
                    lastModified: statement.text(6), fetchedAt: statement.real(7) ?? 0, bodyHash: statement.text(8),
                    title: statement.text(9), passages: passages,
                    reachedNonPublicAddress: (statement.integer(11) ?? 0) != 0, documentJSON: statement.text(12))
        } catch {
            return nil
        }
    }

    /// Saves (or replaces) the entry for its URL. Returns false if the write failed; the run goes on.
    @discardableResult
    func store(_ entry: CacheEntry) -> Bool {
        let passages = (try? encoder.encode(entry.passages)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        lock.lock()
        defer { lock.unlock() }
        if writesStopped { return false }
        guard let database = connection(creating: true) else { return false }
        do {
                try database.statement("""
                    INSERT OR REPLACE INTO documents (url, final_url, status, reason, http_status, content_type, etag,
                        last_modified, fetched_at, body_hash, title, passages, non_public_address, document)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).run([
                        .text(entry.url), .text(entry.finalURL), .text(entry.status.rawValue), .text(entry.reason),
                        .integer(entry.httpStatus), .text(entry.contentType), .text(entry.etag), .text(entry.lastModified),
                        .real(entry.fetchedAt), .text(entry.bodyHash), .text(entry.title), .text(passages),
                        .integer(entry.reachedNonPublicAddress ? 1 : 0), .text(entry.documentJSON),
                    ])
            return true
        } catch {
            if ((error as Error) as? SQLiteError)?.isLocked == true {
                writesStopped = true
                warn("\(SourceCacheLockedError(path: settings.path, waitedSeconds: settings.lockTimeoutSeconds)); this run's fetches are not saved to it")
            }
            return false
        }
    }

    // MARK: Maintenance (`factcheck cache stats | prune | clear`)

    /// What is in the cache.
    public func stats() throws -> CacheStats {
        lock.lock()
        defer { lock.unlock() }
        guard let database = connection(creating: false) else {
            return CacheStats(path: settings.path, entries: 0, ok: 0, failed: 0, bytes: 0, oldest: nil, newest: nil)
        }
        do {
            let statement = try database.statement("""
                SELECT COUNT(*), COALESCE(SUM(status = 'ok'), 0), MIN(fetched_at), MAX(fetched_at) FROM documents
                """)
            defer { statement.reset() }
            _ = try statement.step()
            let entries = statement.integer(0) ?? 0
            let ok = statement.integer(1) ?? 0
            let size = ["", "-wal"].reduce(0) { total, suffix in
                let attributes = try? FileManager.default.attributesOfItem(atPath: settings.path + suffix)
                return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
            }
            return CacheStats(
                path: settings.path, entries: entries, ok: ok, failed: entries - ok, bytes: size,
                oldest: statement.real(2).map(Date.init(timeIntervalSince1970:)),
                newest: statement.real(3).map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// Deletes expired entries (by the time-to-live of their kind), or with `olderThanHours`, every
    /// entry fetched longer ago than that. Returns how many went.
    public func prune(olderThanHours: Double? = nil, now: Date = Date()) throws -> Int {
        let time = now.timeIntervalSince1970
        lock.lock()
        defer { lock.unlock() }
        guard let database = connection(creating: false) else { return 0 }
        do {
            if let olderThanHours {
                try database.statement("DELETE FROM documents WHERE fetched_at < ?").run([.real(time - olderThanHours * 3600)])
            } else {
                try database.statement("""
                    DELETE FROM documents WHERE (status = 'ok' AND fetched_at < ?) OR (status <> 'ok' AND fetched_at < ?)
                    """).run([.real(time - settings.timeToLive(okay: true)), .real(time - settings.timeToLive(okay: false))])
            }
            let removed = database.changes
            try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return removed
        }
    }

    /// Deletes every entry and gives the space back to the file system. Returns how many went.
    public func clear() throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard let database = connection(creating: false) else { return 0 }
        do {
            try database.statement("DELETE FROM documents").run()
            let removed = database.changes
            // VACUUM fails while another process reads; the entries are gone either way.
            try? database.execute("VACUUM")
            try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return removed
        }
    }
}

/// `factcheck cache stats`.
public struct CacheStats: Sendable, Equatable {
    public var path: String
    public var entries: Int
    public var ok: Int
    public var failed: Int
    /// The database file plus its write-ahead log.
    public var bytes: Int
    public var oldest: Date?
    public var newest: Date?
}

/// Another process kept the cache file locked for longer than the configured wait.
public struct SourceCacheLockedError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var waitedSeconds: Double

    public var description: String {
        let waited = waitedSeconds == waitedSeconds.rounded() ? String(Int(waitedSeconds)) : String(waitedSeconds)
        return "cache \(path) is locked by another process (waited \(waited) s; [cache] lock_timeout_seconds sets the wait)"
    }
}
