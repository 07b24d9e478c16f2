import FactCheck
import Fetcher
import Foundation
import LoopbackHTTPServer
import Testing

/// `--cache`, `--offline` and `factcheck cache stats|prune|clear`, through the real executable, plus
/// the `[cache]` and politeness keys of `.factcheck.toml`.
@Suite struct CacheCommandTests {
    @Test func fetchFillsTheCacheAndOfflineReplaysItWithoutTheServer() throws {
        let workspace = try TestWorkspace()
        let cache = workspace.path("c/cache.sqlite")
        let server = try LoopbackHTTPServer(routes: ["/facts": .html(Fixtures.associationPage)])
        let url = server.url("/facts")
        let online = try FactcheckProcess.run(["fetch", "--allow-private-network", "--cache", cache, url])
        #expect(online.status == 0)
        let requestsOnline = server.requests.count
        server.stop()

        let offline = try FactcheckProcess.run(["fetch", "--allow-private-network", "--offline", "--cache", cache, url])
        #expect(offline.status == 0)
        #expect(offline.stdout.contains("as much as 80 percent"))
        let missing = try FactcheckProcess.run(["fetch", "--allow-private-network", "--offline", "--cache", cache, url + "?other"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("not in the cache (offline)"))
        #expect(server.requests.count == requestsOnline)

        let stats = try FactcheckProcess.run(["cache", "stats", "--cache", cache])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("entries: 1 (1 ok, 0 failed)"))
        let prune = try FactcheckProcess.run(["cache", "prune", "--older-than", "0", "--cache", cache])
        #expect(prune.stdout.contains("removed 1 entry"))
        let clear = try FactcheckProcess.run(["cache", "clear", "--cache", cache])
        #expect(clear.stdout.contains("removed 0 entries"))
    }

    @Test func configurationReadsCacheAndPolitenessKeys() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write(".factcheck.toml", """
            [fetch]
            per_host_interval_ms = 250
            respect_robots = false
            max_in_flight = 8
            max_retries = 1
            max_retry_wait_seconds = 5

            [cache]
            path = "state/cache.sqlite"
            ttl_hours = 12
            failure_ttl_hours = 0.5
            """)
        let configuration = try Configuration.load(from: path)
        #expect(configuration.fetch.perHostIntervalMilliseconds == 250)
        #expect(configuration.fetch.respectRobots == false)
        #expect(configuration.fetch.maxInFlight == 8)
        #expect(configuration.fetch.maxRetries == 1)
        #expect(configuration.fetch.maxRetryWaitSeconds == 5)
        #expect(configuration.cache.path == workspace.path("state/cache.sqlite"))
        #expect(configuration.cache.okTimeToLiveHours == 12)
        #expect(configuration.cache.failureTimeToLiveHours == 0.5)
        #expect(configuration.unknownKeys.isEmpty)

        let bad = try workspace.write("bad.toml", "[fetch]\nmax_in_flight = 0\n")
        #expect(throws: ConfigurationError.self) { try Configuration.load(from: bad) }
    }
}
