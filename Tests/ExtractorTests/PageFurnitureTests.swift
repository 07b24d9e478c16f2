import FactCheckModel
import Testing
@testable import Extractor

/// Session 16 (issue 18): page furniture that reaches the body is no claim, whatever figure it
/// holds (`ClaimNoise.isPageFurniture`), and the claim gate reads whether a line of running text
/// ends as a statement does (`a:unfinished`). Sentences are our own.
@Suite struct PageFurnitureTests {
    func reason(_ text: String) -> String? {
        ClaimNoise.reason(text, quantities: ClaimExtractor.figures(in: text, from: 0, to: nil), attributed: false)
    }

    @Test func aMediaLabelAndWhatItShowsOrCreditsIsFurniture() {
        #expect(reason("Video: The mayor opens the new harbour bridge on a windy morning.") == "page furniture")
        #expect(reason("Instructional video: This clip shows how to fold a paper crane in 12 steps.") == "page furniture")
        #expect(reason("Credit: Ana Ruiz/Harbour Press (CC BY 2.0)") == "page furniture")
        #expect(reason("Photo: Lena Ortiz for the Northern Courier") == "page furniture")
    }

    @Test func aMediaWordInASentenceIsNoLabel() {
        #expect(reason("The video shows 30 police officers entering the depot.") != "page furniture")
        #expect(reason("Credit card debt rose 8% in 2023, the highest in a decade.") != "page furniture")
        #expect(reason("Watch prices rose 12 percent last year.") != "page furniture")
        #expect(reason("Photographers were paid $200 per picture: the union counted 40 of them.") != "page furniture")
    }

    @Test func aWebAddressOrARightsNoticeAloneIsFurniture() {
        #expect(reason("https://example.org/harbour/posts/2800731") == "page furniture")
        #expect(reason("© 2019 Harbour Press. All rights reserved.") == "page furniture")
        #expect(reason("The ferry timetable at https://example.org/ferry lists 14 sailings a day.") != "page furniture")
    }

    @Test func aPointerToWhatFollowsIsFurniture() {
        #expect(reason("Here are the 7 cheapest ways to heat a small flat.") == "page furniture")
        #expect(reason("Here is the script that sends the request (line 40 of the demo file):") == "page furniture")
        #expect(reason("Here’s how the crane is folded once the paper is cut to 15 centimetres:") == "page furniture")
    }

    @Test func aPointerWithAStatementAfterItsColonIsLeftToTheStages() {
        #expect(reason("Here is the result: sales rose 40 percent in May.") != "page furniture")
        #expect(reason("Hereford council cut 40 jobs in 2022.") != "page furniture")
        #expect(reason("Officials said here are 300 beds for the winter.") != "page furniture")
    }

    @Test func furnitureIsNotClaimedInAnArticle() throws {
        let text = """
            Harbour news

            The ferry line added 12 boats in 2023, the operator said.

            Video: The new ferry leaves the harbour with 400 passengers on board.

            Here are the 5 busiest routes of the year.
            """
        let claims = try ClaimExtractor().extract(bytes: Array(text.utf8), path: "news.md", format: .markdown).claims
        #expect(claims.map(\.sentence) == ["The ferry line added 12 boats in 2023, the operator said."])
    }

    @Test func aStatementEndsWithAFullStopAQuestionOrAnExclamation() {
        #expect(ArticleClaimFeatures.endsAsStatement("The port handled 40,000 containers."))
        #expect(ArticleClaimFeatures.endsAsStatement("“The boats ran late,” she said.”"))
        #expect(ArticleClaimFeatures.endsAsStatement("Did the ferry run on time?"))
        #expect(ArticleClaimFeatures.endsAsStatement("The scan takes ten minutes (see below)."))
        #expect(!ArticleClaimFeatures.endsAsStatement("Three ways the port cut its costs"))
        #expect(!ArticleClaimFeatures.endsAsStatement("There are three reasons for the delay:"))
        #expect(!ArticleClaimFeatures.endsAsStatement("The boats ran late and…"))
        #expect(!ArticleClaimFeatures.endsAsStatement("The boats ran late and..."))
        #expect(!ArticleClaimFeatures.endsAsStatement("Mayor opens new bridge (Harbour Courier)"))
    }

    @Test func theGateReadsAnUnfinishedLineOfRunningTextOnly() throws {
        let text = """
            The port handled 40,000 containers in March.

            The ferry line added 12 boats in 2023 and hired 80 crew

            Sales at the ferry shop rose 5% in the quarter, the operator said.

            - The city sold 300 permits in one week
            """
        let extracted = try ClaimExtractor(gate: nil).extract(bytes: Array(text.utf8), path: "post.md", format: .markdown)
        let byText = Dictionary(
            extracted.gateInputs.map { (extracted.article.sentences[$0.sentence].text, $0.features.values) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["The port handled 40,000 containers in March."]?["a:unfinished"] == nil)
        #expect(byText["The ferry line added 12 boats in 2023 and hired 80 crew"]?["a:unfinished"] == 1)
        // The claim proper stops at the comma before the source; the sentence ends with a full stop.
        #expect(byText["Sales at the ferry shop rose 5% in the quarter, the operator said."]?["a:unfinished"] == nil)
        // A list item goes without a full stop by custom.
        #expect(byText["The city sold 300 permits in one week"]?["a:unfinished"] == nil)
        #expect(byText.count == 4)
    }
}
