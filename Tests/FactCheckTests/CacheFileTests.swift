import FactCheck
@testable import Fetcher
import Foundation
import Testing

/// The façade's cache file: where it is opened (`--cache` over `[cache] path`), and the two ways
/// opening fails, which the command line words differently (a lock another process holds, or a file
/// that cannot be used at all), both naming the file.
@Suite struct CacheFileTests {
    @Test func anExplicitPathWinsOverTheConfigurationsPath() throws {
        let workspace = try TestWorkspace()
        let config = try workspace.write(".factcheck.toml", "[cache]\npath = \"state/configured.sqlite\"\n")
        let configuration = try Configuration.load(from: config)

        let configured = try CacheFile.open(path: nil, configuration: configuration)
        #expect(try configured.summary().hasPrefix("cache: \(workspace.path("state/configured.sqlite"))\nentries: 0 (0 ok, 0 failed)\n"))
        let explicit = workspace.path("elsewhere/explicit.sqlite")
        let named = try CacheFile.open(path: explicit, configuration: configuration)
        #expect(try named.summary().hasPrefix("cache: \(explicit)\n"))
        #expect(try named.prune() == 0)
        #expect(try named.clear() == 0)
    }

    @Test func aFileAnotherProcessHoldsIsReportedAsLockedByName() throws {
        let workspace = try TestWorkspace()
        let path = workspace.path("held.sqlite")
        let holder = try SQLiteDatabase(path: path)
        try holder.execute("PRAGMA locking_mode=EXCLUSIVE; CREATE TABLE held (x); BEGIN EXCLUSIVE; INSERT INTO held VALUES (1);")
        defer { try? holder.execute("COMMIT") }
        let config = try workspace.write(".factcheck.toml", "[cache]\nlock_timeout_seconds = 0.2\n")

        // The command line first: looking after the cache is the whole job of `cache stats`, so a
        // lock is a fault (exit 3) that says what holds it up. (Before the in-process open below:
        // that one reads the file's header, and closing any descriptor of a file drops every POSIX
        // lock this process holds on it, the holder's included; see CacheFileKind.)
        let stats = try FactcheckProcess.run(["cache", "stats", "--cache", path, "--config", config])
        #expect(stats.status == 3)
        #expect(stats.stderr.contains(path) && stats.stderr.contains("locked"))
        #expect {
            try CacheFile.open(path: path, configuration: try Configuration.load(from: config))
        } throws: { error in
            guard let error = error as? CacheFileError else { return false }
            return error.isLocked && error.path == path && error.description.contains("cache \(path) is locked by another process")
        }
    }

    @Test func aPathThatCannotHoldACacheCostsNothingUntilAWrite() throws {
        let workspace = try TestWorkspace()
        let blocking = try workspace.write("not-a-folder", "a plain file where a folder would have to be\n")
        let path = blocking + "/cache.sqlite"

        // The cache file is made on the first write, so opening (and `cache stats`) finds an empty
        // cache rather than failing, and the file in the way is neither moved nor written.
        let cache = try CacheFile.open(path: path, configuration: Configuration())
        #expect(try cache.summary().hasPrefix("cache: \(path)\nentries: 0 (0 ok, 0 failed)\n"))
        let stats = try FactcheckProcess.run(["cache", "stats", "--cache", path])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("entries: 0"))
        #expect(try String(contentsOfFile: blocking, encoding: .utf8) == "a plain file where a folder would have to be\n")
    }
}
