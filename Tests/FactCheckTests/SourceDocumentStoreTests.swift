@testable import FactCheck
import FactCheckModel
import Fetcher
import LoopbackHTTPServer
import Testing

/// The run's sources are shared by the articles in flight and forgotten when none of them cites
/// them any more, so that a batch's memory does not grow with its length.
@Suite struct SourceDocumentStoreTests {
    static let page = """
    <!doctype html><html><head><title>Walking trial</title></head><body><main>
    <p>In a trial of 420 adults, a daily walk lowered blood pressure by 6 percent.</p>
    </main></body></html>
    """

    func store() -> SourceDocumentStore {
        SourceDocumentStore(fetcher: SourceFetcher(policy: FetchPolicy(
            allowPrivateNetwork: true, perHostIntervalMilliseconds: 0, respectRobots: false)))
    }

    /// An article's plan: one claim that links `urls`.
    func plan(citing urls: [String]) -> SourcePlan {
        let text = "A daily walk lowers blood pressure by 6 percent"
        let claim = Claim(
            id: ClaimID.make(for: text), text: text, sentence: text, span: TextSpan(start: 0, end: 1, line: 1, column: 1),
            kind: .statistic, checkworthiness: 0.9, attribution: nil, hedges: [], quantities: [], citations: urls)
        return SourcePlan(
            claims: [claim], planner: SourcePlanner(registry: SourceRegistry(entries: []), extraSources: []),
            fetchesSources: true, searchesLiterature: false)
    }

    func requests(_ server: LoopbackHTTPServer) -> Int { server.requests.filter { $0.path == "/trial" }.count }

    @Test func aPageTwoArticlesInFlightCiteIsFetchedOnceAndForgottenWhenNeitherDoes() async throws {
        let server = try LoopbackHTTPServer(routes: ["/trial": .html(Self.page)])
        defer { server.stop() }
        let store = store()
        let first = plan(citing: [server.url("/trial")])
        let second = plan(citing: [server.url("/trial")])
        await store.register(first)
        await store.register(second)

        let read = await store.content(for: first.fetches[0])
        #expect(read.status == .ok)
        #expect(read.title == "Walking trial")
        #expect(await store.content(for: second.fetches[0]).title == "Walking trial")
        #expect(requests(server) == 1)

        // The first article is done; the second still cites the page, so it is still there.
        await store.release(first)
        #expect(await !store.isEmpty)
        _ = await store.content(for: second.fetches[0])
        #expect(requests(server) == 1)

        await store.release(second)
        #expect(await store.isEmpty)
        // A later article reads it again: with no cache, from the server.
        let third = plan(citing: [server.url("/trial")])
        await store.register(third)
        #expect(await store.content(for: third.fetches[0]).status == .ok)
        await store.release(third)
        #expect(requests(server) == 2)
        #expect(await store.isEmpty)
    }

    @Test func aPageNobodyRegisteredIsReadButNotKept() async throws {
        let server = try LoopbackHTTPServer(routes: ["/trial": .html(Self.page)])
        defer { server.stop() }
        let store = store()
        let unregistered = plan(citing: [server.url("/trial")])
        #expect(await store.content(for: unregistered.fetches[0]).status == .ok)
        #expect(await store.isEmpty)
    }

    /// Through the whole pipeline: one article links the page, another reaches it through the
    /// registry. The page is fetched once while both are in flight (its answer is delayed so that
    /// both have planned before it arrives), each claim reports its own origin, and the store is
    /// empty after the run.
    @Test func eachClaimPairsTheSharedPageWithItsOwnReference() async throws {
        let server = try LoopbackHTTPServer(routes: ["/trial": HTTPResponse.html(Self.page).delayed(by: 1)])
        defer { server.stop() }
        let workspace = try TestWorkspace()
        try workspace.write("run/a-linked.md", "A daily walk lowers blood pressure by 6 percent, according to [a trial](\(server.url("/trial"))).\n")
        try workspace.write("run/b-registry.txt", "According to the Harbour Walking Unit, a daily walk lowers blood pressure by 6 percent.\n")
        var configuration = Configuration()
        configuration.searchEnabled = false  // tests never reach outside hosts
        configuration.fetch.allowPrivateNetwork = true
        configuration.fetch.respectRobots = false
        configuration.registry = SourceRegistry(entries: [
            .init(name: "Harbour Walking Unit", aliases: [], urls: [server.url("/trial")], files: []),
        ])
        var options = CheckOptions()
        options.jobs = 2
        let store = SourceDocumentStore(fetcher: SourceFetcher(policy: configuration.fetch))

        var reports: [Int: ArticleReport] = [:]
        let checker = FactChecker(configuration: configuration, options: options)
        await checker.check(checker.discover([workspace.path("run")]), store: store, progress: nil) { position, report, _ in reports[position] = report }
        let report = Report(tool: FactChecker.tool, articles: reports.keys.sorted().compactMap { reports[$0] })
        let origins = report.articles.map { $0.claims.first?.sources.map(\.origin) }
        #expect(origins == [[.link], [.registry]])
        let verdicts = report.articles.map { $0.claims.first?.verdict }
        #expect(verdicts == [.supported, .supported])
        #expect(requests(server) == 1)
        #expect(await store.isEmpty)
    }
}
