import FactCheck
import FactCheckModel
import Foundation
import LoopbackHTTPServer
import Testing

/// The citation half, end to end: uncited claims of a massage article (sentences written for the
/// test, in the manner of a health blog) are searched for in an emulated PubMed and Europe PMC on
/// 127.0.0.1 that holds papers written for the test, and get suggested citations and a verdict
/// from them.
@Suite(.serialized) struct LiteratureSearchTests {
    static let article = """
        # Why a back massage does you good

        One of the nicest perks of a massage is that it increases blood flow to the muscles being worked on.

        Studies have shown that massages can even reduce the amount of cortisol in your bloodstream.
        """

    static let papers = [
        LiteraturePaper(
            pmid: "90000001", title: "Massage therapy and cortisol: a meta-analysis of randomised trials",
            abstract: ["We pooled twelve randomised trials of massage therapy in adults.",
                       "Massage therapy reduced cortisol levels compared with rest."],
            doi: "10.5555/massage.cortisol.2020", authors: ["Okafor N", "Lindqvist M", "Tan R", "Brooks A"],
            journal: "Journal of Touch Research", year: 2020, publicationTypes: ["Journal Article", "Meta-Analysis"]),
        LiteraturePaper(
            pmid: "90000002", title: "Blood flow in the forearm muscles after massage",
            abstract: ["Twenty healthy volunteers received a ten-minute massage of one forearm.",
                       "Massage increased blood flow in the massaged muscles compared with the resting arm."],
            authors: ["Ferreira L", "Novak P"], journal: "Clinical Physiology Notes", year: 2018),
        LiteraturePaper(
            pmid: "90000003", title: "Massage lowers cortisol in nurses",
            abstract: ["Massage lowered cortisol in the bloodstream of night-shift nurses."],
            journal: "Withdrawn Studies", year: 2015, publicationTypes: ["Journal Article", "Retracted Publication"]),
        LiteraturePaper(
            pmid: "90000004", title: "Shift work and sleep in nurses",
            abstract: ["Night-shift nurses slept less than day-shift nurses."], year: 2019),
    ]

    /// A short article whose one claim (massage and cortisol, which the papers answer) cites `url`:
    /// the claim is searched for only when that source cannot be read.
    static func articleCiting(_ url: String) -> String {
        """
        # Massage after a long week

        Massage therapy reduces cortisol levels, according to [a review](\(url)).
        """
    }

    func configuration(_ server: LoopbackHTTPServer) -> Configuration {
        var configuration = Configuration()
        configuration.search = .allAt(server.url("/"))
        configuration.search.backends = [.pubmed, .europepmc]
        configuration.fetch.allowPrivateNetwork = true
        configuration.fetch.perHostIntervalMilliseconds = 0
        configuration.fetch.timeoutSeconds = 10
        return configuration
    }

    /// The report of one article checked against a loopback literature index holding only `papers`:
    /// the real query builder, HTTP on 127.0.0.1 and the emulated PubMed and Europe PMC.
    func report(searching papers: [LiteraturePaper], article name: String, _ text: String) async throws -> Report {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let path = try workspace.write(name, text)
        return await FactChecker(configuration: configuration(server), options: CheckOptions()).check(paths: [path])
    }

