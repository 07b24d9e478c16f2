import FactCheckModel
import Testing
@testable import Extractor

/// What the claim gate reads of a sentence against its page (``ArticleTopic``, ``MainVerb``): how
/// much of the headline it repeats, whether its subject is the page's topic, and the tense of its
/// first finite verb. Sentences and pages are our own.
@Suite struct ArticleAboutTests {
    /// The gate features of each part the first stage accepts.
    func gateFeatures(_ text: String, format: Article.Format = .markdown, path: String = "post.md") throws -> [[String: Double]] {
        let extracted = try ClaimExtractor(gate: nil).extract(bytes: Array(text.utf8), path: path, format: format)
        return extracted.gateInputs.map(\.features.values)
    }

    @Test func theGateReadsTheTenseOfTheFirstFiniteVerb() throws {
        let report = try gateFeatures("The council voted 7 to 2 on Monday to close the old bridge to 40,000 cars.")
        #expect(report.first?["a:pastTense"] == 1 && report.first?["a:presentTense"] == nil)
        let said = try gateFeatures("Officials said the ferry carried 3,000 riders a day in 2019.")
        #expect(said.first?["a:pastTense"] == 1)
        let state = try gateFeatures("The old bridge is the city's busiest link, with 40,000 cars a day.")
        #expect(state.first?["a:presentTense"] == 1 && state.first?["a:pastTense"] == nil)
        let rises = try gateFeatures("Ferry traffic rises by 8% every summer, the harbour office says.")
        #expect(rises.first?["a:presentTense"] == 1)
        // A participle after a determiner is no verb; a modal's clause has no tense of its own.
        let plan = try gateFeatures("The proposed toll would cost drivers 2 million euros a year.")
        #expect(plan.count == 1)
        #expect(plan.first?["a:pastTense"] == nil && plan.first?["a:presentTense"] == nil)
    }

    @Test func theGateReadsTheHeadlineAndTheTopic() throws {
        let text = """
            # Port traffic falls in March

            The port handled 40,000 containers in March, down 8% on a year earlier.

            The ferry line added 12 boats in 2023.
            """
        let parts = try gateFeatures(text)
        #expect(parts.count == 2)
        #expect(parts[0]["a:headline"] == 0.5, "port and March: two of the headline's four content words")
        #expect(parts[0]["a:topicSubject"] == 1, "the subject, the port, is the headline's")
        #expect(parts[1]["a:headline"] == nil && parts[1]["a:topicSubject"] == nil)
    }

    @Test func anHTMLPagesHeadlineIsItsTopic() throws {
        let html = """
            <html><head><title>Ferry fares rise</title></head><body><article>
            <h1>Ferry fares rise</h1>
            <p>The ferry company raised its fares by 12% in January, the second rise in a year.</p>
            <p>The city council approved a new cycle lane with 300 parking spaces in 2023.</p>
            </article></body></html>
            """
        let parts = try gateFeatures(html, format: .html, path: "page.html")
        #expect(parts.count == 2)
        #expect(parts[0]["a:topicSubject"] == 1 && (parts[0]["a:headline"] ?? 0) > 0)
        #expect(parts[1]["a:topicSubject"] == nil && parts[1]["a:headline"] == nil)
    }

    @Test func aSubjectIsReadAfterTheLastCommaBeforeTheVerb() {
        let words = WordCursor("In March, the port authority said it handled more ships")
        let verb = MainVerb.find(in: words)
        #expect(verb?.tense == .past)
        #expect(verb?.subject(in: words) == ["the", "port", "authority"])
    }
}
