import Testing
@testable import WebExtraction

/// Notices at the end of an article's own container: pages written for these tests.
@Suite struct TailNoticeTests {
    static let article = BoilerplateRuleTests.paragraphs(Array(repeating: BoilerplateRuleTests.prose, count: 2).flatMap { $0 })

    @Test(arguments: [
        (["Subscribe now to our print edition for the full story.", "© 2024 Example Town Gazette. All rights reserved."],
         ["Subscribe now", "All rights reserved"]),
        (["Dieser Text steht unter der Lizenz CC-BY 4.0.", "Unterstützen Sie unsere Arbeit mit einer Spende!"],
         ["Lizenz", "Spende"]),
        (["Comments are moderated and may take a while to appear. Please read our community guidelines before posting."],
         ["moderated", "community guidelines"]),
    ])
    func noticesEndingTheArticleGo(notices: [String], gone: [String]) throws {
        let page = try BoilerplateRuleTests.page(body: "<article>" + Self.article
            + notices.map { "<p>\($0)</p>" }.joined() + "</article>")
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        for words in gone { #expect(!page.text.contains(words)) }
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
