import Testing
@testable import Extractor

/// A long HTML article read through the extraction: thousands of body paragraphs with a citation
/// link each, and thousands of teaser lines beside them that are not the article. The reader
/// matches walked blocks to extracted ones by index (``MainTextSelection``, ``KeyParts``) and maps
/// offsets by binary search (``KeptBlocks``), so this page costs about what a short one costs per
/// block; here only what it reads is checked (tests never time things), block for block.
@Suite struct LargeHTMLArticleTests {
    static let paragraphs = 2_000

    /// The page, one paragraph per line: paragraph `i` is on line `i + 4`.
    static let page: String = {
        var lines = ["<!DOCTYPE html>", "<html lang=\"en\"><head><title>The long report</title></head>", "<body><main><article>"]
        for index in 0..<paragraphs {
            lines.append("<p>Survey round \(index) counted \(index + 7) households on the east side of the river, according to "
                + "<a href=\"https://records.example/round/\(index)\">the round \(index) register</a>, and found most of them dry.</p>")
        }
        lines.append("</article>")
        lines.append("<section class=\"more-stories\"><h2>More stories</h2><ul>")
        for index in 0..<paragraphs {
            lines.append("<li><a href=\"https://news.example/\(index)\">Teaser headline number \(index) about another town entirely</a></li>")
        }
        lines.append("</ul></section></main></body></html>")
        return lines.joined(separator: "\n")
    }()

    @Test func everyParagraphAndItsLinkAndLineSurviveAndNoTeaserDoes() throws {
        let read = try HTMLArticleReader.read(Array(Self.page.utf8), path: "long.html")
        let paragraphs = read.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(paragraphs.count == Self.paragraphs)
        #expect(!read.text.contains("Teaser headline"))
        #expect(read.links.count == Self.paragraphs)
        let scalars = Array(read.text.unicodeScalars)
        var mismatches = 0
        for (index, link) in read.links.enumerated() {
            let expected = "the round \(index) register"
            let end = link.offset + expected.unicodeScalars.count
            let found = end <= scalars.count ? String(String.UnicodeScalarView(scalars[link.offset..<end])) : ""
            if found != expected || link.url != "https://records.example/round/\(index)" { mismatches += 1 }
            if read.locator.position(of: link.offset).line != index + 4 { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test func aWalkedBlockThatIsPartOfAnExtractedOneIsFoundByItsRuns() {
        let parts = KeyParts([Array("thecouncilvotedtoclosetheriverpathforthewinter".utf8), Array("shortone".utf8)], window: 30)
        #expect(parts.containsPart(Array("councilvotedtoclosetheriverpathfor".utf8)))
        #expect(parts.containsPart(Array("thecouncilvotedtoclosetheriverpathforthewinter".utf8)))
        #expect(!parts.containsPart(Array("councilvotedtoclosetheriverpathforthesummer".utf8)))
        #expect(!parts.containsPart(Array("shortone".utf8)))
    }
}
