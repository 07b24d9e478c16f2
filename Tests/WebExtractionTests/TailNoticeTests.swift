import Testing
@testable import WebExtraction

/// Notices at the end of an article's own container: pages written for these tests.
@Suite struct TailNoticeTests {
    static let article = BoilerplateRuleTests.paragraphs(Array(repeating: BoilerplateRuleTests.prose, count: 2).flatMap { $0 })

    @Test func noticesEndingTheArticleGo() throws {
        let page = try BoilerplateRuleTests.page(body: "<article>" + Self.article
            + "<p>Subscribe now to our print edition for the full story.</p>"
            + "<p>© 2024 Example Town Gazette. All rights reserved.</p></article>")
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        #expect(!page.text.contains("Subscribe now"))
        #expect(!page.text.contains("All rights reserved"))
    }

    @Test func germanNoticesGoToo() throws {
        let page = try BoilerplateRuleTests.page(body: "<article>" + Self.article
            + "<p>Dieser Text steht unter der Lizenz CC-BY 4.0.</p>"
            + "<p>Unterstützen Sie unsere Arbeit mit einer Spende!</p></article>")
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        #expect(!page.text.contains("Lizenz"))
        #expect(!page.text.contains("Spende"))
    }

    @Test func theSameWordsInsideTheArticleStay() throws {
        let subject = "<p>Readers who subscribe to the gazette's newsletter will get the new timetables first.</p>"
        let page = try BoilerplateRuleTests.page(body: "<article>" + subject + Self.article + "</article>")
        #expect(page.text.contains("subscribe to the gazette's newsletter"))
    }

    @Test func aLongLastParagraphIsTheArticles() throws {
        let last = "<p>The newsletter of the drivers' union, which has followed the plan since the first draft, "
            + "says the extension can only work if the council hires forty more drivers before spring, and it will "
            + "ask its members to vote on a strike if the council does not answer by the end of the month, "
            + "as it did when the day network was cut three years ago.</p>"
        let page = try BoilerplateRuleTests.page(body: "<article>" + Self.article + last + "</article>")
        #expect(page.text.contains("drivers' union"))
    }
}
