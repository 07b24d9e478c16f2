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
        #expect(reason("Instructional video: How to fold a paper crane in 12 steps") == "page furniture")
        #expect(reason("Picture: A queue of 3,000 fans outside the stadium gates") == "page furniture")
        #expect(reason("Credit: Ana Ruiz/Harbour Press (CC BY 2.0)") == "page furniture")
        #expect(reason("Photo: Lena Ortiz for the Northern Courier") == "page furniture")
    }

    @Test func aMediaWordInASentenceIsNoLabel() {
        #expect(reason("The video shows 30 police officers entering the depot.") != "page furniture")
        #expect(reason("Credit card debt rose 8% in 2023, the highest in a decade.") != "page furniture")
        #expect(reason("Watch prices rose 12 percent last year.") != "page furniture")
        #expect(reason("Photographers were paid $200 per picture: the union counted 40 of them.") != "page furniture")
    }

    @Test func aLabelFollowedByAStatementIsLeftToTheStages() {
        #expect(reason("Credit: loans to small farms shrank 4% in the year to June.") != "page furniture")
        #expect(reason("Credits: the series cost $90 million and earned three times as much.") != "page furniture")
        #expect(reason("Listen: the podcast lost 200,000 subscribers in one winter.") != "page furniture")
        #expect(reason("Image: the brewer's shares dropped 11% on the day of the results.") != "page furniture")
        #expect(reason("Wider picture: rents climbed 7% while pay grew 3%.") != "page furniture")
        #expect(reason("To watch: the vacancy rate, which reached 6.1% in March.") != "page furniture")
        // A lowercase word after the label goes on with its sentence, whatever the verb's form.
        #expect(reason("Photo: the town's new pier cost £9 million") != "page furniture")
        // The verb may sit past the comma where the claim proper stops before its source.
        #expect(ClaimNoise.reason("Credit: loans to small farms shrank 4% in the year to June", quantities: [], attributed: true,
                                  sentence: "Credit: loans to small farms shrank 4% in the year to June, the lender said.") != "page furniture")
    }

    @Test func aRightsSignInsideASentenceIsNoNotice() {
        #expect(reason("A © mark on a printed map was required in the country until 1978, when 40 states dropped the rule.") != "page furniture")
        #expect(reason("Ferrox© revenue climbed 9% in the second half of 2021.") != "page furniture")
        #expect(reason("Publishers sent 25 notices in 2020, the guild (© holders of 1 million photos) said.") != "page furniture")
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
        // The colon is read on the whole sentence, past a source the claim proper stops before.
        #expect(ClaimNoise.reason("Here are the figures", quantities: [], attributed: true,
                                  sentence: "Here are the figures, according to the census office: rents rose 8%.") != "page furniture")
    }

    @Test func aPointerThatNarratesOrReportsIsNoPointer() {
        #expect(reason("Here was a mill that had shed 900 jobs in one winter.") != "page furniture")
        #expect(reason("Here were 3,000 miners sleeping in huts in 1926, the archive records.") != "page furniture")
        #expect(reason("Here are 8 million savers who lost interest when the scheme closed in 2020.") != "page furniture")
        #expect(reason("Here are two reasons ferry fares rose 9% this year.") != "page furniture")
        #expect(reason("Here is a town where 30% of homes are empty.") != "page furniture")
        #expect(reason("Here are 6 new wards, which cost £25 million") != "page furniture")
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

    @Test func aNoteOrASymbolAfterTheFullStopIsReadPast() {
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June.[4]"))
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June.[4][12]"))
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June.²"))
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June.*"))
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June.†"))
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June. ✓"))
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June.\u{200B}"))
        // An emoji closes a line as a full stop does.
        #expect(ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June 🚢"))
        #expect(!ArticleClaimFeatures.endsAsStatement("The ferry carried 9,000 cars in June[4]"))
        #expect(!ArticleClaimFeatures.endsAsStatement("Five ferries to ride this summer ▶"))
    }

    @Test func theGateReadsAnUnfinishedLineOfRunningTextWithNoFigureOnly() throws {
        let text = """
            The port handled 40,000 containers in March.

            The ferry line added 12 boats in 2023 and hired 80 crew

            Research shows that regular stretching reduces back stiffness in older runners

            Regular massage lowers cortisol levels in adults, the researchers reported.

            - Research shows that daily walks reduce joint pain in older adults

            > Research shows that cold showers improve circulation in healthy adults
            """
        let extracted = try ClaimExtractor(gate: nil).extract(bytes: Array(text.utf8), path: "post.md", format: .markdown)
        let byText = Dictionary(
            extracted.gateInputs.map { (extracted.article.sentences[$0.sentence].text, $0.features.values) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["The port handled 40,000 containers in March."]?["a:unfinished"] == nil)
        // A figure is there to check, whatever ends the line.
        #expect(byText["The ferry line added 12 boats in 2023 and hired 80 crew"]?["a:unfinished"] == nil)
        #expect(byText["Research shows that regular stretching reduces back stiffness in older runners"]?["a:unfinished"] == 1)
        // The claim proper stops at the comma before the source; the sentence ends with a full stop.
        #expect(byText["Regular massage lowers cortisol levels in adults, the researchers reported."]?["a:unfinished"] == nil)
        // A list item goes without a full stop by custom; so does a block quote (a pull quote).
        #expect(byText["Research shows that daily walks reduce joint pain in older adults"]?["a:unfinished"] == nil)
        #expect(byText["Research shows that cold showers improve circulation in healthy adults"]?["a:unfinished"] == nil)
        #expect(byText.count == 6)
    }
}
