import FactCheckModel
@testable import Fetcher
import Foundation
import LoopbackHTTPServer
import Testing

/// robots.txt, per-host spacing and `Retry-After`, against the real loopback server. No assertion
/// depends on how long anything took: they count requests and order server-side events.
@Suite struct PolitenessTests {
    static let page = HTTPResponse.html("<html><head><title>T</title></head><body><p>Walking helps some people sleep.</p></body></html>")

    @Test func robotsDisallowIsHonouredAndRobotsIsReadOncePerHost() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/robots.txt": .text("User-agent: *\nDisallow: /private\nAllow: /private/open\n")
            default: Self.page
            }
        }
        defer { server.stop() }
        let fetcher = SourceFetcher(policy: .loopback(respectRobots: true))
        let refused = await fetcher.fetch(SourceRef(url: server.url("/private/page"), origin: .link))
        let open = await fetcher.fetch(SourceRef(url: server.url("/private/open/page"), origin: .link))
        let other = await fetcher.fetch(SourceRef(url: server.url("/public"), origin: .link))

        #expect(refused.status == .blocked)
        #expect(refused.reason == "disallowed by robots.txt")
        #expect(open.status == .ok)
        #expect(other.status == .ok)
        let paths = server.requests.map(\.path)
        #expect(paths.filter { $0 == "/robots.txt" }.count == 1)
        #expect(!paths.contains("/private/page"))
    }

    @Test func aGroupNamingFactcheckWinsOverTheStarGroup() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/robots.txt"
                ? .text("User-agent: *\nDisallow: /\n\nUser-agent: FactCheck\nDisallow: /drafts/\n")
                : Self.page
        }
        defer { server.stop() }
        let fetcher = SourceFetcher(policy: .loopback(respectRobots: true))
        #expect(await fetcher.fetch(SourceRef(url: server.url("/facts"), origin: .link)).status == .ok)
        #expect(await fetcher.fetch(SourceRef(url: server.url("/drafts/x"), origin: .link)).status == .blocked)
    }

    @Test func robotsNotFoundAllowsAllAndServerErrorDisallowsAll() async throws {
        let missing = try LoopbackHTTPServer { $0.path == "/robots.txt" ? .notFound : Self.page }
        defer { missing.stop() }
        let failing = try LoopbackHTTPServer { $0.path == "/robots.txt" ? .status(503) : Self.page }
        defer { failing.stop() }
        let fetcher = SourceFetcher(policy: .loopback(respectRobots: true))
        #expect(await fetcher.fetch(SourceRef(url: missing.url("/a"), origin: .link)).status == .ok)
        let document = await fetcher.fetch(SourceRef(url: failing.url("/a"), origin: .link))
        #expect(document.status == .blocked)
        #expect(document.reason?.hasPrefix("disallowed by robots.txt") == true)
        #expect(!failing.requests.map(\.path).contains("/a"))
    }

    @Test func robotsIsNotAskedWhenTurnedOff() async throws {
        let server = try LoopbackHTTPServer { _ in Self.page }
        defer { server.stop() }
        _ = await fetch(server.url("/a"), policy: .loopback(respectRobots: false))
        #expect(server.requests.map(\.path) == ["/a"])
    }

    @Test func tooManyRequestsWithRetryAfterIsRetriedThenSucceeds() async throws {
        let count = Locked(0)
        let server = try LoopbackHTTPServer { _ in
            let attempt = count.withValue { value -> Int in
                value += 1
                return value
            }
            if attempt == 1 {
                var response = HTTPResponse.status(429)
                response.headers.append(("Retry-After", "1"))
                return response
            }
            return Self.page
        }
        defer { server.stop() }
        let document = await fetch(server.url("/busy"))
        #expect(document.status == .ok)
        #expect(server.requests.count == 2)
    }

    @Test func serviceUnavailableWithAnHTTPDateIsRetried() async throws {
        let count = Locked(0)
        let server = try LoopbackHTTPServer { _ in
            let attempt = count.withValue { value -> Int in
                value += 1
                return value
            }
            guard attempt == 1 else { return Self.page }
            var response = HTTPResponse.status(503)
            response.headers.append(("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"))  // in the past: now
            return response
        }
        defer { server.stop() }
        #expect(await fetch(server.url("/maintenance")).status == .ok)
        #expect(server.requests.count == 2)
    }

    @Test func tooManyRequestsForeverIsBlockedAfterTwoRetries() async throws {
        let server = try LoopbackHTTPServer { _ in
            var response = HTTPResponse.status(429)
            response.headers.append(("Retry-After", "0"))
            return response
        }
        defer { server.stop() }
        let document = await fetch(server.url("/busy"))
        #expect(document.status == .blocked)
        #expect(document.reason?.hasPrefix("rate limited (HTTP 429)") == true)
        #expect(server.requests.count == 3)
    }

    @Test func aRetryAfterLongerThanTheLimitIsNotWaitedFor() async throws {
        let server = try LoopbackHTTPServer { _ in
            var response = HTTPResponse.status(429)
            response.headers.append(("Retry-After", "3600"))
            return response
        }
        defer { server.stop() }
        let document = await fetch(server.url("/busy"))
        #expect(document.status == .blocked)
        #expect(document.reason?.contains("asked to wait 3600 s") == true)
        #expect(server.requests.count == 1)
    }

    @Test func forbiddenIsBlockedAndNotFoundIsNotFound() async throws {
        let server = try LoopbackHTTPServer(routes: ["/forbidden": .status(403)])
        defer { server.stop() }
        let forbidden = await fetch(server.url("/forbidden"))
        let missing = await fetch(server.url("/missing"))
        #expect(forbidden.status == .blocked)
        #expect(forbidden.reason?.contains("blocked") == true)
        #expect(missing.status == .notFound)
    }

    /// Each handler records when it started and when it finished (server-side); with an interval, the
    /// second request to the host must start after the first one ended.
    @Test func requestsToOneHostAreNotConcurrent() async throws {
        let events = Locked<[(path: String, start: UInt64, end: UInt64)]>([])
        let server = try LoopbackHTTPServer { request in
            let start = DispatchTime.now().uptimeNanoseconds
            Thread.sleep(forTimeInterval: 0.05)  // gives an overlap, were there one, room to show
            let end = DispatchTime.now().uptimeNanoseconds
            events.withValue { $0.append((request.path, start, end)) }
            return Self.page
        }
        defer { server.stop() }
        let fetcher = SourceFetcher(policy: .loopback(perHostIntervalMilliseconds: 100))
        async let first = fetcher.fetch(SourceRef(url: server.url("/one"), origin: .link))
        async let second = fetcher.fetch(SourceRef(url: server.url("/two"), origin: .link))
        async let third = fetcher.fetch(SourceRef(url: server.url("/three"), origin: .link))
        let statuses = await [first.status, second.status, third.status]
        #expect(statuses == [.ok, .ok, .ok])
        let ordered = events.current.sorted { $0.start < $1.start }
        #expect(ordered.count == 3)
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            #expect(later.start > earlier.end)
        }
    }

    /// Two hosts (two servers, two ports): each handler waits until the other host's request has
    /// arrived too, which can only happen if both are in flight at once.
    @Test func differentHostsAreFetchedInParallel() async throws {
        let arrived = Locked(0)
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in
            arrived.withValue { $0 += 1 }
            for _ in 0..<1000 where arrived.current < 2 { Thread.sleep(forTimeInterval: 0.01) }
            return arrived.current >= 2 ? Self.page : .status(500)
        }
        let one = try LoopbackHTTPServer(handler: handler)
        defer { one.stop() }
        let two = try LoopbackHTTPServer(handler: handler)
        defer { two.stop() }
        let fetcher = SourceFetcher(policy: .loopback(perHostIntervalMilliseconds: 1000))
        async let first = fetcher.fetch(SourceRef(url: one.url("/a"), origin: .link))
        async let second = fetcher.fetch(SourceRef(url: two.url("/b"), origin: .link))
        let statuses = await [first.status, second.status]
        #expect(statuses == [.ok, .ok])
    }
}

