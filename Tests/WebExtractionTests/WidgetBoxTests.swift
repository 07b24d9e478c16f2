import Testing
@testable import WebExtraction

/// Widgets inside and under an article, found by their fields and their words whatever their class
/// names (generated ones here): pages written for these tests.
@Suite struct WidgetBoxTests {
    static func articleWith(_ widget: String, afterParagraph index: Int = 1) throws -> WebPage {
        let prose = BoilerplateRuleTests.prose
        return try BoilerplateRuleTests.page(body: "<article class=\"x9\">" + BoilerplateRuleTests.paragraphs(Array(prose[0...index]))
            + widget + BoilerplateRuleTests.paragraphs(Array(prose[(index + 1)...])) + "</article>")
    }

    @Test func aClaimAndVerdictBoxLeavesTheBody() throws {
        let page = try Self.articleWith("<div class=\"q3\"><p><strong>Claim: the night buses will be free for pensioners.</strong></p>"
            + "<p>Our verdict: Misleading.</p></div>")
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        #expect(!page.text.contains("free for pensioners"))
        #expect(!page.text.contains("Misleading"))
    }

    @Test func aPlayerThatCannotPlayLeavesWithItsTitle() throws {
        let page = try Self.articleWith("<div class=\"k1\"><div><span>Media playback is unsupported on your device</span></div>"
            + "<div><span>Watch: drivers on the new night routes</span> <span>2:41</span></div></div>")
        #expect(!page.text.contains("playback"))
        #expect(!page.text.contains("Watch: drivers"))
        #expect(page.text.contains(BoilerplateRuleTests.prose[2]))
    }

    @Test func aPollWithRadioButtonsLeaves() throws {
        let poll = "<div class=\"z7\"><h3>Should the council extend the night buses to the villages too?</h3><ul>"
            + "<li><label><input type=\"radio\" name=\"v\"> Yes</label></li><li><label><input type=\"radio\" name=\"v\"> No</label></li></ul>"
            + "<button>Vote</button></div>"
        let page = try BoilerplateRuleTests.article(endingWith: poll)
        #expect(page.text.contains(BoilerplateRuleTests.prose[3]))
        #expect(!page.text.contains("villages too"))
    }

    @Test func aRatingWidgetLeaves() throws {
        let page = try BoilerplateRuleTests.article(endingWith: "<div class=\"r2\"><p>Was this article helpful?</p><p>★★★★★</p><p>212 ratings</p></div>")
        #expect(!page.text.contains("helpful"))
        #expect(!page.text.contains("212 ratings"))
    }

    @Test func theArticleMayDiscussClaimsAndVerdicts() throws {
        let discussion = "<p>The claim that the buses would be free was never made by the council, and the court's verdict in the fares case did not mention them.</p>"
        let page = try Self.articleWith(discussion)
        #expect(page.text.contains("The claim that the buses would be free"))
    }

    @Test func aTickListIsNotAForm() throws {
        let list = "<ul><li><input type=\"checkbox\" checked disabled> Extend the northern route</li>"
            + "<li><input type=\"checkbox\" disabled> Add a stop at the hospital</li></ul>"
        let page = try Self.articleWith(list)
        #expect(page.text.contains("Add a stop at the hospital"))
    }

    /// An ordinary paragraph of the body that opens "Our verdict:" is the article's conclusion, not
    /// a claim box; with a rating widget further down it once took the paragraphs between them.
    @Test func aVerdictParagraphAboveAHelpfulBoxKeepsTheBody() throws {
        let prose = BoilerplateRuleTests.prose
        let page = try BoilerplateRuleTests.page(body: "<main><div class=\"body\">" + BoilerplateRuleTests.paragraphs(Array(prose[0...1]))
            + "<p>Our verdict: the figure is correct.</p>" + BoilerplateRuleTests.paragraphs(Array(prose[2...3]))
            + "<p>The council has promised to publish the full costings before the spring budget meeting in March.</p></div>"
            + "<div class=\"w5\"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>"
            + "<p>We asked the transport department for comment and will add its answer to this article when it arrives.</p></main>")
        for paragraph in prose { #expect(page.text.contains(paragraph)) }
        #expect(page.text.contains("Our verdict: the figure is correct."))
        #expect(page.text.contains("full costings"))
        #expect(page.text.contains("We asked the transport department"))
        #expect(!page.text.contains("helpful"))
    }

    /// The same paragraph near the end of a long article: dropped as a widget, its mark once made
    /// ``ArticleTail`` take it for the article's end and cut the paragraphs after it.
    @Test func aVerdictParagraphNearTheEndOfALongArticleIsNotItsEnd() throws {
        let prose = BoilerplateRuleTests.prose
        let body = (0..<40).map { "<p>\(prose[$0 % 4]) (\($0))</p>" }.joined()
        let page = try BoilerplateRuleTests.page(body: "<main><div class=\"body\">" + body
            + "<p>Our verdict: the figure is correct.</p><p>The council says it will publish the costings in March.</p>"
            + "<p>Officials expect the first of the new routes to open at the end of April, weather permitting.</p></div>"
            + "<div class=\"w5\"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div></main>")
        #expect(page.text.contains("Our verdict: the figure is correct."))
        #expect(page.text.contains("publish the costings"))
        #expect(page.text.contains("end of April"))
        #expect(!page.text.contains("helpful"))
    }
}
