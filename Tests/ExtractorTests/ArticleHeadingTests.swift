import FactCheckModel
import Testing
@testable import Extractor

/// Each reader says which blocks are headings, where they sit in the article text and at what
/// level: the report shows them from this, without deciding again.
@Suite struct ArticleHeadingTests {
    let reader = ArticleReader()

    /// Each heading's text in the article text, with its level.
    func headings(_ text: String, _ format: Article.Format) throws -> [String] {
        let article = try reader.read(bytes: Array(text.utf8), path: "a", format: format)
        let scalars = Array(article.text.unicodeScalars)
        return article.headings.map { "\($0.level) " + String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func plainTextTitleIsLevelOneAndLaterHeadingLinesLevelTwo() throws {
        let text = "Does Massage Help?\n\nMassage is popular, and trials say it helps.\n\n  What the studies found  \n\nA trial of 401 adults found less pain.\n"
        #expect(try headings(text, .text) == ["1 Does Massage Help?", "2 What the studies found"])
        #expect(try headings("Massage is popular, and trials say it helps.\n\nRange of Motion\n", .text) == ["2 Range of Motion"])
    }

    @Test(arguments: [
        ("# Title", ["1 Title"]), ("### Results ###", ["3 Results"]), ("## C# tips", ["2 C# tips"]), ("#hashtag", []),
        ("####### seven", []), ("#", []), ("Not # a heading", []), ("## What the *studies* found\nNext line.", ["2 What the *studies* found"]),
        ("Setext one\n===", ["1 Setext one"]), ("Setext two\n---", ["2 Setext two"]), ("##   [Linked](https://x.example)  ", ["2 [Linked](https://x.example)"]),
    ] as [(String, [String])])
    func markdownHeadingsKeepTheirLevelAndInlineMarksButNotTheirHashes(_ text: String, _ expected: [String]) throws {
        #expect(try headings(text + "\n\nA closing paragraph.\n", .markdown) == expected)
    }

    @Test func htmlHeadingsHaveTheirTagsLevel() throws {
        // The article is read through the main-text extraction: a heading that is mostly a link is
        // navigation there, so the linked word sits in a heading of words of its own.
        let html = "<html><body><h1>Title</h1><p>Text here about the first thing that happened.</p>"
            + "<h3>The second part of the <a href=\"https://x.example\">story</a></h3>"
            + "<p>More text about what happened next, in a whole sentence.</p></body></html>"
        #expect(try headings(html, .html) == ["1 Title", "3 The second part of the story"])
    }
}
