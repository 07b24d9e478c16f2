import FactCheckModel
import Fetcher
import LoopbackHTTPServer
import ScholarlySources
import Testing

/// The learned ranker (`SearchRanker`, the weights compiled in) over the real query builder and
/// HTTP, against an emulated PubMed and Europe PMC on 127.0.0.1 holding papers written for this
/// test: a paper that states the claim in one sentence comes before papers the engines rank first
/// because they repeat the claim's words without saying it.
@Suite(.serialized) struct SearchRankerTests {
    static let papers = [
        LiteraturePaper(
            pmid: "39100001", title: "Older cyclists: nightly habits",
            abstract: ["Older cyclists described their nightly habits.", "Stretching was rare.",
                       "Cramps and muscle tone were not measured in older cyclists."]),
        LiteraturePaper(
            pmid: "39100002", title: "Muscle cramps in older cyclists",
            abstract: ["Older cyclists reported muscle cramps.", "Nightly cramps were common among cyclists."]),
        LiteraturePaper(
            pmid: "39100003", title: "A randomised trial in amateur riders",
            abstract: ["Eighty amateur riders over sixty were randomised to an evening routine or none.",
                       "Stretching each night reduced muscle cramps in the older cyclists by half."]),
    ]

    static func firstPaper(ranker: SearchRanker?, relevanceWeight: Double = 1) async throws -> String? {
        let emulation = LiteratureAPIEmulation(index: LiteratureIndex(papers: papers))
        let server = try LoopbackHTTPServer { emulation.respond(to: $0) }
        defer { server.stop() }
        var settings = ScholarlySettings.allAt(server.url("/"))
        settings.backends = [.pubmed, .europepmc]
        settings.maxSearchResults = 3
        settings.ranker = ranker
        settings.relevanceWeight = relevanceWeight
        var policy = FetchPolicy()
        policy.allowPrivateNetwork = true
        policy.perHostIntervalMilliseconds = 0
        policy.timeoutSeconds = 10
        let resolver = ScholarlyResolver(settings: settings, fetch: SourceFetcher(policy: policy).get)
        let result = await resolver.search(SearchQuery(text: "Nightly stretching reduces muscle cramps in older cyclists", maxTerms: settings.maxConcepts))
        return result.papers.first?.citation.pmid
    }

    @Test func thePaperThatStatesTheClaimComesFirst() async throws {
        #expect(try await Self.firstPaper(ranker: .shared) == "39100003")
        // The engines alone rank a paper that only repeats the claim's words first.
        #expect(try await Self.firstPaper(ranker: nil, relevanceWeight: 0) != "39100003")
    }
}
