import FactCheckModel
import Fetcher
import Foundation
import ScholarlySources
import Testing

/// The last ranked query of a search (pseudo-relevance feedback): Europe PMC is asked again with
/// the words its best papers share, and finds the paper that says the claim in those words only.
/// Our own made-up works, in Europe PMC's real response format.
struct SearchFeedbackQueryTests {
    static func hit(_ id: String, _ title: String, _ abstract: String) -> String {
        #"{"id":"\#(id)","source":"MED","pmid":"\#(id)","doi":"10.5555/fb.\#(id)","title":"\#(title)","abstractText":"\#(abstract)"}"#
    }

    static func page(_ hits: [String]) -> String {
        #"{"version":"6.9","hitCount":\#(hits.count),"resultList":{"result":["# + hits.joined(separator: ",") + "]}}"
    }

    /// The claim's own words find three papers that write "nanoparticles" and "epithelium"; the
    /// paper that states the claim writes neither the claim's "carriers" nor "gut".
    static let first = page([
        hit("38000001", "Insulin carriers in nanoparticles.", "Chitosan nanoparticles carried insulin across the intestinal epithelium."),
        hit("38000002", "Nanoparticles and insulin.", "Insulin loaded nanoparticles crossed the intestinal epithelium in rats."),
        hit("38000003", "Insulin uptake of nanoparticles.", "Nanoparticles reached the intestinal epithelium."),
    ])
    static let firstPapers: [(title: String?, abstract: [String])] = [
        ("Insulin carriers in nanoparticles.", ["Chitosan nanoparticles carried insulin across the intestinal epithelium."]),
        ("Nanoparticles and insulin.", ["Insulin loaded nanoparticles crossed the intestinal epithelium in rats."]),
        ("Insulin uptake of nanoparticles.", ["Nanoparticles reached the intestinal epithelium."]),
    ]
    static let second = page([hit("38000004", "Oral nanoparticles.", "Nanoparticles moved insulin through the intestinal epithelium of diabetic rats.")])

    static func search(feedbackTerms: Int) async throws -> (pmids: [String], queries: [String]) {
        var settings = ScholarlySettings(backends: [.pubmed, .europepmc], maxSearchResults: 5)
        settings.europePMCBothForms = false
        settings.feedbackTerms = feedbackTerms
        let query = SearchQuery(text: "Tiny carriers deliver insulin through the gut wall", maxTerms: settings.maxConcepts)
        let none = #"<?xml version="1.0" ?><eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList></IdList></eSearchResult>"#
        var table: [String: ScholarlyResponse] = [
            settings.eutils.search(term: query.keepingForStrictSearch(settings.pubMedConcepts).pubMedTerm, maxResults: settings.candidatesPerBackend):
                ScholarlyResolverTests.ok(none),
            settings.europePMC.search(query: query.europePMCExactQuery, maxResults: settings.rankedCandidates):
                ScholarlyResolverTests.ok(first, "application/json"),
        ]
        // The three papers are all the best three, in any order: the words they share.
        let words = SearchFeedback.terms(for: query, ranked: firstPapers, top: 3, count: feedbackTerms)
        #expect(feedbackTerms == 0 || words.contains("nanoparticles"), "\(words)")
        if !words.isEmpty {
            let feedback = query.europePMCFeedbackQuery(adding: words)
            table[settings.europePMC.search(query: feedback, maxResults: settings.rankedCandidates)] = ScholarlyResolverTests.ok(second, "application/json")
        }
        let stub = ScholarlyResolverTests.StubFetch(table)
        let result = await ScholarlyResolver(settings: settings, fetch: stub.fetch).search(query)
        #expect(result.summary.problem == nil, "\(result.summary.queries)")
        return (result.papers.compactMap(\.citation.pmid), result.summary.queries.map(\.query))
    }

    @Test func theBestPapersWordsFindThePaperTheClaimsWordsMissed() async throws {
        let (pmids, queries) = try await Self.search(feedbackTerms: 3)
        #expect(pmids.contains("38000004"), "\(pmids)")
        // Within the budget of four queries a claim: PubMed once, Europe PMC once, the feedback query.
        #expect(queries.count == 3 && queries.last?.contains("nanoparticles") == true, "\(queries)")
        // Off, the paper is not found, and no third query is asked.
        let off = try await Self.search(feedbackTerms: 0)
        #expect(!off.pmids.contains("38000004") && off.queries.count == 2)
    }
}
