import Testing
@testable import WebExtraction

/// A long article with something dropped in its last 5 %: an inline extra among the body's
/// paragraphs leaves alone, and the closing paragraphs below it stay; a share bar or a related
/// list under the body's element still ends the article, with the bio or promo below it. Pages
/// written for these tests.
@Suite struct ArticleTailTests {
    static let closing = "On the last night before the new routes opened, the drivers parked the old buses in a row and switched their lights on."

    /// Forty paragraphs in the body's `<div>`, then `extra` and the closing paragraph in it too,
    /// then `below` under the body.
    static func longArticle(extra: String, below: String = "") throws -> WebPage {
        let prose = BoilerplateRuleTests.prose
        let body = (0..<40).map { "<p>\(prose[$0 % 4]) (\($0))</p>" }.joined()
        return try BoilerplateRuleTests.page(body: "<main><article><div class=\"story-body\">" + body + extra
            + "<p>\(closing)</p></div>" + below + "</article></main>")
    }

    @Test func aPlayerNearTheEndKeepsTheClosingParagraph() throws {
        let page = try Self.longArticle(extra: "<div class=\"m4\"><div>Media playback is unsupported on your device</div>"
            + "<p>Watch: a night on the new route</p></div>")
        #expect(page.text.contains(Self.closing))
        #expect(!page.text.contains("playback"))
    }

    @Test func aDontMissPromoNearTheEndKeepsTheClosingParagraph() throws {
        let page = try Self.longArticle(extra: "<div class=\"promo-inline\"><span>DON'T MISS</span> <a href=\"/x\">The ten best bus routes for sightseeing in the county</a></div>")
        #expect(page.text.contains(Self.closing))
        #expect(!page.text.contains("sightseeing"))
    }

    @Test func aBoxOfLinksNearTheEndKeepsTheClosingParagraph() throws {
        let page = try Self.longArticle(extra: "<div class=\"inline-links\"><h4>More on this story</h4><ul>"
            + "<li><a href=\"/a\">The full night bus timetable</a></li><li><a href=\"/b\">Fares for the outer districts from spring</a></li>"
            + "<li><a href=\"/c\">Who runs the night buses?</a></li></ul></div>")
        #expect(page.text.contains(Self.closing))
        #expect(!page.text.contains("Who runs the night buses?"))
        #expect(!page.text.contains("More on this story"))
    }

    /// Below the body's element, a share bar and then an author's bio: the bio is not the body's.
    @Test func aShareBarUnderTheBodyStillEndsTheArticle() throws {
        let page = try Self.longArticle(extra: "", below: "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share by email</a></div>"
            + "<div class=\"about\"><p>The author has covered transport in the region for the paper since the trams were last extended.</p></div>")
        #expect(page.text.contains(Self.closing))
        #expect(!page.text.contains("covered transport in the region"))
    }

    /// Inside the body's element, a related list with only a promo line after it: the line is not
    /// prose of the body's, so the list still ends the article.
    @Test func aRelatedListFollowedByAPromoLineStillEndsTheArticle() throws {
        let prose = BoilerplateRuleTests.prose
        let body = (0..<40).map { "<p>\(prose[$0 % 4]) (\($0))</p>" }.joined()
        let page = try BoilerplateRuleTests.page(body: "<main><article><div class=\"story-body\">" + body
            + "<ul class=\"related\"><li><a href=\"/a\">Night buses: the full timetable for spring</a></li><li><a href=\"/b\">Fares to rise in the outer districts</a></li></ul>"
            + "<div class=\"x9\"><p>Enjoyed this story? Our transport newsletter arrives every Friday morning with more.</p></div></div></article></main>")
        #expect(page.text.contains("(39)"))
        #expect(!page.text.contains("transport newsletter"))
    }
}

/// The article's credit line under its last paragraph, without a full stop, is the article's;
/// a template's unpunctuated line there is not.
@Suite struct ClosingCreditTests {
    @Test func anAdditionalReportingLineWithoutAFullStopStays() throws {
        let page = try BoilerplateRuleTests.article(endingWith: "<p>Additional reporting by Ilka Bron</p>")
        #expect(page.text.contains("Additional reporting by Ilka Bron"))
    }

    @Test func anUnpunctuatedTemplateLineStillGoes() throws {
        let page = try BoilerplateRuleTests.article(endingWith: "<p>Filed under transport and buses</p>")
        #expect(!page.text.contains("Filed under"))
    }
}
