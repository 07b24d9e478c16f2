import FactCheck
import FactCheckModel
import Foundation
import LoopbackHTTPServer
import Testing

@Suite struct PipelineTests {
    func configuration(registryURL: String, allowPrivate: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.searchEnabled = false  // tests never reach outside hosts
        configuration.fetch.allowPrivateNetwork = allowPrivate
        configuration.fetch.timeoutSeconds = 10
        configuration.registry = SourceRegistry(entries: [
            .init(name: "American Chiropractic Association", aliases: ["ACA"], urls: [registryURL], files: []),
        ])
        return configuration
    }

    func check(_ paths: [String], _ configuration: Configuration, fetch: Bool = true, jobs: Int = 2) async -> Report {
        var options = CheckOptions()
        options.fetchSources = fetch
        options.jobs = jobs
        return await FactChecker(configuration: configuration, options: options).check(paths: paths)
    }

    func finding(_ words: String, in report: Report) -> ClaimCheck? {
        report.articles.first?.claims.first { $0.claim.sentence.contains(words) }
    }

    @Test func aRaisedBoundIsNotSupportedAndTheSourceSentenceIsQuoted() async throws {
        let server = try LoopbackHTTPServer(routes: ["/back-pain-facts": .html(Fixtures.associationPage)])
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)

