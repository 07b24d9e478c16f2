import FactCheckModel
import Foundation
import Testing
@testable import Reporter

/// The HTML report as an editor reads it: Markdown marks rendered, the title once, local sources by
/// their relative path, every source read with its status, when and with what the check ran, a
/// way back to the index, and what the numbers mean; Markdown and text name local files the same way.
@Suite struct EditorPageTests {
    static let folder = "/home/ann/desk"
    static let localSource = "/home/ann/desk/sources/sleep-facts.html"

    static func report(path: String, title: String?) -> Report {
        let claimText = "more than 60 percent of adults sleep badly"
        let claim = Claim(
            id: "c-0000abcd", text: claimText, sentence: "The institute says \(claimText).",
            span: TextSpan(start: 0, end: 0, line: 3, column: 20), kind: .statistic, checkworthiness: 0.9,
            attribution: Attribution(source: "the institute", vague: false), hedges: [],
            quantities: [Quantity(text: "more than 60 percent", value: 60, unit: "percent", bound: .lower)], citations: [])
        let check = ClaimCheck(
            claim: claim,
            sources: [
                SourceSummary(url: localSource, origin: .registry, status: .ok, title: "Sleep facts", reason: nil),
                SourceSummary(url: "https://gone.example/page", origin: .link, status: .notFound, title: nil, reason: "not found (HTTP 404)"),
            ],
            verdict: .overstated, confidence: 0.82, reason: "the source gives an upper bound",
            evidence: [Evidence(url: localSource, title: "Sleep facts", quote: "As many as 60 percent of adults sleep badly.",
                                stance: .qualifies, score: 0.9, fragmentURL: nil)])
        return Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: [ArticleReport(path: path, title: title, claims: [check], errors: [])])
    }

    /// The report with the claim's span set where its text is in `text`.
    static func page(path: String, title: String?, text: String, headings: [ArticleHeading] = []) throws -> String {
        var report = report(path: path, title: title)
        let scalars = Array(text.unicodeScalars)
        let needle = Array(report.articles[0].claims[0].claim.text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }!
        report.articles[0].claims[0].claim.span = TextSpan(start: start, end: start + needle.count, line: 3, column: 20)
        var renderer = HTMLReportRenderer(articleTexts: [path: ArticleText(text: text, headings: headings)])
        renderer.localPaths = LocalSourcePath(folder: folder)
        renderer.checkedAt = "2026-12-06 10:30 UTC"
        return try renderer.render(report)
    }

    static let markdownArticle = """
        # Sleep, *really*

        The institute says more than 60 percent of adults sleep badly. Try `sleep --now` or [read more](https://example.org/more).

        *Jordan Ames is a freelance writer living in Leeds.*
        """

    @Test(arguments: [[], [ArticleHeading(start: 2, end: 17, level: 1)]])
    func markdownEmphasisCodeAndLinksRenderAndTheTitleShowsOnce(_ headings: [ArticleHeading]) throws {
        let page = try Self.page(path: "sleep.md", title: "Sleep, really", text: Self.markdownArticle, headings: headings)
        #expect(page.contains("<em>Jordan Ames is a freelance writer living in Leeds.</em>"))
        #expect(!page.contains("*Jordan"))
        #expect(page.contains("<code>sleep --now</code>"))
        #expect(page.contains(#"<a href="https://example.org/more" rel="noopener noreferrer">read more</a>"#))
        let main = try #require(page.components(separatedBy: "<main>").last)
        #expect(!main.contains(#"class="article-heading""#), "the title is the page's heading, not repeated in the article")
        #expect(!main.contains("Sleep, "))
        #expect(page.components(separatedBy: "<h1>").count == 2)
    }

    @Test func aPlainTextTitleShowsOnceAndLaterHeadingsStay() throws {
        let text = "Sleep badly\n\nThe institute says more than 60 percent of adults sleep badly.\n\nSleep badly\n"
        // As the plain-text reader finds them: the first line the title, the last a section heading.
        let headings = [ArticleHeading(start: 0, end: 11, level: 1), ArticleHeading(start: 77, end: 88, level: 2)]
        let page = try Self.page(path: "sleep.txt", title: "Sleep badly", text: text, headings: headings)
        let main = try #require(page.components(separatedBy: "<main>").last)
        #expect(main.components(separatedBy: "Sleep badly").count == 2, "only the later repeat stays in the article")
        #expect(main.contains(#"<h2 class="article-heading">Sleep badly</h2>"#), "and it is a heading")
        #expect(page.contains("<h1>Sleep badly</h1>"))
        #expect(!main.contains("<em>"), "nothing is read as Markdown in a .txt article")
    }

    @Test func inlineMarkdownIsEscapedAndLeavesWhatDoesNotClose() {
        #expect(MarkdownInlineHTML.render("*<b>x</b>* and **bold** and snake_case_name and 2 * 3 * 4").markup
            == "<em>&lt;b&gt;x&lt;/b&gt;</em> and <strong>bold</strong> and snake_case_name and 2 * 3 * 4")
        #expect(MarkdownInlineHTML.render("[click](javascript:alert(1))").markup == "click)", "no link, label as text")
        #expect(MarkdownInlineHTML.render("a *lone star").markup == "a *lone star")
        #expect(MarkdownInlineHTML.render("_under_ and \\*escaped\\*").markup == "<em>under</em> and *escaped*")
    }

    @Test func localSourcesAreNamedRelativeToTheConfigurationEverywhere() throws {
        let page = try Self.page(path: "sleep.md", title: "Sleep, really", text: Self.markdownArticle)
        #expect(page.contains("Sleep facts</span> <span class=\"url\">(local file sources/sleep-facts.html)</span>"))
        #expect(!page.contains("/home/ann"))
        #expect(page.contains("local source files are named by their path relative to the configuration"))
        let paths = LocalSourcePath(folder: Self.folder)
        let markdown = try MarkdownReportRenderer(localPaths: paths).render(Self.report(path: "sleep.md", title: nil))
        #expect(markdown.contains("Sleep facts (sources/sleep-facts.html)"))
        #expect(!markdown.contains("/home/ann"))
        let text = try TextReportRenderer(localPaths: paths).render(Self.report(path: "sleep.md", title: nil))
        #expect(text.contains("Sleep facts — sources/sleep-facts.html"))
        #expect(!text.contains("/home/ann"))
        #expect(LocalSourcePath(folder: "/home/ann/desk/config").shown(Self.localSource) == "../sources/sleep-facts.html")
        #expect(LocalSourcePath(folder: Self.folder).shown("https://example.org/a") == "https://example.org/a")
    }

    @Test func thePageListsEverySourceSaysWhenAndLinksBackToTheIndex() throws {
        let page = try Self.page(path: "sleep.md", title: "Sleep, really", text: Self.markdownArticle)
        #expect(page.contains("<h2>Sources read (2)</h2>"))
        #expect(page.contains(#"<span class="status s-ok">ok</span> <span class="title">Sleep facts</span>"#))
        #expect(page.contains(#"<span class="status s-not-found">not-found</span> <a href="https://gone.example/page""#))
        #expect(page.contains("— not found (HTTP 404)</li>"))
        #expect(page.contains("checked <time>2026-12-06 10:30 UTC</time> by factcheck 0.1.0"))
        #expect(page.contains(#"<a class="back" href="index.html">"#))
        #expect(page.contains("<b>Confidence</b> (0–1) is how sure factcheck is of its verdict"))
        let index = try HTMLIndexRenderer(reportFiles: ["sleep.html"], checkedAt: "2026-12-06 10:30 UTC").render(Self.report(path: "sleep.md", title: nil))
        #expect(index.contains("checked <time>2026-12-06 10:30 UTC</time> by factcheck 0.1.0"))
    }
}
