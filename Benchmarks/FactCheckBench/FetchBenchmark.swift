import ArgumentParser
import FactCheckModel
import Fetcher
import Foundation
import LoopbackHTTPServer

/// `factcheck-bench fetch`: how fast the fetcher moves pages, and what a fully cached re-run costs.
///
/// Starts a LoopbackHTTPServer on 127.0.0.1 serving N distinct small HTML pages, then fetches them
/// all three ways, each with a fresh fetcher: without a cache (transport and reading alone), into an
/// empty cache (plus hashing and storing), and again from that cache while its entries are fresh (no
/// request at all). Politeness is off (interval 0, no robots.txt) since the one host is our own, and
/// private addresses are allowed because it is loopback. Nothing leaves the machine.
struct FetchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Transfers per second against a local server, and the cost of a fully cached re-run."
    )

    @Option(help: "Distinct pages fetched.")
    var transfers = 1000

    @Option(name: .customLong("in-flight"), help: "Transfers libcurl runs at once.")
    var inFlight = 64

    @Option(help: "Paragraphs per page (each about 200 bytes).")
    var paragraphs = 10

    func validate() throws {
        if transfers < 1 { throw ValidationError("--transfers must be at least 1") }
        if inFlight < 1 { throw ValidationError("--in-flight must be at least 1") }
    }

    func run() throws {
        let paragraphs = paragraphs
        let server = try LoopbackHTTPServer { request in
            let body = (0..<paragraphs).map { index in
                "<p>Page \(request.path), paragraph \(index): evening walks were associated with a small improvement in sleep quality among adults in the trial.</p>"
            }.joined()
            return .html("<!doctype html><html><head><title>Page \(request.path)</title></head><body><main>\(body)</main></body></html>")
        }
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-bench-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = CacheSettings(path: folder.appendingPathComponent("cache.sqlite").path)

        let policy = FetchPolicy(
            allowPrivateNetwork: true, perHostIntervalMilliseconds: 0, respectRobots: false, maxInFlight: inFlight)
        let refs = (0..<transfers).map { SourceRef(url: server.url("/page/\($0)"), origin: .link) }

        var table = ResultTable("run", "fetches", "requests", "ok", "seconds", "fetches/s", "ms/fetch")
        func measure(_ name: String, cache: SourceCache?) {
            let before = server.requests.count
            let (ok, seconds) = Self.blocking { await Self.fetchAll(refs, fetcher: SourceFetcher(policy: policy, cache: cache)) }
            let requests = server.requests.count - before
            table.add(
                name, "\(refs.count)", "\(requests)", "\(ok)", decimal(seconds), decimal(Double(refs.count) / seconds, places: 1),
                decimal(seconds * 1000 / Double(refs.count)))
        }
        measure("network, no cache", cache: nil)
        let cache = try SourceCache.open(settings: settings)
        measure("network, filling cache", cache: cache)
        measure("fully cached re-run", cache: cache)
        print("factcheck-bench fetch: \(transfers) pages from 127.0.0.1, \(inFlight) in flight\n")
        print(table.rendered, terminator: "")
    }

    /// Fetches every ref at once (the fetcher's cap decides how many run), returning how many were ok
    /// and the wall-clock seconds.
    static func fetchAll(_ refs: [SourceRef], fetcher: SourceFetcher) async -> (Int, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let ok = await withTaskGroup(of: Bool.self) { group in
            for ref in refs { group.addTask { await fetcher.fetch(ref).status == .ok } }
            var count = 0
            for await success in group where success { count += 1 }
            return count
        }
        let elapsed = clock.now - start
        return (ok, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Runs async work from this synchronous command: the main thread waits, which is fine since it
    /// is not one of the cooperative pool's threads.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}

/// Hands a result from a task to the waiting thread; the semaphore orders the write before the read.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
