import Testing
@testable import WebExtraction

/// The article's header (headline, standfirst, byline, date, key points) goes to the metadata,
/// not the text: pages written for these tests.
@Suite struct ArticleHeaderTests {
    static let body = ArticleLeadTests.body
    static let standfirst = "The outer districts get buses after midnight from March, the council decided after a long debate."

    @Test func theHeaderInsideTheArticleIsMetadata() throws {
        let page = try BoilerplateRuleTests.page(body: "<article><h1>Night buses reach the outer districts</h1>"
            + "<p>\(Self.standfirst)</p><div>By Jane Doe, Transport Correspondent</div><div><time datetime=\"2025-03-02\">2 March 2025</time></div>"
            + "<div><h2>Key points</h2><ul><li>Three districts join the night network, which now runs until four in the morning.</li>"
            + "<li>The fare rises by ten cents to pay for the extra drivers the new routes need.</li></ul></div>"
            + "<div>" + Self.body + "</div></article>")
        #expect(page.headline == "Night buses reach the outer districts")
        #expect(page.lead == Self.standfirst)
        #expect(page.byline == "By Jane Doe, Transport Correspondent")
        #expect(page.date == "2025-03-02")
        #expect(page.blocks.first?.text == BoilerplateRuleTests.prose[0])
        for gone in ["Night buses reach", "March, the council", "Jane Doe", "2 March", "Key points", "ten cents"] {
            #expect(!page.text.contains(gone), "\(gone)")
        }
    }

    @Test func aHeadlineBesideTheParagraphsLeavesThemAll() throws {
        let page = try BoilerplateRuleTests.page(body: "<article><h1>Night buses reach the outer districts</h1><p>By Jane Doe</p>"
            + Self.body + "</article>")
        #expect(page.headline == "Night buses reach the outer districts")
        #expect(page.blocks.first?.text == BoilerplateRuleTests.prose[0])
        #expect(page.blocks.count == 12)
    }

    @Test func aSecondParagraphAboveTheBodysContainerIsTheBodys() throws {
        let opening = "It was past one in the morning when the last bus of the old timetable left the central station."
        let page = try BoilerplateRuleTests.page(body: "<article><h1>Night buses reach the outer districts</h1>"
            + "<p>\(Self.standfirst)</p><p>\(opening)</p><div>" + Self.body + "</div></article>")
        #expect(page.lead == Self.standfirst)
        #expect(page.blocks.first?.text == opening)
    }

    @Test func aListOfShortItemsAboveTheBodyIsTheBodys() throws {
        let ingredients = ["500 g ripe plums", "200 g wholemeal flour", "100 g brown sugar", "125 g cold butter", "1 teaspoon cinnamon",
                           "2 large free-range eggs", "1 pinch of sea salt", "50 g flaked almonds", "1 lemon, zest only",
                           "2 tablespoons of milk", "1 packet of baking powder", "icing sugar to dust"]
        let page = try BoilerplateRuleTests.page(body: "<article><h1>Plum cake</h1><ul>" + ingredients.map { "<li>\($0)</li>" }.joined()
            + "</ul><div>" + Self.body + "</div></article>")
        #expect(page.text.contains("200 g wholemeal flour"))
        #expect(!page.text.contains("Plum cake"))
    }

    /// A review's "Highlights" box of a few words per item is a summary, not the body's list;
    /// short items under another title stay (a short body, so that the header's box is inside
    /// the main content).
    @Test func aHighlightsListOfShortItemsIsTheHeaders() throws {
        let page = try BoilerplateRuleTests.page(body: "<article><h1>Night bus review</h1><p>\(Self.standfirst)</p>"
            + "<div class=\"box\"><h4>Highlights</h4><ul><li>Runs until four</li><li>Ten cents dearer</li><li>Three new districts</li></ul></div>"
            + "<div>" + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose) + "</div></article>")
        #expect(!page.text.contains("Runs until four"))
        #expect(!page.text.contains("Highlights"))
        #expect(page.blocks.first?.text == BoilerplateRuleTests.prose[0])
    }

    @Test func shortItemsUnderAnotherTitleStayInTheBody() throws {
        let page = try BoilerplateRuleTests.page(body: "<article><h1>Night bus review</h1><p>\(Self.standfirst)</p>"
            + "<div class=\"box\"><h4>Stops added</h4><ul><li>Northgate Road</li><li>Old Quay</li><li>Fernhill School</li></ul></div>"
            + "<div>" + BoilerplateRuleTests.paragraphs(BoilerplateRuleTests.prose) + "</div></article>")
        #expect(page.text.contains("Old Quay"))
    }

    @Test func theLeadIsStillAPassage() throws {
        let page = try BoilerplateRuleTests.page(body: "<article><h1>Night buses reach the outer districts</h1>"
            + "<p>\(Self.standfirst)</p><div>" + Self.body + "</div></article>")
        let passages = WebPageExtractor.passages(of: page)
        #expect(passages.first?.text == Self.standfirst)
        #expect(passages.first?.heading == "Night buses reach the outer districts")
        #expect(passages.dropFirst().first?.heading == "Night buses reach the outer districts")
        #expect(page.title == "Night buses")
    }
}
