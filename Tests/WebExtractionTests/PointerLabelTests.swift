import Testing
@testable import WebExtraction

/// Labels pointing away from the article: pages written for these tests.
@Suite struct PointerLabelTests {
    @Test func labelsOverTeasersGo() throws {
        let prose = BoilerplateRuleTests.prose
        let page = try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(Array(prose[0...1]))
            + "<p><strong>Lesen Sie auch:</strong></p>" + BoilerplateRuleTests.paragraphs(Array(prose[2...3]))
            + "<h3>About the author</h3></article>")
        #expect(page.text.contains(prose[3]))
        #expect(!page.text.contains("Lesen Sie auch"))
        #expect(!page.text.contains("About the author"))
    }

    @Test func aSentenceThatStartsLikeALabelStays() throws {
        let prose = BoilerplateRuleTests.prose
        let sentence = "Related costs, such as new shelters at the stops, are not in the budget yet."
        let page = try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(prose + [sentence]) + "</article>")
        #expect(page.text.contains(sentence))
    }

    @Test func aLabelMustBeWholeWords() throws {
        let prose = BoilerplateRuleTests.prose
        let heading = "Relatedness of the strains"
        let page = try BoilerplateRuleTests.page(body: "<article>" + BoilerplateRuleTests.paragraphs(Array(prose[0...1]))
            + "<h3>\(heading)</h3>" + BoilerplateRuleTests.paragraphs(Array(prose[2...3])) + "</article>")
        #expect(page.text.contains(heading))
        #expect(PointerLabels.startsWithWords("related: bus lanes", "related"))
        #expect(PointerLabels.startsWithWords("weiterlesen", "weiterlesen"))
        #expect(!PointerLabels.startsWithWords("relatedness", "related"))
    }
}