        let report = await check([article], configuration(registryURL: server.url("/back-pain-facts"), allowPrivate: true))
        let check = try #require(finding("80 percent", in: report))
        #expect(check.verdict != .supported)
        #expect(check.verdict == .overstated)
        #expect(check.claim.attribution?.source == "American Chiropractic Association")
        let quote = try #require(check.evidence.first)
        #expect(quote.quote == Fixtures.quotedSentence)
        #expect(quote.url == server.url("/back-pain-facts"))
        #expect(quote.fragmentURL?.contains("#:~:text=") == true)
        #expect(check.sources.first?.origin == .registry)
        #expect(check.sources.first?.status == .ok)
        #expect(check.sources.first?.title == "Back pain facts and statistics")
        // The cortisol claim names nobody and cites nothing.
        let cortisol = try #require(finding("cortisol", in: report))
        #expect(cortisol.verdict == .needsCitation)
        #expect(cortisol.claim.attribution?.vague == true)
        // One fetch for the page, however many claims looked at it.
        #expect(server.requests.filter { $0.path == "/back-pain-facts" }.count == 1)
    }

    /// A sentence credited to a registered organisation is checked against what it published, even
    /// when the check-worthiness model alone would have passed over it ("some" became "all").
    @Test func aLowScoringSentenceCreditedToARegisteredSourceIsChecked() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/trial": .html("<html><head><title>Tea rooms</title></head><body><article><p>Some of the tea rooms are busy on winter mornings.</p></article></body></html>"),
        ])
        defer { server.stop() }
        let workspace = try TestWorkspace()
        // A finding with a finding verb ("all participants reported headaches") is a claim on its own.
        let article = try workspace.write("tea.txt", "According to the Harbour Clinical Unit, all the tea rooms are busy on winter mornings.\n")
        var configuration = configuration(registryURL: server.url("/unused"), allowPrivate: true)
        configuration.registry.entries.append(.init(name: "Harbour Clinical Unit", aliases: [], urls: [server.url("/trial")], files: []))

        let report = await check([article], configuration)
        let rooms = try #require(finding("tea rooms", in: report))
        #expect(rooms.verdict == .overstated)
        #expect(rooms.evidence.first?.quote == "Some of the tea rooms are busy on winter mornings.")
        // Without the registry entry it is a claim too (a named source is a cue for the extractor,
        // `ClaimExtractor.cuedThreshold`), but nothing says where that source published: the
        // registry is what finds the page to check it against.
        let plain = await check([article], Configuration(), fetch: false)
        #expect(plain.articles.first?.claims.first?.claim.attribution?.source == "Harbour Clinical Unit")
        #expect(plain.articles.first?.claims.first?.evidence.isEmpty == true)
    }

    @Test func aDeadLinkAndARefusedAddressAreSourceUnavailableWithTheReason() async throws {
        let server = try LoopbackHTTPServer(routes: ["/page": .html(Fixtures.associationPage)])
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let article = try workspace.write("dead.md", """
        # Links

        Massage lowers cortisol by 31 percent, according to [a trial](\(server.url("/missing"))).
        """)
        var dead = await check([article], configuration(registryURL: server.url("/page"), allowPrivate: true))
        var result = try #require(dead.articles.first?.claims.first)
        #expect(result.verdict == .sourceUnavailable)
        #expect(result.sources.first?.status == .notFound)
        #expect(result.reason.contains("404"))

        // The same page, without --allow-private-network: never fetched.
        let before = server.requests.count
        let registryArticle = try workspace.write("refused.txt", Fixtures.backPainArticle)
        dead = await check([registryArticle], configuration(registryURL: server.url("/page"), allowPrivate: false))
        result = try #require(finding("80 percent", in: dead))
        #expect(result.verdict == .sourceUnavailable)
        #expect(result.sources.first?.status == .refused)
        #expect(result.reason.contains("127.0.0.1"))
        #expect(server.requests.count == before)
    }

    @Test func oneBadArticleNeverStopsTheBatchAndOrderIsStable() async throws {
        let workspace = try TestWorkspace()
        try workspace.write("batch/a-good.txt", Fixtures.backPainArticle)
        try workspace.write("batch/b-binary.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF])
        try workspace.write("batch/c-empty.md", "\n\n")
        try workspace.write("batch/nested/d-good.md", "# Sleep\n\nWalking lowers blood sugar by 22 percent in adults.\n")
        try workspace.write("batch/notes.pdf", "not an article")
        let missing = workspace.path("nowhere.txt")

        let one = await check([workspace.path("batch"), missing], Configuration(), fetch: false, jobs: 1)
        let two = await check([workspace.path("batch"), missing], Configuration(), fetch: false, jobs: 2)
        let paths = one.articles.map { ($0.path as NSString).lastPathComponent }
        #expect(paths == ["a-good.txt", "b-binary.txt", "c-empty.md", "d-good.md", "nowhere.txt"])
        #expect(two.articles.map(\.path) == one.articles.map(\.path))
        #expect(two.articles.map { $0.claims.map(\.claim.id) } == one.articles.map { $0.claims.map(\.claim.id) })
        #expect(one.articles[0].claims.count >= 3 && one.articles[0].errors.isEmpty)
        #expect(one.articles[1].errors.first?.message.contains("binary") == true)
        #expect(one.articles[1].errors.first?.message.contains("b-binary.txt") == true)
        #expect(one.articles[2].errors.first?.message.contains("empty") == true)
        #expect(one.articles[3].claims.count == 1)
        #expect(one.articles[4].errors.first?.message.contains("no such file") == true)
        #expect(ExitStatus.of(one, failOn: []) == .findings)
    }

    @Test func noFetchClassifiesWithoutTouchingTheNetwork() async throws {
        let server = try LoopbackHTTPServer(routes: [:])
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        let report = await check([article], configuration(registryURL: server.url("/facts"), allowPrivate: true), fetch: false)
        #expect(server.requests.isEmpty)
        let statistic = try #require(finding("80 percent", in: report))
        #expect(statistic.verdict == .unverified)
        #expect(statistic.sources.first?.status == .notFetched)
        #expect(finding("cortisol", in: report)?.verdict == .needsCitation)
        #expect(ExitStatus.of(report, failOn: [.contradicted, .sourceUnavailable]) == .clean)
    }

    @Test func theJSONReportFollowsTheContract() async throws {
        let server = try LoopbackHTTPServer(routes: ["/facts": .html(Fixtures.associationPage)])
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        let report = await check([article], configuration(registryURL: server.url("/facts"), allowPrivate: true))
        let data = try JSONEncoder().encode(report)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        #expect((json["tool"] as? [String: Any])?["name"] as? String == "factcheck")
        let articles = try #require(json["articles"] as? [[String: Any]])
        let claims = try #require(articles.first?["claims"] as? [[String: Any]])
        let statistic = try #require(claims.first { ($0["text"] as? String)?.contains("80 percent") == true })
        for key in ["id", "text", "sentence", "span", "kind", "checkworthiness", "attribution", "hedges", "quantities",
                    "sources", "verdict", "confidence", "reason", "evidence", "strength"] {
            #expect(statistic[key] != nil, "claim is missing \(key)")
        }
        let span = try #require(statistic["span"] as? [String: Int])
        #expect(Set(span.keys) == ["start", "end", "line", "column"])
        let quantity = try #require((statistic["quantities"] as? [[String: Any]])?.first)
        #expect(quantity["value"] as? Double == 80 && quantity["unit"] as? String == "percent" && quantity["bound"] as? String == "lower")
        #expect(statistic["verdict"] as? String == "overstated")
        let evidence = try #require((statistic["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["fragment_url"] is String && evidence["stance"] is String)
        // Claim strength (additive in schema 1): one of the four levels, for the claim and each quote.
        let levels = Set(ClaimStrength.allCases.map(\.rawValue))
        #expect(levels.contains(statistic["strength"] as? String ?? "") && levels.contains(evidence["strength"] as? String ?? ""))
        let summary = try #require(json["summary"] as? [String: Any])
        #expect((summary["by_verdict"] as? [String: Int])?["overstated"] == 1)
        // And it decodes back into the same report.
        let decoded = try JSONDecoder().decode(Report.self, from: data)
        #expect(decoded.articles.first?.claims.map(\.verdict) == report.articles.first?.claims.map(\.verdict))
    }
}
