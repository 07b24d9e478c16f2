import Testing
@testable import WebExtraction

/// A numbered list of linked sources that ends an article is the article's.
@Suite struct ReferenceListTests {
    @Test func numberedLinkedSourcesStay() throws {
        let sources = "<p>Sources:</p><ol><li><a href=\"/a\">Council report on night transport, March 2024</a></li>"
            + "<li><a href=\"/b\">Survey of shift workers in the outer districts, 2023</a></li></ol>"
        let page = try BoilerplateRuleTests.article(endingWith: sources)
        #expect(page.text.contains("Council report on night transport, March 2024"))
        #expect(page.text.contains("Survey of shift workers in the outer districts, 2023"))
    }

    @Test func aBulletedLinkListStillGoes() throws {
        let links = "<ul><li><a href=\"/a\">Council report on night transport, March 2024</a></li>"
            + "<li><a href=\"/b\">Survey of shift workers in the outer districts, 2023</a></li></ul>"
        let page = try BoilerplateRuleTests.article(endingWith: links)
        #expect(!page.text.contains("Council report on night transport"))
    }
}
