import Testing
@testable import WebExtraction

/// Session 14 (issue #18): shapes in which text from outside the article became its text, or the
/// article's own sentences were cut to pieces. Pages written for these tests, in the shapes an
/// audit of real pages found (a directory's excerpt list, a bogus `<!meta>` declaration in the
/// head, an exported post wrapped by hand with `<br>`).
@Suite struct ArticleBodyShapeTests {
    static let prose = BoilerplateRuleTests.prose

    @Test func aListOfLinkedTermsWithExcerptsCutShortIsATeaserList() throws {
        let item: (String, String) -> String = { term, summary in
            "<li><p><strong><a href=\"https://other.example/\(term)\">\(term)</a></strong> — \(summary) … &nbsp; <span class=\"src\">Example Encyclopedia</span></p></li>"
        }
        let list = "<h3>Look at other dictionaries:</h3><ul>"
            + item("night bus", "noun A bus service that runs after the ordinary timetable ends, on fewer")
            + item("fare", "noun The price a passenger pays for a journey on public transport, set by")
            + item("depot", "noun The place where a transport operator keeps and repairs its")
            + item("timetable", "noun A list of the times at which a service leaves each of its")
            + "</ul>"
        let page = try BoilerplateRuleTests.article(endingWith: list)
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("price a passenger pays"))
        #expect(!page.text.contains("Example Encyclopedia"))
        #expect(!page.text.contains("keeps and repairs its vehicles"))
    }

    @Test func aListOfLinkedItemsWithWholeSentencesStays() throws {
        // The same shape without a cut: the article's own list of sources it describes.
        let list = "<ul>"
            + "<li><a href=\"https://council.example/vote\">Vote</a>: the record of every member's decision on the night bus extension, in full.</li>"
            + "<li><a href=\"https://council.example/budget\">Budget</a>: the two million a year set aside for the new routes, line by line.</li>"
            + "<li><a href=\"https://council.example/survey\">Survey</a>: four thousand residents asked when they most needed the buses.</li>"
            + "</ul>"
        let page = try BoilerplateRuleTests.article(splitBy: list)
        #expect(page.text.contains("set aside for the new routes"))
    }

    @Test func aBogusMetaDeclarationInTheHeadIsNoText() throws {
        let html = "<html><head><title>Night buses</title>"
            + "<!meta property=\"og:title\" content=\"Night buses to run 40 percent longer from spring, the council says\" />"
            + "<!META name=\"description\" content=\"Three districts get a night bus as fares rise by 5 percent\">"
            + "<meta charset=\"utf-8\"></head><body><article>" + BoilerplateRuleTests.paragraphs(Self.prose) + "</article></body></html>"
        let page = try WebPageExtractor.extract(bytes: Array(html.utf8))
        #expect(page.text.contains(Self.prose[3]))
        #expect(!page.text.contains("40 percent longer"))
        #expect(!page.text.contains("og:title"))
        #expect(!page.text.contains("fares rise by 5 percent"))
    }

    @Test func aDoctypeIsStillADoctype() {
        let skimmed = MarkupSkimmer.skim(Array("<!DOCTYPE html><html><body><p>Text</p></body></html>".utf8))
        #expect(String(decoding: skimmed, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func linesWrappedByHandInsideASentenceAreOneParagraph() throws {
        let wrapped = "<div class=\"outline-text-2\"><p>Advice came to the editor in the summer of 1994, when the module<br />\n"
            + "shipped as part of release 19.23. A few weeks later, a<br />\n"
            + "colleague wrote up a simple example that added a before advice to<br />\n"
            + "the check-in functions of the time to create a subdirectory if one did not exist.<br />\n"
            + "Programming in Java.<br />\n</p></div>"
        let page = try BoilerplateRuleTests.article(splitBy: wrapped)
        #expect(page.blocks.contains { $0.text.contains("when the module shipped as part of release 19.23. A few weeks later, a colleague wrote up") })
        #expect(page.blocks.contains { $0.text.hasPrefix("Advice came to the editor") && $0.text.hasSuffix("if one did not exist.") })
        #expect(page.text.contains(Self.prose[3]))
    }

    @Test func shortLinesOpeningInCapitalsStayLines() throws {
        let lines = "<p>Half length<br>4 minutes<br>5 minutes<br>6 minutes<br>Choose how many minutes each half lasts in a match.</p>"
        let page = try BoilerplateRuleTests.article(splitBy: lines)
        #expect(!page.text.contains("4 minutes 5 minutes"))
    }

    @Test func aDoubleLineBreakStillPartsParagraphsOfWrappedLines() throws {
        let wrapped = "<p>The first section says that the night buses<br>will run every thirty minutes on weekdays<br>and every hour on Sundays."
            + "<br><br>Another part of the plan adds three stops<br>near the hospital and the university campus.</p>"
        let page = try BoilerplateRuleTests.article(splitBy: wrapped)
        #expect(page.blocks.contains { $0.text == "The first section says that the night buses will run every thirty minutes on weekdays and every hour on Sundays." })
        #expect(page.blocks.contains { $0.text == "Another part of the plan adds three stops near the hospital and the university campus." })
    }
}
