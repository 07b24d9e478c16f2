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

    static let threeSources = "<ol><li><a href=\"/a\">Council report on night transport, March 2024</a></li>"
        + "<li><a href=\"/b\">Survey of shift workers in the outer districts, 2023</a></li>"
        + "<li><a href=\"/c\">Bus operator's annual accounts, 2023</a></li></ol>"

    @Test func threeOrMoreSourcesTitledAsSourcesStayAfterAPromo() throws {
        let promo = "<div class=\"k2\"><h4>RELATED</h4><ul><li><a href=\"/n/1\">How the next town fixed its buses</a></li>"
            + "<li><a href=\"/n/2\">Drivers vote on new rota</a></li></ul></div>"
        let page = try BoilerplateRuleTests.article(endingWith: promo + "<p><strong>Sources:</strong></p>" + Self.threeSources)
        #expect(page.text.contains("Bus operator's annual accounts, 2023"))
        #expect(page.text.contains("Council report on night transport, March 2024"))
        #expect(!page.text.contains("next town"))
    }

    /// The titles are `Lexicon.referenceSectionTitles`, which the claim reader's reference
    /// sections read too: one from each list it replaced ("Our sources" was this rule's, "Works
    /// cited" and "Endnotes" the claim reader's) keeps the list.
    @Test func sourcesTitledFromEitherFormerListStayAfterAPromo() throws {
        let promo = "<div class=\"k2\"><h4>RELATED</h4><ul><li><a href=\"/n/1\">How the next town fixed its buses</a></li>"
            + "<li><a href=\"/n/2\">Drivers vote on new rota</a></li></ul></div>"
        for title in ["<h3>Works cited</h3>", "<p>Endnotes:</p>", "<h3>Our sources</h3>"] {
            let page = try BoilerplateRuleTests.article(endingWith: promo + title + Self.threeSources)
            #expect(page.text.contains("Bus operator's annual accounts, 2023"), "\(title)")
            #expect(!page.text.contains("next town"), "\(title)")
        }
    }

    @Test func aNumberedMostReadListStillGoes() throws {
        let page = try BoilerplateRuleTests.article(endingWith: "<h3>Most read</h3>" + Self.threeSources)
        #expect(!page.text.contains("Bus operator's annual accounts"))
    }
}