    @Test func vagueAndUncitedClaimsGetSuggestionsAndAVerdictFromThem() async throws {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: Self.papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let path = try workspace.write("massage.md", Self.article)

        let report = await FactChecker(configuration: configuration(server), options: CheckOptions()).check(paths: [path])
        let claims = try #require(report.articles.first?.claims)
        let cortisol = try #require(claims.first { $0.claim.text.contains("cortisol") })
        let bloodFlow = try #require(claims.first { $0.claim.text.contains("blood flow") })

        // The meta-analysis is suggested first, with its reference and the sentence on point; the
        // retracted paper is named and left out.
        let first = try #require(cortisol.suggestions.first)
        #expect(first.pmid == "90000001")
        #expect(first.reference.hasPrefix("Okafor N, Lindqvist M, Tan R, et al. Massage therapy and cortisol"))
        #expect(first.reference.hasSuffix("https://doi.org/10.5555/massage.cortisol.2020"))
        #expect(first.studyType == "meta-analysis")
        #expect(first.quote == "Massage therapy reduced cortisol levels compared with rest.")
        #expect(first.stance == .supports)
        #expect(first.role == .evidence)
        #expect(!cortisol.suggestions.contains { $0.pmid == "90000003" })
        #expect(cortisol.search?.skippedRetracted.contains { $0.contains("Massage lowers cortisol in nurses") } == true)
        // The verdict now comes from the literature, and says so.
        #expect(cortisol.verdict == .supported)
        #expect(cortisol.reason.hasPrefix("found by search, not cited by the author"))
        #expect(cortisol.sources.allSatisfy { $0.origin == .search })

        // The filler ("nicest perks", "worked on") is not in the query; blood flow is, with its synonym.
        let query = try #require(bloodFlow.search?.queries.first?.query)
        #expect(query.contains("\"blood flow\"[tiab]") && query.contains("circul*[tiab]"))
        #expect(!query.contains("nicest") && !query.contains("perks"))
        #expect(bloodFlow.suggestions.first?.pmid == "90000002")
        #expect(bloodFlow.verdict != .needsCitation)
        #expect(bloodFlow.suggestions.first?.foundBy.isEmpty == false)

        // Reports show the suggestions, marked as found by search.
        let text = try ReportFormat.text.render(report, context: RenderContext())
        #expect(text.contains("suggested citations (found by search, not cited by the author)"))
        #expect(text.contains("Journal of Touch Research. 2020. https://doi.org/10.5555/massage.cortisol.2020"))
        let markdown = try ReportFormat.markdown.render(report, context: RenderContext())
        #expect(markdown.contains("**Suggested citations** (found by search, not cited by the author)"))
        // An autolink once, as CommonMark writes it (it was `<<…>>`).
        #expect(markdown.contains("<https://doi.org/10.5555/massage.cortisol.2020>") && !markdown.contains("<<"), "\(markdown)")
        let html = try ReportFormat.html.render(report, context: RenderContext())
        #expect(html.contains("Suggested citations — found by search, not cited by the author"))
        #expect(html.contains("https://doi.org/10.5555/massage.cortisol.2020"))
        let json = try ReportFormat.json.render(report, context: RenderContext())
        #expect(json.contains("\"suggestions\"") && json.contains("\"found_by\"") && json.contains("\"skipped_retracted\""))
    }

    /// A claim whose cited page is gone (HTTP 404) is searched as an uncited one would be: it keeps
    /// `source-unavailable` (the dead link is still the editor's to fix) and gets the papers found in
    /// the source's place, marked as found by search because the source could not be read. A claim
    /// the biomedical literature cannot answer is not searched.
    @Test func aClaimWhoseCitedSourceCannotBeReadGetsSuggestionsInItsPlace() async throws {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: Self.papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let path = try workspace.write("dead-links.md", Self.articleCiting(server.url("/gone/massage-review"))
            + "\n\nThe town's recycling budget rose to 4 million pounds last year, according to [the council](\(server.url("/gone/budget"))).")

        let report = await FactChecker(configuration: configuration(server), options: CheckOptions()).check(paths: [path])
        let claims = try #require(report.articles.first?.claims)
        let cortisol = try #require(claims.first { $0.claim.text.contains("cortisol") })
        #expect(cortisol.verdict == .sourceUnavailable)
        #expect(cortisol.sources.first?.status == .notFound)
        let first = try #require(cortisol.suggestions.first)
        #expect(first.pmid == "90000001")
        #expect(first.role == .replacement)
        #expect(first.stance == .supports)
        #expect(cortisol.search?.queries.isEmpty == false)
        #expect(cortisol.reason.hasPrefix("the cited source could not be read"), "\(cortisol.reason)")
        #expect(cortisol.reason.hasSuffix("papers in its place are suggested (found by search, not cited by the author)"))

        let budget = try #require(claims.first { $0.claim.text.contains("recycling") })
        #expect(budget.verdict == .sourceUnavailable)
        #expect(budget.search == nil && budget.suggestions.isEmpty)

        let text = try ReportFormat.text.render(report, context: RenderContext())
        #expect(text.contains("suggested citations (found by search, not cited by the author; the cited source could not be read)"))
        let markdown = try ReportFormat.markdown.render(report, context: RenderContext())
        #expect(markdown.contains("**Suggested citations** (found by search, not cited by the author; the cited source could not be read)"))
        let html = try ReportFormat.html.render(report, context: RenderContext())
        #expect(html.contains("Suggested citations — found by search, not cited by the author (the cited source could not be read)"))
        let json = try ReportFormat.json.render(report, context: RenderContext())
        #expect(json.contains("\"role\" : \"replacement\"") || json.contains("\"role\":\"replacement\""), "\(json)")
        #expect(json.contains("\"schema_version\" : 1") || json.contains("\"schema_version\":1"))
        // The formats that print only the reason name the papers it promises, a line each.
        for format in [ReportFormat.sarif, .junit, .github] {
            let rendered = try format.render(report, context: RenderContext())
            #expect(rendered.contains("papers in its place are suggested"), "\(format)")
            #expect(rendered.contains("uggested (found by search): Okafor N, Lindqvist M, Tan R, et al. Massage therapy and cortisol"), "\(format): \(rendered)")
        }
    }

