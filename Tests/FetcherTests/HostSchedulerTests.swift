@testable import Fetcher
import Testing

/// The per-host interval is for web pages; an API paced by its own stated rate (E-utilities) is
/// not also held to it.
@Suite struct HostSchedulerTests {
    @Test func anAPIPacedElsewhereHasNoIntervalOthersKeepIt() async throws {
        let eutils = try #require(HostKey(url: "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"))
        let page = try #require(HostKey(url: "https://example.org/article"))
        let scheduler = HostScheduler(intervalMilliseconds: 1000, pacedElsewhere: [eutils])
        #expect(await scheduler.interval(for: eutils) == .zero)
        #expect(await scheduler.interval(for: page) == .milliseconds(1000))
    }

    @Test func theFetcherExemptsItsEutilsHost() async throws {
        let fetcher = SourceFetcher()
        let eutils = try #require(HostKey(url: fetcher.scholarly.eutils.baseURL))
        #expect(await fetcher.hosts.interval(for: eutils) == .zero)
    }
}
