import FactCheckModel
@testable import Fetcher
import Foundation
import LoopbackHTTPServer
import Testing

/// The SQLite source cache: conditional re-fetch, offline replay, sharing, corruption recovery.
@Suite struct SourceCacheTests {
    static let body = "<html><head><title>Sleep facts</title></head><body><p>As many as 60 percent of adults sleep badly.</p></body></html>"

    /// Serves one page with an ETag, and 304 to a request that already has it.
    static func etagServer() throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            if request.header("If-None-Match") == "\"v1\"" {
                return HTTPResponse(status: 304, headers: [("ETag", "\"v1\"")])
            }
            var response = HTTPResponse.html(body)
            response.headers.append(("ETag", "\"v1\""))
            response.headers.append(("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT"))
            return response
        }
    }

    static func open(_ folder: TemporaryFolder, okHours: Double = 24) throws -> SourceCache {
        try SourceCache.open(settings: CacheSettings(path: folder.file("cache.sqlite"), okTimeToLiveHours: okHours))
    }

    @Test func aStaleEntryIsRevalidatedWithItsETagAndA304ReusesThePassages() async throws {
        let folder = try TemporaryFolder()
        let server = try Self.etagServer()
        defer { server.stop() }
        let ref = SourceRef(url: server.url("/facts"), origin: .link)
        // Time-to-live 0: every entry is stale at once, so the second run must ask again.
        let first = await SourceFetcher(policy: .loopback(), cache: try Self.open(folder, okHours: 0)).fetch(ref)
        let second = await SourceFetcher(policy: .loopback(), cache: try Self.open(folder, okHours: 0)).fetch(ref)

        #expect(first.status == .ok)
        #expect(second.status == .ok)
        #expect(second.passages == first.passages)
        #expect(second.title == "Sleep facts")
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests.first?.header("If-None-Match") == nil)
        #expect(requests.last?.header("If-None-Match") == "\"v1\"")
        #expect(requests.last?.header("If-Modified-Since") == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    @Test func aFreshEntryAnswersWithoutAnyRequest() async throws {
        let folder = try TemporaryFolder()
        let server = try Self.etagServer()
        defer { server.stop() }
        let ref = SourceRef(url: server.url("/facts"), origin: .link)
        _ = await SourceFetcher(policy: .loopback(), cache: try Self.open(folder)).fetch(ref)
        let again = await SourceFetcher(policy: .loopback(respectRobots: true), cache: try Self.open(folder)).fetch(ref)
        #expect(again.status == .ok)
        #expect(server.requests.count == 1)
    }

    @Test func offlineAnswersFromTheCacheAndNeverTouchesTheNetwork() async throws {
        let folder = try TemporaryFolder()
        let server = try Self.etagServer()
        defer { server.stop() }
        let cached = SourceRef(url: server.url("/facts"), origin: .link)
        _ = await SourceFetcher(policy: .loopback(), cache: try Self.open(folder)).fetch(cached)
        let before = server.requests.count

        // Stale and offline: still answered from the cache; robots.txt would be asked if online.
        let offline = SourceFetcher(policy: .loopback(respectRobots: true, offline: true), cache: try Self.open(folder, okHours: 0))
        let hit = await offline.fetch(cached)
        let miss = await offline.fetch(SourceRef(url: server.url("/never-fetched"), origin: .link))
        #expect(hit.status == .ok)
        #expect(hit.passages.isEmpty == false)
        #expect(miss.status == .notFetched)
        #expect(miss.reason == "not in the cache (offline)")
        #expect(server.requests.count == before)
        #expect(before == 1)
    }

    @Test func offlineWithoutACacheFetchesNothing() async throws {
        let server = try Self.etagServer()
        defer { server.stop() }
        let document = await fetch(server.url("/facts"), policy: .loopback(offline: true))
        #expect(document.reason == "not in the cache (offline)")
        #expect(server.requests.isEmpty)
    }

    @Test func anEntryFromAPrivateAddressIsNotReplayedWithoutTheFlag() async throws {
        let folder = try TemporaryFolder()
        let server = try Self.etagServer()
        defer { server.stop() }
        let ref = SourceRef(url: server.url("/facts"), origin: .link)
        _ = await SourceFetcher(policy: .loopback(), cache: try Self.open(folder)).fetch(ref)
        var strict = FetchPolicy.loopback()
        strict.allowPrivateNetwork = false
        let document = await SourceFetcher(policy: strict, cache: try Self.open(folder)).fetch(ref)
        #expect(document.status == .refused)
        strict.offline = true
        let offline = await SourceFetcher(policy: strict, cache: try Self.open(folder)).fetch(ref)
        #expect(offline.reason == "not in the cache (offline)")
    }

    @Test func failuresAreCachedButRefusalsAreNot() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer(routes: [:])
        defer { server.stop() }
        let cache = try Self.open(folder)
        _ = await SourceFetcher(policy: .loopback(), cache: cache).fetch(SourceRef(url: server.url("/gone"), origin: .link))
        var strict = FetchPolicy.loopback()
        strict.allowPrivateNetwork = false
        _ = await SourceFetcher(policy: strict, cache: cache).fetch(SourceRef(url: server.url("/refused"), origin: .link))
        #expect(cache.entry(for: server.url("/gone"))?.status == .notFound)
        #expect(cache.entry(for: server.url("/refused")) == nil)
        let stats = try cache.stats()
        #expect(stats.entries == 1)
        #expect(stats.failed == 1)
    }

    @Test func aDamagedDatabaseIsMovedAsideAndRebuilt() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("cache.sqlite")
        // An SQLite header, then bytes a crash left behind where the pages should be.
        let damaged = Array("SQLite format 3\0".utf8) + Array(repeating: UInt8(0xA5), count: 4096)
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        let warnings = Locked<[String]>([])
        let cache = try SourceCache.open(settings: CacheSettings(path: path)) { message in warnings.withValue { $0.append(message) } }
        #expect(warnings.current.count == 1)
        #expect(warnings.current.first?.contains("damaged") == true)
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("cache.sqlite.corrupt-") }
        #expect(aside.count == 1)
        #expect(cache.store(Self.entry("https://example.org/a")))
        #expect(cache.entry(for: "https://example.org/a")?.title == "A title")
    }

    /// An empty file (`touch cache.sqlite`) becomes the cache on the first write, not before: reading
    /// it (stats, lookups, an offline run) leaves it as it was.
    @Test func anEmptyFileStaysEmptyUntilTheFirstWrite() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("cache.sqlite")
        try Data().write(to: URL(fileURLWithPath: path))
        let cache = try SourceCache.open(settings: CacheSettings(path: path))
        #expect(try cache.stats().entries == 0)
        #expect(cache.entry(for: "https://example.org/a") == nil)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber == 0)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))

        #expect(cache.store(Self.entry("https://example.org/a")))
        #expect(cache.entry(for: "https://example.org/a")?.title == "A title")
    }

    @Test func aDamagedDatabaseKeepsItsWriteAheadLogBesideTheCopy() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("cache.sqlite")
        try Data(Array("SQLite format 3\0".utf8) + Array(repeating: UInt8(0xA5), count: 4096)).write(to: URL(fileURLWithPath: path))
        let log = Data("frames a crash left behind\n".utf8)
        try log.write(to: URL(fileURLWithPath: path + "-wal"))
        _ = try SourceCache.open(settings: CacheSettings(path: path))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let aside = try #require(names.first { $0.hasPrefix("cache.sqlite.corrupt-") && !$0.hasSuffix("-wal") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file(aside + "-wal"))) == log, "\(names)")
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAsItIs() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.md")
        let notes = "# Notes\n\nThe interview is on Tuesday.\n"
        try Data(notes.utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try SourceCache.open(settings: CacheSettings(path: path))
        } throws: { error in
            (error as? SourceCacheNotADatabaseError)?.description.hasPrefix("cache \(path) is not an SQLite database") == true
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == notes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.md"])
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItIs() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("contacts.sqlite")
        do {
            let other = try SQLiteDatabase(path: path)
            try other.execute("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try SourceCache.open(settings: CacheSettings(path: path))
        } throws: { error in
            (error as? SourceCacheNotADatabaseError)?.description.hasPrefix("cache \(path) is another program's SQLite database (tables: contacts)") == true
        }
        // Not switched to WAL, no schema added: the bytes are as they were, and no -wal or -shm appeared.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["contacts.sqlite"])
        // factcheck's own cache is still opened.
        let own = folder.file("cache.sqlite")
        #expect(try SourceCache.open(settings: CacheSettings(path: own)).store(Self.entry("https://example.org/a")))
        #expect(try SourceCache.open(settings: CacheSettings(path: own)).entry(for: "https://example.org/a") != nil)
    }

    @Test func theFileIsCreatedOnlyByTheFirstWrite() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("state/cache.sqlite")
        let cache = try SourceCache.open(settings: CacheSettings(path: path))
        #expect(cache.entry(for: "https://example.org/a") == nil)
        #expect(try cache.stats().entries == 0)
        #expect(try cache.prune(olderThanHours: 0) == 0)
        #expect(try cache.clear() == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.file("state")))
        #expect(cache.store(Self.entry("https://example.org/a")))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try SourceCache.open(settings: CacheSettings(path: path)).entry(for: "https://example.org/a")?.title == "A title")
    }

    @Test func aTruncatedFileIsMovedAsideAndRebuilt() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("cache.sqlite")
        do {
            let cache = try SourceCache.open(settings: CacheSettings(path: path))
            for index in 0..<300 { cache.store(Self.entry("https://example.org/\(index)", passages: 20)) }
        }  // the last connection closing checkpoints the WAL into the main file
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.truncate(atOffset: UInt64((size?.intValue ?? 0) / 2))
        try handle.close()

        let warnings = Locked<[String]>([])
        let cache = try SourceCache.open(settings: CacheSettings(path: path)) { message in warnings.withValue { $0.append(message) } }
        #expect(warnings.current.count == 1)
        #expect(try cache.stats().entries == 0)
    }

    /// A batch writes thousands of pages into the cache; the connection's page cache must stop at its
    /// limit instead of growing with the file (SQLite's default limit, 2,000 KiB, was most of a
    /// 3,000-article run's growth in memory).
    @Test func thePageCacheStaysWithinItsLimitAsTheFileGrows() throws {
        let folder = try TemporaryFolder()
        let cache = try Self.open(folder)
        for index in 0..<1_500 {
            #expect(cache.store(Self.entry("https://example.org/\(index)", passages: 20)))
        }
        for index in stride(from: 0, to: 1_500, by: 7) { _ = cache.entry(for: "https://example.org/\(index)") }
        let limit = SourceCache.pageCacheKiB * 1024
        let file = try FileManager.default.attributesOfItem(atPath: folder.file("cache.sqlite"))[.size] as? NSNumber
        let wal = try FileManager.default.attributesOfItem(atPath: folder.file("cache.sqlite") + "-wal")[.size] as? NSNumber
        // The written pages are several times the limit, so an unbounded cache would show.
        #expect((file?.intValue ?? 0) + (wal?.intValue ?? 0) > 4 * limit)
        #expect(cache.pageCacheBytes > 0)
        // SQLite counts each page with its header, hence the room above the limit.
        #expect(cache.pageCacheBytes <= limit + limit / 4)
    }

    @Test func aCacheLockedByAnotherProcessWaitsThenFailsByName() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("locked.sqlite")
        // Another process's view: a connection that holds the file exclusively (rollback journal,
        // so even opening the cache for WAL has to wait for it).
        let holder = try SQLiteDatabase(path: path)
        try holder.execute("PRAGMA locking_mode=EXCLUSIVE; CREATE TABLE held (x); BEGIN EXCLUSIVE; INSERT INTO held VALUES (1);")
        let settings = CacheSettings(path: path, lockTimeoutSeconds: 0.3)
        #expect {
            try SourceCache.open(settings: settings)
        } throws: { error in
            (error as? SourceCacheLockedError)?.description
                == "cache \(path) is locked by another process (waited 0.3 s; [cache] lock_timeout_seconds sets the wait)"
        }
        try holder.execute("COMMIT")
    }

    @Test func aWriteThatFindsTheCacheLockedWarnsOnceAndStopsWriting() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("busy.sqlite")
        let warnings = Locked<[String]>([])
        let cache = try SourceCache.open(settings: CacheSettings(path: path, lockTimeoutSeconds: 0.2)) { message in
            warnings.withValue { $0.append(message) }
        }
        #expect(cache.store(Self.entry("https://example.org/before")))
        // A second writer holds the write lock and does not let go.
        let writer = try SQLiteDatabase(path: path)
        try writer.execute("BEGIN IMMEDIATE; DELETE FROM documents WHERE url = 'none';")
        #expect(!cache.store(Self.entry("https://example.org/one")))
        #expect(!cache.store(Self.entry("https://example.org/two")))
        #expect(warnings.current.count == 1)
        #expect(warnings.current.first?.contains("is locked by another process (waited 0.2 s") == true)
        #expect(warnings.current.first?.hasSuffix("this run's fetches are not saved to it") == true)
        // Reading still works (WAL: readers never wait for the writer).
        #expect(cache.entry(for: "https://example.org/before")?.title == "A title")
        try writer.execute("ROLLBACK")
    }

    @Test func twoConnectionsWriteAtTheSameTime() async throws {
        let folder = try TemporaryFolder()
        let settings = CacheSettings(path: folder.file("shared.sqlite"))
        let one = try SourceCache.open(settings: settings)
        let two = try SourceCache.open(settings: settings)
        async let a = Self.writeOnAThread(one, prefix: "one", count: 200)
        async let b = Self.writeOnAThread(two, prefix: "two", count: 200)
        let written = await [a, b]
        #expect(written == [200, 200])
        #expect(try one.stats().entries == 400)
        #expect(try two.stats().entries == 400)
        #expect(two.entry(for: "https://example.org/one/199")?.title == "A title")
    }

    @Test func pruneAndClear() throws {
        let folder = try TemporaryFolder()
        let cache = try SourceCache.open(settings: CacheSettings(path: folder.file("cache.sqlite")))
        let now = Date().timeIntervalSince1970
        var old = Self.entry("https://example.org/old")
        old.fetchedAt = now - 48 * 3600
        var failed = Self.entry("https://example.org/failed")
        failed.status = .notFound
        failed.fetchedAt = now - 2 * 3600
        var recent = Self.entry("https://example.org/recent")
        recent.fetchedAt = now - 3600
        for entry in [old, failed, recent] { cache.store(entry) }

        #expect(try cache.prune() == 2)  // old (24 h for ok) and failed (1 h for failures)
        #expect(cache.entry(for: "https://example.org/recent") != nil)
        #expect(try cache.prune(olderThanHours: 0.5) == 1)
        cache.store(recent)
        let stats = try cache.stats()
        #expect(stats.entries == 1)
        #expect(stats.bytes > 0)
        #expect(try cache.clear() == 1)
        #expect(try cache.stats().entries == 0)
    }

    static func entry(_ url: String, passages: Int = 1) -> CacheEntry {
        let document = SourceDocument(
            ref: SourceRef(url: url, origin: .link), status: .ok, finalURL: url, title: "A title",
            contentType: "text/html",
            passages: (0..<passages).map { Passage(index: $0, text: "Passage \($0) of \(url), long enough to take some room.", heading: nil) })
        return CacheEntry(
            document: document, url: url, httpStatus: 200, etag: nil, lastModified: nil,
            fetchedAt: Date().timeIntervalSince1970, bodyHash: nil, reachedNonPublicAddress: false)
    }

    /// Stores `count` entries from a thread of its own (the calls block), returning how many succeeded.
    static func writeOnAThread(_ cache: SourceCache, prefix: String, count: Int) async -> Int {
        await withCheckedContinuation { continuation in
            Thread {
                var stored = 0
                for index in 0..<count where cache.store(entry("https://example.org/\(prefix)/\(index)")) { stored += 1 }
                continuation.resume(returning: stored)
            }.start()
        }
    }
}