    /// A word English spells two ways is searched both ways, through the real query builder and
    /// HTTP: an uncited claim written in British English finds the paper indexed with the American
    /// spelling, and the other way round. Neither paper shares a concept with the other's claim as
    /// it is spelt.
    @Test func aClaimFindsThePaperSpeltTheOtherWay() async throws {
        let papers = [
            LiteraturePaper(
                pmid: "90000011", title: "Estrogen and hemorrhage in pediatric tumors",
                abstract: ["Estrogen lowered hemorrhage in children with pediatric tumors."], year: 2021),
            LiteraturePaper(
                pmid: "90000012", title: "Oestrogen and haemorrhage in paediatric tumours",
                abstract: ["Oestrogen lowered haemorrhage in children with paediatric tumours."], year: 2022),
        ]
        let report = try await report(searching: papers, article: "spellings.md", """
            # Hormones and bleeding

            Studies have shown that oestrogen lowers haemorrhage in paediatric tumours.

            Studies have shown that estrogen lowers hemorrhage in pediatric tumors.
            """)
        let claims = try #require(report.articles.first?.claims)
        let british = try #require(claims.first { $0.claim.text.contains("oestrogen") })
        let american = try #require(claims.first { $0.claim.text.contains("estrogen") && !$0.claim.text.contains("oestrogen") })
        #expect(british.suggestions.contains { $0.pmid == "90000011" }, "\(british.suggestions.map(\.pmid)) \(String(describing: british.search)) \(british.verdict)")
        #expect(american.suggestions.contains { $0.pmid == "90000012" }, "\(american.suggestions.map(\.pmid))")
        // PubMed's strict query holds both spellings of each concept.
        let pubMed = try #require(british.search?.queries.first { $0.backend == "pubmed" })
        #expect(pubMed.query.contains("(oestrogen*[tiab] OR estrogen*[tiab])"), "\(pubMed.query)")
        #expect(pubMed.hits == 2)
    }

    /// A word compounded closed after a prefix is searched in both spellings, through the real
    /// query builder and HTTP: a British claim's "antioestrogen" finds the paper indexed as
    /// "antiestrogen", which shares no other word with it.
    @Test func aClaimFindsTheClosedCompoundSpeltTheOtherWay() async throws {
        let papers = [
            LiteraturePaper(
                pmid: "90000013", title: "Antiestrogen therapy in postmenopausal women",
                abstract: ["Antiestrogen therapy lowered recurrence in postmenopausal women."], year: 2020),
            LiteraturePaper(
                pmid: "90000014", title: "Shift work and sleep in nurses",
                abstract: ["Night-shift nurses slept less than day-shift nurses."], year: 2019),
        ]
        let report = try await report(searching: papers, article: "compound.md", """
            # Hormone treatment

            Studies have shown that antioestrogen drugs prevent relapse.
            """)
        let claim = try #require(report.articles.first?.claims.first { $0.claim.text.contains("antioestrogen") })
        #expect(claim.suggestions.contains { $0.pmid == "90000013" }, "\(claim.suggestions.map(\.pmid)) \(String(describing: claim.search))")
        let pubMed = try #require(claim.search?.queries.first { $0.backend == "pubmed" })
        #expect(pubMed.query.contains("(antioestrogen*[tiab] OR antiestrogen*[tiab])"), "\(pubMed.query)")
    }

