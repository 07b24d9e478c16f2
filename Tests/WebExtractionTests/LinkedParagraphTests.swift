import Testing
@testable import WebExtraction

/// Paragraphs of the body that carry many links are still the body: pages written for these tests.
@Suite struct LinkedParagraphTests {
    @Test func aParagraphWithALongCitationLinkStays() throws {
        let cited = "<p>The council's own figures, published in <a href=\"/report\">the annual report on night transport in the three outer districts</a>,"
            + " show that the last buses of the evening leave the centre before most restaurant and hospital shifts end.</p>"
        let page = try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(Array(BoilerplateRuleTests.prose[0...1]))
            + cited + BoilerplateRuleTests.paragraphs(Array(BoilerplateRuleTests.prose[2...3])) + "</article>")
        #expect(page.text.contains("before most restaurant and hospital shifts end."))
    }

    @Test func aLinkListStillGoes() throws {
        let links = "<p><a href=\"/a\">Night bus timetable for the northern district</a> <a href=\"/b\">Fares and season tickets</a> "
            + "<a href=\"/c\">Accessible stops</a> and <a href=\"/d\">lost property</a></p>"
        let page = try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose)
            + links + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose) + "</article>")
        #expect(!page.text.contains("Fares and season tickets"))
    }
}
