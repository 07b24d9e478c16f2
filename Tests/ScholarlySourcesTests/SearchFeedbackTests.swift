import Testing
@testable import ScholarlySources

/// Pseudo-relevance feedback: the words the best papers share, and the claim does not say, in our
/// own fixture abstracts.
struct SearchFeedbackTests {
    static let query = SearchQuery(text: "Tiny carriers deliver insulin through the gut wall")

    /// Best first: the first three write "nanoparticles" (the abstracts' word for the claim's "tiny
    /// carriers"); one of them alone writes "chitosan"; every paper writes "oral" and "results".
    static let ranked: [(title: String?, abstract: [String])] = [
        ("Oral insulin in nanoparticles", ["Chitosan nanoparticles carried insulin across the intestinal epithelium. The results were oral."]),
        ("Nanoparticles for oral peptides", ["Insulin loaded nanoparticles crossed the intestinal epithelium in rats. Results were oral."]),
        ("Gut uptake of nanoparticles", ["Oral nanoparticles reached the blood. The results held."]),
        ("Oral diets", ["Oral diets were studied. The results were mixed."]),
        ("Oral care", ["Oral hygiene improved. These results were expected."]),
    ]

    @Test func wordsTheBestPapersShareAreAdded() {
        let words = SearchFeedback.terms(for: Self.query, ranked: Self.ranked, top: 3, count: 3)
        #expect(words.first == "nanoparticles", "\(words)")
        #expect(words.contains("intestinal") && words.contains("epithelium"), "\(words)")
        // One paper's own word, the claim's own words, and a word every paper holds are not.
        #expect(!words.contains("chitosan") && !words.contains("insulin") && !words.contains("oral"), "\(words)")
    }

    @Test func generalEnglishIsNoTopic() {
        // "results" is in all three of the top papers, "nanoparticles" in two: by the page alone
        // "results" would come first, but it carries no topic.
        let ranked: [(title: String?, abstract: [String])] = [
            ("A", ["Nanoparticles: results."]), ("B", ["Nanoparticles: results."]), ("C", ["Results."]), ("D", ["Nothing."]),
        ]
        let words = SearchFeedback.terms(for: Self.query, ranked: ranked, top: 3, count: 5)
        #expect(words.first == "nanoparticles", "\(words)")
    }

    @Test func theFeedbackQueryIsTheRankedQueryWithTheWordsAdded() {
        #expect(Self.query.europePMCFeedbackQuery(adding: ["nanoparticles"]).hasSuffix(" OR nanoparticles)"))
        #expect(Self.query.europePMCFeedbackQuery(adding: []) == Self.query.europePMCExactQuery)
        #expect(SearchFeedback.terms(for: Self.query, ranked: Self.ranked, top: 3, count: 0).isEmpty)
    }
}