    /// Search off, by any of its three switches, means no search at all: not for uncited claims,
    /// and not for a claim whose cited source is dead (which would otherwise get replacements).
    @Test func searchOffAlsoMeansNoReplacementSearch() async throws {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: Self.papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let path = try workspace.write("dead-link.md", Self.articleCiting(server.url("/gone/massage-review")))
        var byFlag = configuration(server)
        byFlag.disableSearch()
        var byFile = try Configuration.parse("[search]\nenabled = false\n", path: "/tmp/.factcheck.toml")
        byFile.search = byFlag.search
        byFile.fetch = byFlag.fetch
        var byEnvironment = configuration(server)
        byEnvironment.apply(environment: ["FACTCHECK_NO_SEARCH": "1"])
        for (name, configuration) in [("--no-search", byFlag), ("[search] enabled = false", byFile), ("FACTCHECK_NO_SEARCH=1", byEnvironment)] {
            emulation.resetLog()
            let report = await FactChecker(configuration: configuration, options: CheckOptions()).check(paths: [path])
            let cortisol = try #require(report.articles.first?.claims.first { $0.claim.text.contains("cortisol") }, "\(name)")
            #expect(cortisol.verdict == .sourceUnavailable, "\(name)")
            #expect(cortisol.search == nil && cortisol.suggestions.isEmpty, "\(name)")
            let paths = emulation.requestLog.map(\.path)
            // The dead link was asked for (the server answered 404), the databases never were.
            #expect(paths.contains { $0.contains("/gone/massage-review") }, "\(name): \(paths)")
            #expect(!paths.contains { $0.contains("eutils") || $0.contains("europepmc") }, "\(name): \(paths)")
        }
    }

    /// Under `--offline` every cited source that is not in the cache is `source-unavailable`, so each
    /// such claim is searched for replacements, from the cache only: no request leaves (here: none
    /// reaches the emulated databases, nor the cited page), the claim keeps its verdict and reason,
    /// and the search says why it found nothing.
    @Test func offlineReplacementSearchAsksTheCacheOnly() async throws {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: Self.papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let path = try workspace.write("uncached.md", Self.articleCiting(server.url("/massage-review")))
        var configuration = configuration(server)
        configuration.offline = true
        let report = await FactChecker(configuration: configuration, options: CheckOptions()).check(paths: [path])
        let cortisol = try #require(report.articles.first?.claims.first { $0.claim.text.contains("cortisol") })
        #expect(cortisol.verdict == .sourceUnavailable)
        #expect(cortisol.suggestions.isEmpty && !cortisol.reason.contains("papers in its place"))
        #expect(cortisol.search?.problem?.contains("not in the cache (offline)") == true, "\(String(describing: cortisol.search))")
        #expect(emulation.requestLog.isEmpty, "\(emulation.requestLog.map(\.path))")
    }

