import FactCheckModel
import Testing
@testable import WebExtraction

@Suite struct PassageTests {
    @Test func headingsLabelThePassagesBelowThem() {
        let page = WebPage(blocks: [
            ContentBlock(kind: .heading, text: "Results", headingLevel: 1),
            ContentBlock(kind: .paragraph, text: "First finding."),
            ContentBlock(kind: .paragraph, text: "Second finding."),
            ContentBlock(kind: .heading, text: "Methods", headingLevel: 2),
            ContentBlock(kind: .quote, text: "A quoted line."),
        ])
        #expect(WebPageExtractor.passages(of: page) == [
            Passage(index: 0, text: "First finding.", heading: "Results"),
            Passage(index: 1, text: "Second finding.", heading: "Results"),
            Passage(index: 2, text: "A quoted line.", heading: "Methods"),
        ])
    }

    @Test func shortListItemsAndCellsAreJoined() {
        let page = WebPage(blocks: [
            ContentBlock(kind: .listItem, text: "flour"), ContentBlock(kind: .listItem, text: "sugar"),
            ContentBlock(kind: .paragraph, text: "Mix well."),
            ContentBlock(kind: .tableCell, text: "Group"), ContentBlock(kind: .tableCell, text: "Mean"),
        ])
        #expect(WebPageExtractor.passages(of: page).map(\.text) == ["flour; sugar", "Mix well.", "Group | Mean"])
    }

    @Test func longBlocksAreCutAtSentenceEnds() {
        let sentence = "The trial enrolled many adults and followed them for a year. "
        let long = String(String(repeating: sentence, count: 60).dropLast())
        let passages = WebPageExtractor.passages(of: WebPage(blocks: [ContentBlock(kind: .paragraph, text: long)]))
        #expect(passages.count > 2)
        #expect(passages.allSatisfy { $0.text.count <= 900 && $0.text.hasSuffix("year.") })
        #expect(passages.map(\.text).joined(separator: " ") == long)
        #expect(passages.map(\.index) == Array(0..<passages.count))
    }
}
