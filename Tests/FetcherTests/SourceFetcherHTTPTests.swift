import FactCheckModel
import Fetcher
import LoopbackHTTPServer
import Testing

/// Every test starts its own server on 127.0.0.1 and stops it before returning.
@Suite struct SourceFetcherHTTPTests {
    static let article = """
        <!doctype html><html><head><title>Back pain facts</title>
        <script>document.write("tracking script text")</script></head>
        <body><nav><a href="/">Home</a> <a href="/menu">Menu item</a></nav>
        <h1>Back pain</h1>
        <p>As much as 80 percent of the population will experience a back problem.</p>
        <p>Most cases resolve within weeks.</p>
        </body></html>
        """

    @Test func readsAPageIntoPassages() async throws {
        let server = try LoopbackHTTPServer(routes: ["/article": .html(Self.article)])
        defer { server.stop() }
        let document = await fetch(server.url("/article"))
        #expect(document.status == .ok, "\(document.reason ?? "")")
        #expect(document.reason == nil)
        #expect(document.title == "Back pain facts")
        #expect(document.finalURL == server.url("/article"))
        #expect(document.contentType == "text/html; charset=utf-8")
        #expect(document.passages.map(\.text) == [
            "As much as 80 percent of the population will experience a back problem.",
            "Most cases resolve within weeks.",
        ])
        #expect(document.passages.allSatisfy { $0.heading == "Back pain" })
        #expect(!document.allText.contains("Menu item"))
        #expect(!document.allText.contains("tracking script"))
    }

    @Test(arguments: [
        (404, SourceStatus.notFound, "not found (HTTP 404)"),
        (410, .notFound, "not found (HTTP 410)"),
        (401, .blocked, "blocked by the server (HTTP 401)"),
        (403, .blocked, "blocked by the server (HTTP 403)"),
        // A 429 is retried (1 s, then 2 s: no Retry-After) before it is final; see PolitenessTests.
        (429, .blocked, "rate limited (HTTP 429), still after 2 retries"),
        (500, .httpError, "server error (HTTP 500)"),
        (400, .httpError, "request rejected by the server (HTTP 400)"),
    ])
    func httpErrorsBecomeStatuses(code: Int, status: SourceStatus, reason: String) async throws {
        let server = try LoopbackHTTPServer { _ in .html("<p>error page text</p>", status: code) }
        defer { server.stop() }
        let document = await fetch(server.url("/x"))
        #expect(document.status == status)
        #expect(document.reason == reason)
        #expect(document.passages.isEmpty)
    }

    @Test func loopbackIsRefusedUnlessAllowed() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .html(Self.article)])
        defer { server.stop() }
        let document = await fetch(server.url("/"), policy: FetchPolicy())
        #expect(document.status == .refused)
        #expect(document.reason == "refused: 127.0.0.1 is a loopback address; use --allow-private-network or --allow-network to allow it")
        #expect(document.passages.isEmpty)
        // Refused before connecting: the server never saw a request.
        #expect(server.requests.isEmpty)
    }

    @Test func localhostByNameIsRefusedToo() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .html(Self.article)])
        defer { server.stop() }
        let document = await fetch("http://localhost:\(server.port)/", policy: FetchPolicy())
        #expect(document.status == .refused)
        #expect(document.reason?.contains("loopback address") == true)
        #expect(server.requests.isEmpty)
    }

    /// Other spellings of loopback are refused by the resolved address, not by the text. Nothing listens
    /// on port 9 here; were the check missing, the result would be a connection error, not a refusal.
    @Test(arguments: [
        ("http://[::1]:9/", "::1 is a loopback address"),
        ("http://0.0.0.0:9/", "0.0.0.0 is an unspecified address"),
        ("http://2130706433:9/", "127.0.0.1 is a loopback address"),
        ("http://0x7f.1:9/", "127.0.0.1 is a loopback address"),
        ("http://127.1:9/", "127.0.0.1 is a loopback address"),
    ])
    func loopbackInOtherSpellingsIsRefused(url: String, phrase: String) async {
        let document = await fetch(url, policy: FetchPolicy())
        #expect(document.status == .refused)
        #expect(document.reason?.contains(phrase) == true, "\(document.reason ?? "")")
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/", "javascript:alert(1)"])
    func otherSchemesAreRefusedBeforeAnyRequest(url: String) async {
        let document = await fetch(url)
        let scheme = String(url.prefix { $0 != ":" })
        #expect(document.status == .refused)
        #expect(document.reason?.contains("\(scheme):") == true)
    }

    @Test func redirectsAreFollowedAndTheFinalURLRecorded() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/a": .redirect(to: "/b", status: 301)
            case "/b": .redirect(to: "/c", status: 307)
            case "/c": .html("<title>Final</title><p>Arrived.</p>")
            default: .notFound
            }
        }
        defer { server.stop() }
        let document = await fetch(server.url("/a"))
        #expect(document.status == .ok)
        #expect(document.finalURL == server.url("/c"))
        #expect(document.title == "Final")
        // The redirect responses' own bodies ("moved to …") are not part of the document.
        #expect(document.passages.map(\.text) == ["Arrived."])
        #expect(server.requests.map(\.path) == ["/a", "/b", "/c"])
    }

    @Test func tooManyRedirectsIsALimit() async throws {
        let server = try LoopbackHTTPServer { request in
            let step = Int(request.path.dropFirst()) ?? 0
            return .redirect(to: "/\(step + 1)")
        }
        defer { server.stop() }
        let document = await fetch(server.url("/0"), policy: .loopback(maxRedirects: 2))
        #expect(document.status == .tooLarge)
        #expect(document.reason == "too many redirects (more than 2)")
        #expect(server.requests.count == 3)
    }

    @Test func redirectToAFileURLIsRefused() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .redirect(to: "file:///etc/passwd")])
        defer { server.stop() }
        let document = await fetch(server.url("/"))
        #expect(document.status == .refused)
        #expect(document.reason == "refused: redirected to a file: URL; only http and https are fetched")
        #expect(document.passages.isEmpty)
        #expect(!document.allText.contains("root:"))
    }

    @Test func bodyOverTheLimitWithContentLengthIsTooLarge() async throws {
        let body = String(repeating: "word ", count: 400)  // 2,000 bytes, Content-Length sent
        let server = try LoopbackHTTPServer(routes: ["/": .text(body)])
        defer { server.stop() }
        let document = await fetch(server.url("/"), policy: .loopback(maxBytes: 1_000))
        #expect(document.status == .tooLarge)
        #expect(document.reason == "too large: more than 1,000 bytes, the limit")
        #expect(document.passages.isEmpty)
    }

    @Test func bodyOverTheLimitWithoutContentLengthIsTooLarge() async throws {
        // Close-delimited: no Content-Length, so only counting in the write callback can catch it.
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
        let raw = Array(head.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 300_000)
        let server = try LoopbackHTTPServer(routes: ["/": HTTPResponse(raw: raw)])
        defer { server.stop() }
        let document = await fetch(server.url("/"), policy: .loopback(maxBytes: 100_000))
        #expect(document.status == .tooLarge)
        #expect(document.reason == "too large: more than 100,000 bytes, the limit")
        #expect(document.passages.isEmpty)
    }

    @Test func endlessChunkedBodyIsCutAtTheLimit() async throws {
        let chunk = String(repeating: "x", count: 4096)
        let response = HTTPResponse(headers: [("Content-Type", "text/plain"), ("Transfer-Encoding", "chunked")]) { writer in
            while writer.write("1000\r\n\(chunk)\r\n") {}
        }
        let server = try LoopbackHTTPServer(routes: ["/": response])
        defer { server.stop() }
        let document = await fetch(server.url("/"), policy: .loopback(maxBytes: 50_000))
        #expect(document.status == .tooLarge)
    }

    @Test func bodyExactlyAtTheLimitIsAccepted() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .text(String(repeating: "b", count: 1_000))])
        defer { server.stop() }
        let document = await fetch(server.url("/"), policy: .loopback(maxBytes: 1_000))
        #expect(document.status == .ok)
        #expect(document.passages.first?.text.count == 1_000)
    }

    @Test func slowServerTimesOut() async throws {
        // The server would answer after 5 s; stop() cuts that wait short, so the suite does not wait.
        let server = try LoopbackHTTPServer(routes: ["/": HTMLResponseDelay.slow])
        defer { server.stop() }
        let document = await fetch(server.url("/"), policy: .loopback(timeoutSeconds: 1))
        #expect(document.status == .timeout)
        #expect(document.reason == "timed out: no complete answer within 1 s")
    }

    @Test func gzipBodiesAreDecoded() async throws {
        let text = "Compressed paragraph one.\n\nCompressed paragraph two."
        let response = HTTPResponse(
            headers: [("Content-Type", "text/plain; charset=utf-8"), ("Content-Encoding", "gzip")],
            body: Gzip.stored(Array(text.utf8)))
        let server = try LoopbackHTTPServer(routes: ["/": response])
        defer { server.stop() }
        let document = await fetch(server.url("/"))
        #expect(document.status == .ok, "\(document.reason ?? "")")
        #expect(document.passages.map(\.text) == ["Compressed paragraph one.", "Compressed paragraph two."])
        #expect(server.requests.first?.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test func gzipBombIsStoppedByTheDecompressedLimit() async throws {
        // ~40 KB on the wire (under the limit, with Content-Length), 4 MB once decoded.
        let bomb = Gzip.repeated(UInt8(ascii: "a"), count: 4_000_000)
        #expect(bomb.count < 100_000)
        let response = HTTPResponse(headers: [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")], body: bomb)
        let server = try LoopbackHTTPServer(routes: ["/": response])
        defer { server.stop() }
        let document = await fetch(server.url("/"), policy: .loopback(maxBytes: 1_000_000))
        #expect(document.status == .tooLarge)
        #expect(document.reason == "too large: more than 1,000,000 bytes, the limit")
    }

    @Test func pdfIsUnreadableAndSaysWhy() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .bytes(Array("%PDF-1.7 ...".utf8), contentType: "application/pdf")])
        defer { server.stop() }
        let document = await fetch(server.url("/"))
        #expect(document.status == .unreadable)
        #expect(document.reason == "not readable: application/pdf")
        #expect(document.contentType == "application/pdf")
    }

    @Test func plainTextBecomesPassages() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .text("One paragraph\nwrapped.\n\nAnother one.")])
        defer { server.stop() }
        let document = await fetch(server.url("/"))
        #expect(document.status == .ok)
        #expect(document.passages.map(\.text) == ["One paragraph wrapped.", "Another one."])
    }

    @Test func pageWithoutTextIsUnreadable() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .html("<html><body><nav>Only a menu</nav><script>x()</script></body></html>")])
        defer { server.stop() }
        let document = await fetch(server.url("/"))
        #expect(document.status == .unreadable)
        #expect(document.reason == "no readable text")
    }

    @Test func latin1CharsetFromContentTypeIsHonoured() async throws {
        let body = Array("<html><body><p>Un caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me.</p></body></html>".utf8)
        let server = try LoopbackHTTPServer(routes: ["/": .bytes(body, contentType: "text/html; charset=ISO-8859-1")])
        defer { server.stop() }
        let document = await fetch(server.url("/"))
        #expect(document.status == .ok)
        #expect(document.passages.map(\.text) == ["Un café crème."])
    }

    @Test func theServerSeesThePolicysUserAgent() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": .text("hello")])
        defer { server.stop() }
        _ = await fetch(server.url("/"))
        _ = await fetch(server.url("/"), policy: .loopback(userAgent: "factcheck-test/9"))
        #expect(server.requests.map { $0.header("user-agent") } == [FetchPolicy.defaultUserAgent, "factcheck-test/9"])
    }

    @Test func cancellingTheTaskStopsABlockedTransfer() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": HTMLResponseDelay.verySlow])
        defer { server.stop() }
        let url = server.url("/")
        let task = Task { await fetch(url) }
        // Cancel only once the request is in flight (waiting on the server, not on a clock).
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        task.cancel()
        let document = await task.value
        #expect(document.status == .networkError)
        #expect(document.reason == "cancelled before the source was fetched")
    }

    @Test func stopEndsAConnectionThatIsStillWaiting() async throws {
        let server = try LoopbackHTTPServer(routes: ["/": HTMLResponseDelay.verySlow])
        let url = server.url("/")
        let task = Task { await fetch(url) }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        server.stop()
        // The connection was closed without an answer: a network error, well before the delay or timeout.
        let document = await task.value
        #expect(document.status == .networkError)
    }
}

/// Responses that take long enough that only a timeout, a cancellation or stop() ends the wait.
enum HTMLResponseDelay {
    static let slow = HTTPResponse.html("<p>late</p>").delayed(by: 5)
    static let verySlow = HTTPResponse.html("<p>very late</p>").delayed(by: 60)
}