    /// The user's NCBI key and address identify them to the API; they never reach a report, and the
    /// cache keys on the request without them (a run with the key and one without share answers).
    @Test func theAPIKeyNeverReachesAReportOrTheCacheKey() async throws {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: Self.papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let path = try workspace.write("massage.md", Self.article)
        var configuration = configuration(server)
        configuration.search.eutils.apiKey = "SECRETKEY123"
        configuration.search.eutils.email = "editor@example.org"
        var options = CheckOptions()
        options.cache = try CacheFile.open(path: workspace.path("cache.sqlite"), configuration: configuration)

        let report = await FactChecker(configuration: configuration, options: options).check(paths: [path])
        #expect(report.articles.first?.claims.contains { !$0.suggestions.isEmpty } == true)
        for format in ReportFormat.allCases {
            let rendered = try format.render(report, context: RenderContext())
            #expect(!rendered.contains("SECRETKEY123") && !rendered.contains("editor%40example.org"), "\(format)")
        }

        // Offline and without the key, the cached answers still serve.
        configuration.search.eutils.apiKey = nil
        configuration.fetch.offline = true
        let offline = await FactChecker(configuration: configuration, options: options).check(paths: [path])
        #expect(offline.articles.first?.claims.map(\.verdict) == report.articles.first?.claims.map(\.verdict))
    }

    @Test func theNCBIRateLimitHoldsUnderABatch() async throws {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: Self.papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        let workspace = try TestWorkspace()
        let topics = ["cortisol", "serotonin", "dopamine", "oxytocin", "melatonin", "insulin"]
        let paths = try topics.map { topic in
            try workspace.write("\(topic).md", "Studies have shown that massages can reduce \(topic) in your bloodstream.\n")
        }
        var options = CheckOptions()
        options.jobs = 4
        _ = await FactChecker(configuration: configuration(server), options: options).check(paths: paths)

        let eutils = emulation.requestLog.filter { $0.path.contains("/eutils/") }.map(\.at).sorted()
        #expect(eutils.count >= topics.count, "every article searched PubMed")
        // At most 3 requests a second over the batch, as the server saw them arrive. (Each window
        // of four is checked where the requests are sent, in `RequestPacerTests`: arrivals at a
        // server on a machine busy with the rest of the suite can bunch up.)
        let span = try #require(eutils.last) - eutils[0]
        #expect(span >= .milliseconds(300 * (eutils.count - 1)), "\(eutils.count) requests in \(span)")
    }

    @Test func searchIsOnByDefaultAndCanBeTurnedOff() throws {
        #expect(try Configuration.parse("", path: "/tmp/.factcheck.toml").searchEnabled)
        #expect(try !Configuration.parse("[search]\nenabled = false\n", path: "/tmp/.factcheck.toml").searchEnabled)
        var configuration = Configuration()
        configuration.apply(environment: ["FACTCHECK_NO_SEARCH": "1", "NCBI_API_KEY": "k"])
        #expect(!configuration.searchEnabled)
        #expect(configuration.search.eutils.apiKey == "k")
        #expect(configuration.search.eutilsRequestsPerSecond == 10)
        // Only a value that says "off" turns it off; a blank key is no key.
        for (flag, enabled) in [("no", true), ("0", true), ("false", true), ("", true), ("yes", false), ("TRUE", false)] {
            var other = Configuration()
            other.apply(environment: ["FACTCHECK_NO_SEARCH": flag, "NCBI_API_KEY": "  "])
            #expect(other.searchEnabled == enabled, "FACTCHECK_NO_SEARCH=\(flag)")
            #expect(other.search.eutils.apiKey == nil)
        }
    }

    @Test func anUnreachableDatabaseIsAWarningNotAFailure() async throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write("massage.md", Self.article)
        var configuration = Configuration()
        // A port nothing listens on: the connection is refused at once, and the run goes on.
        configuration.search = .allAt("http://127.0.0.1:9/")
        configuration.fetch.allowPrivateNetwork = true
        configuration.fetch.perHostIntervalMilliseconds = 0
        let warnings = WarningBox()
        var options = CheckOptions()
        options.warn = { warnings.add($0) }
        let report = await FactChecker(configuration: configuration, options: options).check(paths: [path])
        let claims = try #require(report.articles.first?.claims)
        #expect(claims.contains { $0.verdict == .needsCitation })
        #expect(claims.allSatisfy { $0.suggestions.isEmpty })
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.hasPrefix("literature search: PubMed") == true)
    }
}

final class WarningBox: @unchecked Sendable {
    private let lock = NSLock()
    private var warnings: [String] = []
    func add(_ warning: String) { lock.withLock { warnings.append(warning) } }
    var all: [String] { lock.withLock { warnings } }
}
