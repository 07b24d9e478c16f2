import FactCheck
import FactCheckModel
import Fetcher
import Foundation
import LoopbackHTTPServer
import Testing

/// A batch whose articles link to a hostile server on 127.0.0.1, run through the whole pipeline.
///
/// Only 127.0.0.1 itself is allowed (`--allow-network 127.0.0.1`), as a user would allow one
/// internal host, so redirects to every other loopback or private address, in every spelling, meet
/// the default refusal. Each attack must end as `source-unavailable` with its reason, within the
/// limits set here (3 s per transfer, 2 MB per body: the 100,000 nested divs take 1.1 MB), while the honest article in the same batch is
/// checked as usual.
@Suite(.timeLimit(.minutes(2))) struct HostileSourceTests {
    /// Ten levels of entities, each ten of the one below: `&lol9;` would expand to 10⁹ "lol"s.
    static let laughingEntities = (1...9).map { level in
        "  <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
    }.joined(separator: "\n")

    static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE lolz [
      <!ENTITY lol "lol">
    \(laughingEntities)
    ]>
    """

    /// PubMed XML whose every text is an entity: a billion laughs in the title, a local file and an
    /// HTTP probe in the abstract.
    static func pubMedAttack(probeURL: String) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE PubmedArticleSet [
          <!ENTITY lol "lol">
        \(laughingEntities)
          <!ENTITY file SYSTEM "file:///etc/passwd">
          <!ENTITY probe SYSTEM "\(probeURL)">
        ]>
        <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">31000077</PMID>
          <Article><Journal><Title>&lol9;</Title></Journal><ArticleTitle>&lol9;</ArticleTitle>
            <Abstract><AbstractText>&file;</AbstractText><AbstractText>&probe;</AbstractText></Abstract></Article>
        </MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000077</ArticleId></ArticleIdList></PubmedData>
        </PubmedArticle></PubmedArticleSet>
        """
    }

    /// Every hostile route, by path.
    static func respond(to request: HTTPRequest, port: Int) -> HTTPResponse {
        let path = request.path
        switch path {
        case "/good":
            return .html("""
                <html><head><title>Walking facts</title></head><body><main>
                <p>In the trial, brisk walking lowered resting heart rate by 5 beats per minute after twelve weeks.</p>
                </main></body></html>
                """)
        case "/billion-laughs":
            return .bytes(Array((billionLaughs + "<lolz>&lol9;</lolz>").utf8), contentType: "application/xml")
        case "/xxe":
            let xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"
            return .bytes(Array(xml.utf8), contentType: "application/xml")
        case "/gzip-bomb":
            // 10 GB of zeros, gzip-encoded and streamed: the client must stop at its 2 MB limit.
            return HTTPResponse(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]) { writer in
                Gzip.streamZeros(count: 10_000_000_000) { writer.write($0) }
            }
        case "/endless-chunked":
            return HTTPResponse(headers: [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")]) { writer in
                let chunk = "1000\r\n" + String(repeating: "<p>more</p>", count: 372) + "abcd\r\n"
                while writer.write(chunk) {}
            }
        case "/slow-loris":
            // A byte every half second, forever: never idle long enough for an idle timeout.
            return HTTPResponse(headers: [("Content-Type", "text/html"), ("Content-Length", "1000000")]) { writer in
                while writer.write("<") && writer.pause(0.5) {}
            }
        case "/lying-length":
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2147483648\r\nConnection: close\r\n\r\n"
            return HTTPResponse(raw: Array((head + "<p>Only a little.</p>").utf8))
        case "/loop-a": return .redirect(to: "/loop-b")
        case "/loop-b": return .redirect(to: "/loop-a")
        case "/to-file": return .redirect(to: "file:///etc/passwd")
        case "/to-gopher": return .redirect(to: "gopher://127.0.0.1:\(port)/_GET%20/secret")
        case "/nested-divs":
            let depth = 100_000
            let html = "<html><body>" + String(repeating: "<div>", count: depth)
                + "<p>Deep inside, walking lowered blood pressure by 4 mmHg in the trial.</p>"
                + String(repeating: "</div>", count: depth) + "</body></html>"
            return .html(html)
        case "/invalid-utf8":
            let bytes = Array("<html><body><p>Walkers slept 20 minutes longer in the trial, ".utf8) + [0xC3, 0x28, 0xFF, 0xFE]
                + Array(" said the authors.</p></body></html>".utf8)
            return .bytes(bytes, contentType: "text/html; charset=utf-8")
        case let eutils where eutils.hasPrefix("/eutils/efetch"):
            return .bytes(Array(pubMedAttack(probeURL: "http://127.0.0.1:\(port)/xxe-probe").utf8), contentType: "text/xml")
        default:
            if let target = privateRedirects(port: port)[path] { return .redirect(to: target) }
            return .notFound
        }
    }

    /// Redirects to addresses outside the one allowed (127.0.0.1), in the spellings attackers use.
    static func privateRedirects(port: Int) -> [String: String] {
        [
            "/to-private-10": "http://10.0.0.1/",
            "/to-metadata": "http://169.254.169.254/latest/meta-data/",
            "/to-decimal": "http://2130706434:\(port)/good",  // 127.0.0.2
            "/to-octal": "http://0177.0.0.2:\(port)/good",
            "/to-hex": "http://0x7f.0.0.2:\(port)/good",
            "/to-mapped": "http://[::ffff:127.0.0.2]:\(port)/good",
            "/to-ipv6-loopback": "http://[::1]:\(port)/good",
        ]
    }

    /// The link texts of the hostile article: one claim per attack, each with its own numbers.
    static let attacks: [(path: String, status: SourceStatus, reason: String)] = [
        ("/billion-laughs", .unreadable, "not readable: application/xml"),
        ("/xxe", .unreadable, "not readable: application/xml"),
        ("/gzip-bomb", .tooLarge, "too large"),
        ("/endless-chunked", .tooLarge, "too large"),
        ("/slow-loris", .timeout, "timed out"),
        ("/lying-length", .tooLarge, "too large"),
        ("/loop-a", .tooLarge, "redirect"),
        ("/to-file", .refused, "file:"),
        ("/to-gopher", .refused, "gopher:"),
        ("/to-private-10", .refused, "10.0.0.1 is a private-network address"),
        ("/to-metadata", .refused, "169.254.169.254 is a link-local address"),
        ("/to-decimal", .refused, "127.0.0.2 is a loopback address"),
        ("/to-octal", .refused, "127.0.0.2 is a loopback address"),
        ("/to-hex", .refused, "127.0.0.2 is a loopback address"),
        ("/to-mapped", .refused, "is a loopback address"),
        ("/to-ipv6-loopback", .refused, "::1 is a loopback address"),
    ]

    @Test func everyAttackIsSourceUnavailableWithItsReasonAndTheBatchCompletes() async throws {
        let server = try LoopbackHTTPServer { request in
            Self.respond(to: request, port: Self.portFromHost(request))
        }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        var lines = ["# Hostile links", ""]
        for (index, attack) in Self.attacks.enumerated() {
            lines.append("Walking \(index + 10) minutes a day cut the risk of stroke by \(index + 20) percent, according to [a trial](\(server.url(attack.path))).")
            lines.append("")
        }
        lines.append("Walking lowered blood pressure by 4 mmHg, according to [the deep page](\(server.url("/nested-divs"))).")
        lines.append("")
        lines.append("Walkers slept 20 minutes longer, according to [the garbled page](\(server.url("/invalid-utf8"))).")
        lines.append("")
        lines.append("Evening walks cut insomnia by 40 percent (PMID: 31000077).")
        let hostile = try workspace.write("hostile.md", lines.joined(separator: "\n"))
        let honest = try workspace.write("honest.md", """
            # Walking

            Brisk walking lowered resting heart rate by 5 beats per minute after twelve weeks, according to [the trial](\(server.url("/good"))).
            """)

        var configuration = Configuration()

        configuration.searchEnabled = false  // tests never reach outside hosts
        configuration.fetch.allowedNetworks = [try #require(IPNetwork("127.0.0.1"))]
        configuration.fetch.timeoutSeconds = 3
        configuration.fetch.maxBytes = 2_000_000
        configuration.fetch.perHostIntervalMilliseconds = 0
        configuration.fetch.maxRetries = 0
        configuration.search = .allAt(server.url("/"))
        var options = CheckOptions()
        options.jobs = 2
        let report = await FactChecker(configuration: configuration, options: options).check(paths: [hostile, honest])

        #expect(report.articles.count == 2)
        let hostileChecks = try #require(report.articles.first { $0.path == hostile }?.claims)
        for (index, attack) in Self.attacks.enumerated() {
            let check = hostileChecks.first { $0.claim.sentence.contains("by \(index + 20) percent") }
            let source = check?.sources.first
            #expect(check?.verdict == .sourceUnavailable, "\(attack.path): \(check?.verdict.rawValue ?? "no claim")")
            #expect(source?.status == attack.status, "\(attack.path): \(source?.status.rawValue ?? "no source") \(source?.reason ?? "")")
            #expect(source?.reason?.contains(attack.reason) == true, "\(attack.path): \(source?.reason ?? "no reason")")
        }

        // Deep nesting and broken UTF-8 are read, not refused: the text is there to check.
        let deep = hostileChecks.first { $0.claim.sentence.contains("4 mmHg") }
        #expect(deep?.sources.first?.status == .ok, "\(deep?.sources.first?.reason ?? "")")
        #expect(deep?.verdict == .supported, "\(deep?.reason ?? "")")
        let garbled = hostileChecks.first { $0.claim.sentence.contains("20 minutes longer") }
        #expect(garbled?.sources.first?.status == .ok, "\(garbled?.sources.first?.reason ?? "")")

        // The XML attack reaches the PubMed parser: nothing expanded, nothing read from disk, no probe.
        let pubmed = hostileChecks.first { $0.claim.sentence.contains("insomnia") }
        #expect(pubmed?.verdict == .sourceUnavailable, "\(pubmed?.verdict.rawValue ?? "no claim") \(pubmed?.reason ?? "")")
        let everything = hostileChecks.flatMap { $0.evidence.map(\.quote) + [$0.reason] }.joined(separator: "\n")
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("lollol"))
        #expect(!server.requests.contains { $0.path == "/xxe-probe" })
        // No request ever reached anything but the allowed host and port.
        #expect(!server.requests.contains { $0.path == "/secret" || $0.path.contains("GET") })

        // The honest article in the same batch is checked as usual.
        let honestCheck = try #require(report.articles.first { $0.path == honest }?.claims.first)
        #expect(honestCheck.verdict == .supported, "\(honestCheck.verdict.rawValue): \(honestCheck.reason)")
    }

    /// The port the request came to, from its Host header (the handler runs before the URL is known).
    static func portFromHost(_ request: HTTPRequest) -> Int {
        request.header("Host").flatMap { $0.split(separator: ":").last.flatMap { Int($0) } } ?? 0
    }
}
