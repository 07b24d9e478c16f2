import Testing
@testable import ScholarlySources

/// Pseudo-relevance feedback: the words the best papers share, and the claim does not say, in our
/// own fixture abstracts.
struct SearchFeedbackTests {
    typealias Paper = SearchFeedback.Paper
    static let query = SearchQuery(text: "Tiny carriers deliver insulin through the gut wall")

    /// Best first: the first three write "nanoparticles" (the abstracts' word for the claim's "tiny
    /// carriers"); one of them alone writes "chitosan"; every paper writes "oral".
    static let ranked: [Paper] = [
        .init(title: "Oral insulin in nanoparticles", abstract: ["Chitosan nanoparticles carried insulin across the intestinal epithelium. The dose was oral."]),
        .init(title: "Nanoparticles for oral peptides", abstract: ["Insulin loaded nanoparticles crossed the intestinal epithelium in rats. Dosing was oral."]),
        .init(title: "Gut uptake of nanoparticles", abstract: ["Oral nanoparticles reached the blood."]),
        .init(title: "Oral diets", abstract: ["Oral diets were studied."]),
        .init(title: "Oral care", abstract: ["Oral hygiene improved."]),
    ]

    @Test func wordsTheBestPapersShareAreAdded() {
        // At the shipped count (8), so that a word every paper holds would fit if it scored at all.
        let words = SearchFeedback.terms(for: Self.query, ranked: Self.ranked, top: 3, count: 8)
        #expect(words.first == "nanoparticles", "\(words)")
        #expect(words.contains("intestinal") && words.contains("epithelium"), "\(words)")
        // One paper's own word, the claim's own words, and a word every paper holds are not.
        #expect(!words.contains("chitosan") && !words.contains("insulin") && !words.contains("oral"), "\(words)")
    }

    @Test func generalEnglishIsNoTopic() {
        // "measured" is in all three of the top papers, "nanoparticles" in two: by the page alone
        // "measured" would come first, but general English knows it well.
        let ranked: [Paper] = [
            .init(title: "A", abstract: ["Nanoparticles were measured."]), .init(title: "B", abstract: ["Nanoparticles were measured."]),
            .init(title: "C", abstract: ["Uptake was measured."]), .init(title: "D", abstract: ["Nothing."]),
        ]
        let words = SearchFeedback.terms(for: Self.query, ranked: ranked, top: 3, count: 5)
        #expect(words.first == "nanoparticles", "\(words)")
    }

    @Test func onePaperIsNoFeedback() {
        // Its own words would become the query.
        let one = [Self.ranked[0], Self.ranked[0]]
        #expect(SearchFeedback.terms(for: Self.query, ranked: Array(one.prefix(1)), top: 3, count: 8).isEmpty)
        // Two papers, but only one among the top: none either.
        #expect(SearchFeedback.terms(for: Self.query, ranked: Self.ranked, top: 1, count: 8).isEmpty)
    }

    /// Publisher, copyright, registry, unit, entity and author words: the reviewer's inputs.
    @Test func boilerplateAndNamesAreNoTopic() {
        let query = SearchQuery(text: "Salt restriction lowers blood pressure in elderly patients")
        let ranked: [Paper] = [
            .init(title: "Sodium reduction and hypertension in older adults",
                  abstract: ["Dietary sodium reduction lowered systolic pressure by 5 mmHg in hypertensive older adults, as Rothwell et al. found. Sodium&amp;nbsp;intake fell.",
                             "ClinicalTrials.gov NCT01234567.", "© 2015 Elsevier Inc. All rights reserved."],
                  authors: ["Quist A", "Marrow B"]),
            .init(title: "Hypertension and dietary sodium",
                  abstract: ["Sodium reduction lowered systolic pressure by 4 mmHg in hypertensive adults; Rothwell et al. agreed. Intake&amp;nbsp;fell.",
                             "Trial registration: ClinicalTrials.gov NCT07654321.", "Copyright © 2016 Elsevier Inc. All rights reserved."],
                  authors: ["Marrow B"]),
            .init(title: "Potassium", abstract: ["Potassium was given to Marrow cohorts. Published by Elsevier Inc."]),
            .init(title: "Walking", abstract: ["Walking was studied."]),
        ]
        let words = SearchFeedback.terms(for: query, ranked: ranked, top: 3, count: 8)
        #expect(words.contains("sodium") && words.contains("hypertensive"), "\(words)")
        for junk in ["clinicaltrials", "elsevier", "mmhg", "reserved", "rights", "rothwell", "nbsp", "marrow", "registration", "copyright"] {
            #expect(!words.contains(junk), "\(junk) in \(words)")
        }
    }

    @Test func theFeedbackQueryIsTheRankedQueryWithTheWordsAdded() {
        #expect(Self.query.europePMCFeedbackQuery(adding: ["nanoparticles"], truncated: false).hasSuffix(" OR nanoparticles)"))
        #expect(Self.query.europePMCFeedbackQuery(adding: [], truncated: false) == Self.query.europePMCExactQuery)
        // The truncated form setting holds for the feedback query too.
        #expect(Self.query.europePMCFeedbackQuery(adding: [], truncated: true) == Self.query.europePMCQuery)
        #expect(Self.query.europePMCQuery != Self.query.europePMCExactQuery)
        #expect(SearchFeedback.terms(for: Self.query, ranked: Self.ranked, top: 3, count: 0).isEmpty)
    }
}
