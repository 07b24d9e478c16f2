import Testing
@testable import WebExtraction

/// Lists of teasers for other articles, found by shape: pages written for these tests.
@Suite struct TeaserListTests {
    static let teasers = [
        ("Harbour wall repairs start in May", "The county has set aside money for the first stretch, and work on the rest depends on a grant."),
        ("Library opens on Sundays", "From next month the central library stays open on Sunday afternoons for a trial of six months."),
        ("Tram fares frozen for a year", "The operator says the freeze is paid for by higher parking charges in the centre of town."),
        ("New bridge named after a nurse", "Residents voted for the name in a poll that drew more answers than the last local election."),
    ]

    static func list(className: String) -> String {
        "<section class=\"\(className)\"><h2>More stories</h2><ul>" + teasers.map { title, summary in
            "<li><a href=\"/news/\(title.count)\"><h3>\(title)</h3></a><p>\(summary)</p><span>3 hours ago</span></li>"
        }.joined() + "</ul></section>"
    }

    @Test func teasersUnderTheArticleGoWhateverTheirNames() throws {
        let page = try BoilerplateRuleTests.page(body: "<main class=\"x1\"><article class=\"x2\">"
            + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose) + "</article>" + Self.list(className: "x3") + "</main>")
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        for (title, summary) in Self.teasers {
            #expect(!page.text.contains(title))
            #expect(!page.text.contains(summary))
        }
    }

    @Test func paragraphsThatOpenWithALinkAreNotTeasers() throws {
        let body = BoilerplateRuleTests.prose.map { "<p><a href=\"/r\">A study</a> says: \($0)</p>" }.joined()
        let page = try BoilerplateRuleTests.page(body: "<article>" + body + "</article>")
        #expect(page.text.contains(BoilerplateRuleTests.prose[2]))
    }

    @Test func itemsThatOpenWithTheirOwnTextStay() throws {
        let items = Self.teasers.map { title, summary in "<li>\(summary) <a href=\"/s\">\(title)</a></li>" }.joined()
        let page = try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose)
            + "<ul>" + items + "</ul></article>")
        #expect(page.text.contains(Self.teasers[1].1))
    }
}
