import Testing
@testable import WebExtraction

/// The article's lead beside its body container: pages written for these tests.
@Suite struct ArticleLeadTests {
    static let body = BoilerplateRuleTests.paragraphs(Array(repeating: BoilerplateRuleTests.prose, count: 3).flatMap { $0 })

    @Test func aStandfirstBesideTheBodyIsTheLeadNotTheText() throws {
        let page = try BoilerplateRuleTests.page(body: "<article><header><h1>Night buses reach the outer districts</h1>"
            + "<p class=\"standfirst\">Three districts join the network in spring, after years of campaigning by residents.</p>"
            + "<span>By Jane Doe</span></header><div class=\"story\">" + Self.body + "</div></article>")
        #expect(page.headline == "Night buses reach the outer districts")
        #expect(page.lead == "Three districts join the network in spring, after years of campaigning by residents.")
        #expect(page.blocks.first?.text == BoilerplateRuleTests.prose[0])
        #expect(!page.text.contains("By Jane Doe"))
    }

    @Test func aLeadIsOneBlockNotAPanel() throws {
        let panel = "<div class=\"box\">Opening hours of the town hall, Monday to Friday, and on Saturday mornings by appointment."
            + "<p>Town hall</p><p>Library</p><p>Swimming pool</p><p>Museum</p></div>"
        let page = try BoilerplateRuleTests.page(body: "<article><header><h1>Night buses reach the outer districts</h1>" + panel
            + "</header><div class=\"story\">" + Self.body + "</div></article>")
        #expect(!page.text.contains("Opening hours"))
        #expect(page.lead == nil)
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
    }

    @Test func nothingBeforeAnArticleThatHoldsItsHeadline() throws {
        let page = try BoilerplateRuleTests.page(body: "<div class=\"intro\"><p>Welcome to the gazette of Example Town: news, events and the weather for all of us.</p></div>"
            + "<article><h1>Night buses reach the outer districts</h1>" + Self.body + "</article>")
        #expect(page.headline == "Night buses reach the outer districts")
        #expect(page.blocks.first?.text == BoilerplateRuleTests.prose[0])
        #expect(!page.text.contains("Welcome to the gazette"))
    }
}
