import FactCheckModel
import Testing
@testable import Reporter

@Suite struct ArticleLayoutTests {
    static func span(_ text: String, _ needle: String) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let wanted = Array(needle.unicodeScalars)
        var start = 0
        while !scalars[start..<(start + wanted.count)].elementsEqual(wanted) { start += 1 }
        return TextSpan(start: start, end: start + wanted.count, line: 1, column: 1)
    }

    @Test func blocksEndAtBlankLinesAndClaimsBecomeRuns() throws {
        let text = "Title\n\nOne claim here. Plain.\n  \nSecond 👍 claim there.\n"
        let layout = try #require(ArticleLayout(text: text, claims: [
            (Self.span(text, "One claim here"), "One claim here"),
            (Self.span(text, "claim there"), "claim there"),
        ]))
        #expect(layout.blocks.count == 3)
        #expect(layout.blocks[0] == .init(runs: [.text("Title")], claims: []))
        #expect(layout.blocks[1] == .init(runs: [.claim(index: 0, text: "One claim here"), .text(". Plain.")], claims: [0]))
        #expect(layout.blocks[2] == .init(runs: [.text("Second 👍 "), .claim(index: 1, text: "claim there"), .text(".\n")], claims: [1]))
        #expect(layout.unplaced.isEmpty)
    }

    @Test func markdownInsideAClaimStillFitsAndAClaimSpanningABlankLineKeepsOneBlock() throws {
        let text = "It **cuts** risk [by half](https://x.example).\n\nNext.\n"
        let claimSpan = Self.span(text, "It **cuts** risk [by half](https://x.example)")
        let layout = try #require(ArticleLayout(text: text, claims: [(claimSpan, "It cuts risk by half")]))
        #expect(layout.blocks.first?.claims == [0])
        let across = "A claim\n\nthat goes on. End."
        let wide = try #require(ArticleLayout(text: across, claims: [(Self.span(across, "claim\n\nthat goes on"), "claim that goes on")]))
        #expect(wide.blocks.count == 1)
    }

    @Test func overlappingClaimsAreListedBesideTheFirst() throws {
        let text = "Massage lowers cortisol by 31 percent in adults."
        let layout = try #require(ArticleLayout(text: text, claims: [
            (Self.span(text, "Massage lowers cortisol by 31 percent"), "Massage lowers cortisol by 31 percent"),
            (Self.span(text, "cortisol by 31 percent in adults"), "cortisol by 31 percent in adults"),
        ]))
        #expect(layout.blocks.count == 1)
        #expect(layout.blocks[0].claims == [0, 1])
        #expect(layout.blocks[0].runs.filter { if case .claim = $0 { true } else { false } }.count == 1)
    }

    @Test func aHeadingIsABlockOfItsOwnWithoutItsMarksEvenWithNoBlankLineAfterIt() throws {
        let text = "Intro.\n## Results ##\nIt worked.\n\nEnd."
        let results = Self.span(text, "Results")
        let layout = try #require(ArticleLayout(text: text, claims: [], headings: [ArticleHeading(start: results.start, end: results.end, level: 2)]))
        #expect(layout.blocks == [
            .init(runs: [.text("Intro.")], claims: []),
            .init(runs: [.text("Results")], claims: [], headingLevel: 2),
            .init(runs: [.text("It worked.")], claims: []),
            .init(runs: [.text("End.")], claims: []),
        ])
        // Headings that do not fit the text are left out, not trusted.
        let outside = try #require(ArticleLayout(text: text, claims: [], headings: [ArticleHeading(start: 30, end: 90, level: 2)]))
        #expect(outside.blocks.allSatisfy { $0.headingLevel == nil })
    }

    @Test func aClaimInsideAHeadingIsARunOfItAndOneAcrossItsLineMakesItAParagraph() throws {
        let text = "Title\n\nSleep cuts risk by half\nin adults, a trial found.\n"
        let headingSpan = Self.span(text, "Sleep cuts risk by half")
        let heading = ArticleHeading(start: headingSpan.start, end: headingSpan.end, level: 2)
        let inside = try #require(ArticleLayout(text: text, claims: [(Self.span(text, "cuts risk"), "cuts risk")], headings: [heading]))
        #expect(inside.blocks[1] == .init(runs: [.text("Sleep "), .claim(index: 0, text: "cuts risk"), .text(" by half")], claims: [0], headingLevel: 2))
        let across = try #require(ArticleLayout(text: text, claims: [(Self.span(text, "by half\nin adults"), "by half in adults")], headings: [heading]))
        #expect(across.blocks.count == 2)
        #expect(across.blocks[1].headingLevel == nil)
        #expect(across.blocks[1].runs.contains(.claim(index: 0, text: "by half\nin adults")))
    }

    @Test func spansThatDoNotFitTheTextGiveNoLayout() {
        #expect(ArticleLayout(text: "short", claims: [(TextSpan(start: 2, end: 50, line: 1, column: 1), "x")]) == nil)
        #expect(ArticleLayout(text: "one two three", claims: [(TextSpan(start: 0, end: 3, line: 1, column: 1), "two")]) == nil)
    }
}
