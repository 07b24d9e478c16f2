import Testing
@testable import WebExtraction

/// Boxes built around a form, found by shape: pages written for these tests.
@Suite struct FormWidgetTests {
    @Test func aNewsletterBoxUnderTheArticleGoesWhateverItsName() throws {
        let box = "<div class=\"k7\"><h3>Get the morning briefing</h3><p>The stories that matter in Example Town, in your inbox every morning.</p>"
            + "<form><input type=\"email\"><button>Sign up</button></form></div>"
        let page = try BoilerplateRuleTests.article(endingWith: box)
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        #expect(!page.text.contains("inbox every morning"))
        #expect(!page.text.contains("morning briefing"))
    }

    @Test func aPageInsideOneFormKeepsItsText() throws {
        let page = try BoilerplateRuleTests.page(body: "<form action=\"/postback\"><article>"
            + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose) + "</article></form>")
        #expect(page.text.contains(BoilerplateRuleTests.prose[0]))
    }
}