@Suite struct RobotsRulesTests {
    @Test func longestMatchWinsAndAllowWinsATie() {
        let rules = RobotsRules(parsing: """
            # comment
            User-agent: *
            Disallow: /a
            Allow: /a/b
            Disallow: /a/b/c
            Allow: /x
            Disallow: /x
            """)
        #expect(!rules.allows("/a"))
        #expect(rules.allows("/a/b/page"))
        #expect(!rules.allows("/a/b/c/d"))
        #expect(rules.allows("/x"))
        #expect(rules.allows("/other"))
        #expect(rules.allows("/robots.txt"))
    }

    @Test func wildcardsAndEndAnchors() {
        let rules = RobotsRules(parsing: "User-agent: *\nDisallow: /*.pdf$\nDisallow: /tmp*/secret\n")
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf?download=1"))
        #expect(!rules.allows("/tmp-2024/secret/x"))
        #expect(rules.allows("/tmp/open"))
    }

    @Test func groupsForOtherAgentsDoNotApply() {
        let rules = RobotsRules(parsing: "User-agent: otherbot\nUser-agent: thirdbot\nDisallow: /\n")
        #expect(rules.allows("/anything"))
        let empty = RobotsRules(parsing: "User-agent: *\nDisallow:\n")
        #expect(empty.allows("/anything"))
    }
}

@Suite struct RetryAfterTests {
    @Test func secondsAndDates() {
        let now = Date(timeIntervalSince1970: 1_000_000_000)  // Sun, 09 Sep 2001 01:46:40 GMT
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds("Sun, 09 Sep 2001 01:47:40 GMT", now: now) == 60)
        #expect(RetryAfter.seconds("Sun, 09 Sep 2001 01:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
        #expect(RetryAfter.seconds("-5", now: now) == nil)
    }
}
