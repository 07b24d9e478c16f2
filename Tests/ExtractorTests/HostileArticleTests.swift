import FactCheckModel
import Testing
@testable import Extractor

/// Inputs nobody meant to send: each must give a result or an error naming the file, never a
/// crash or a hang.
@Suite struct HostileArticleTests {
    let extractor = ClaimExtractor()

    /// Found by fuzzing (Fuzz/Regressions/article-*/attribution-no-words-*): a sentence with no
    /// word in it made the reporting-verb scan build the range 1..<0 and trap.
    @Test(arguments: [".", "…", "?!", "—", "1", "(3)"])
    func sentencesWithoutWordsHaveNoAttribution(_ sentence: String) {
        #expect(AttributionParser.parse(sentence) == nil)
    }

    @Test func aSingleLongLineIsOneBlockAndFinishes() throws {
        // 1 MB on one line with no sentence end.
        let words = ["massage", "lowers", "cortisol", "by", "31", "percent", "in", "adults", "and"]
        let line = (0..<112_000).map { words[$0 % words.count] }.joined(separator: " ")
        let result = try extractor.extract(bytes: Array(line.utf8), path: "line.txt", format: .text)
        #expect(result.article.sentences.count == 1)
        #expect(result.article.sentences[0].span.end == line.unicodeScalars.count)
    }

    @Test func oversizedArticlesAreRefusedByName() {
        let reader = ArticleReader(maxBytes: 1024)
        let extractor = ClaimExtractor(reader: reader)
        #expect(throws: ExtractionError.tooLarge(path: "huge.md", bytes: 2048, limit: 1024)) {
            try extractor.extract(bytes: [UInt8](repeating: 0x61, count: 2048), path: "huge.md", format: .markdown)
        }
        #expect(ArticleReader().maxBytes == 16 * 1024 * 1024)
    }

    @Test func controlCharactersAndOddWhitespaceDoNotBreakSpans() throws {
        let text = "Coffee\u{0B}raises\u{0C}blood pressure by 5 percent.\u{2028}Tea lowers it by 2 percent.\r\n"
        let result = try extractor.extract(bytes: Array(text.utf8), path: "odd.txt", format: .text)
        let scalars = Array(text.unicodeScalars)
        for sentence in result.article.sentences {
            #expect(sentence.span.start >= 0 && sentence.span.end <= scalars.count && sentence.span.start < sentence.span.end)
        }
    }

    @Test func unbalancedMarkdownAndHTMLStillRead() throws {
        let markdown = "# [unclosed](http://x\n\n**bold *nested [link](https://example.org/a \"t\") `code\n\n```\nfenced never closed"
        _ = try extractor.extract(bytes: Array(markdown.utf8), path: "odd.md", format: .markdown)
        let html = "<p>Coffee raises blood pressure<div><p>by 5 percent</span></td></table><sup>1<sup>2"
        let result = try extractor.extract(bytes: Array(html.utf8), path: "odd.html", format: .html)
        #expect(result.article.text.contains("Coffee raises blood pressure"))
    }

    @Test func htmlWithoutTextIsAnEmptyArticleNotACrash() throws {
        let result = try extractor.extract(bytes: Array("<html><script>x()</script></html>".utf8), path: "s.html", format: .html)
        #expect(result.claims.isEmpty)
    }
}
