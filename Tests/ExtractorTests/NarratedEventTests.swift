import FactCheckModel
import Testing
@testable import Extractor

/// A report of an event (``NarratedEvent``): a third-person statement in the past tense that names
/// someone or something is a cue for the first stage; each has a twin of the same words that is
/// an account in "I" or "we", advice to "you", a plan or conjecture, speech in quotation marks, a
/// question, a present passive or a sentence with no name, and is no cue. Our own sentences.
@Suite struct NarratedEventTests: ExtractorProbing {
    @Test(arguments: [
        "The county closed its two public libraries on Monday.",
        "Reyes was taken by ambulance to Lakeside Hospital for treatment.",
        "The board has approved the new bus route through Elm Park.",
        "After the storm, crews from Northfield Power restored service to most homes.",
        "The museum's second floor reopened to visitors in March.",
        "Officers arrested a man outside the Harbor Street bakery.",
        "The two shops in Elm Park were open on Sundays until 2019.",
    ])
    func pastEventsOfSomeoneNamedAreReports(_ sentence: String) {
        #expect(NarratedEvent.reports(sentence), "\(sentence)")
    }

    @Test(arguments: [
        // Told from inside, or to the reader.
        "We closed our two shops in Elm Park on Monday.",
        "I was taken by surprise by the new route through Elm Park.",
        "You closed the account with Northfield Power last year.",
        // A plan, a conjecture.
        "The county will close its two public libraries on Monday.",
        "The board could have approved the new route through Elm Park.",
        // Speech, and a question.
        "“The county closed both libraries,” Reyes said.",
        "Did the county close its two libraries on Monday?",
        // A present passive or adjective, and a past with no one named.
        "The Harbor Street bakery is owned by two sisters.",
        "The crews restored service to most homes by evening.",
        // "are" is no past, though WordNet reads it as an inflection of "be".
        "Both shops in Elm Park are open on Sundays.",
    ])
    func accountsPlansSpeechAndPresentsAreNot(_ sentence: String) {
        #expect(!NarratedEvent.reports(sentence), "\(sentence)")
    }

    /// The cue reaches the first stage: the report is judged by the gate as a claim, and its twin
    /// in "we" is left to the model, which scores it below the threshold.
    @Test func aReportedEventIsPassedToTheGate() throws {
        let text = """
        Storm damage in the valley

        Officers arrested a man outside the Harbor Street bakery. We had a quiet walk along the river afterwards.
        """
        let found = try ClaimExtractor(gate: nil).extract(bytes: Array(text.utf8), path: "news.txt", format: .text)
        #expect(found.claims.map(\.sentence).contains("Officers arrested a man outside the Harbor Street bakery."))
        #expect(!found.claims.map(\.sentence).contains("We had a quiet walk along the river afterwards."))
    }

    /// The gate reads the same shape as a feature of its own.
    @Test func theGateSeesTheShape() {
        let place = ArticleClaimFeatures.Place(position: 0.5, index: 3, role: .paragraph, blockSentences: 3, linked: false)
        let reading = ArticleClaimFeatures.Reading(
            score: 0.2, threshold: 0.36, structural: [:], figures: [], attribution: nil, spoken: false, quotesSpeech: false)
        let report = ArticleClaimFeatures(text: "The county closed its two public libraries on Monday.", place: place, reading: reading)
        let plan = ArticleClaimFeatures(text: "The county will close its two public libraries on Monday.", place: place, reading: reading)
        #expect(report.values["a:narrated"] == 1)
        #expect(plan.values["a:narrated"] == nil)
    }
}
