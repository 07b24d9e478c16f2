import Foundation

/// What is at the cache path before the cache touches it, read from the file's first 16 bytes.
///
/// A mistyped `--cache notes.md` must never cost the user `notes.md`: only a file that says it is an
/// SQLite database ("SQLite format 3" and a NUL) may be repaired by moving it aside; anything else is
/// somebody's file and is refused untouched. An empty file is what SQLite itself creates before its
/// first write, so it may become the cache, but like a missing file only on the first write: reading
/// (`cache stats`, an offline run) leaves it empty.
///
/// Read only before this process connects to the file: closing any descriptor of a file drops every
/// POSIX lock the process holds on it, so reading the header beside a live SQLite connection to the
/// same file would silently release that connection's locks. ``SourceCache`` reads it only while it
/// has no connection, and a process keeps one cache open per file.
enum CacheFileKind: Equatable {
    case missing
    /// A regular file of no bytes.
    case empty
    case sqlite
    case other

    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    init(path: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            self = .missing
            return
        }
        // Only a regular file (or a link to one) can be a cache: opening a FIFO for reading would
        // block until someone writes to it, and a device is nobody's database.
        var status = stat()
        guard !isDirectory.boolValue, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              let handle = FileHandle(forReadingAtPath: path)
        else {
            self = .other
            return
        }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: Self.sqliteHeader.count)) ?? Data())
        self = head.isEmpty ? .empty : head == Self.sqliteHeader ? .sqlite : .other
    }
}

/// The cache path names a file that is not an SQLite database, or an SQLite database that holds
/// someone else's tables: refused, and the file left as it is.
public struct SourceCacheNotADatabaseError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// The tables found when the file is another program's database; empty when it is no database.
    public var foreignTables: [String] = []

    public var description: String {
        if foreignTables.isEmpty {
            return "cache \(path) is not an SQLite database, so it is not used and left untouched (check --cache or [cache] path)"
        }
        let shown = foreignTables.prefix(3).joined(separator: ", ") + (foreignTables.count > 3 ? ", …" : "")
        return "cache \(path) is another program's SQLite database (tables: \(shown)), so it is not used and left untouched (check --cache or [cache] path)"
    }
}
