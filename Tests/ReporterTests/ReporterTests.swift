import FactCheckModel
import Foundation
import Testing
@testable import Reporter

@Suite struct ReporterTests {
    static let claim = Claim(
        id: "c-0000abcd", text: "more than 80 percent of people will have back pain",
        sentence: "The ACA says more than 80 percent of people will have back pain.",
        span: TextSpan(start: 13, end: 64, line: 3, column: 14), kind: .statistic, checkworthiness: 0.93,
        attribution: Attribution(source: "ACA", vague: false), hedges: [],
        quantities: [Quantity(text: "more than 80 percent", value: 80, unit: "percent", bound: .lower)], citations: [])

    static let report = Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: [
        ArticleReport(path: "a.txt", title: "Backs", claims: [
            ClaimCheck(
                claim: claim, sources: [SourceSummary(url: "https://example.org/f", origin: .registry, status: .ok, title: "Facts", reason: nil)],
                verdict: .overstated, confidence: 0.82,
                reason: "source gives an upper bound (as much as 80 percent); the article states a lower bound (more than 80 percent)",
                evidence: [Evidence(url: "https://example.org/f", title: "Facts", quote: "as much as 80 percent of the population",
                                    stance: .qualifies, score: 0.9, fragmentURL: "https://example.org/f#:~:text=as%20much")]),
            ClaimCheck(
                claim: Claim(id: "c-1", text: "massage reduces cortisol", sentence: "Studies have shown massage reduces cortisol.",
                             span: TextSpan(start: 0, end: 5, line: 1, column: 1), kind: .causal, checkworthiness: 0.9,
                             attribution: Attribution(source: "Studies have shown", vague: true), hedges: [], quantities: [], citations: []),
                sources: [
                    SourceSummary(url: "https://dead.example/x", origin: .link, status: .notFound, title: nil, reason: "not found (HTTP 404)"),
                    SourceSummary(
                        url: "https://doi.org/10.5555/x", origin: .link, status: .ok, title: "Old trial", reason: nil,
                        retraction: Retraction(kind: .retracted, notice: "https://doi.org/10.5555/notice", retracts: nil)),
                ],
                verdict: .sourceUnavailable, confidence: 0.9, reason: "the cited source could not be read", evidence: []),
        ], errors: []),
        ArticleReport(path: "bad.txt", title: nil, claims: [], errors: [ReportError(message: "bad.txt: the file is empty")]),
    ])

    @Test func textPutsFindingsFirstWithWhyAndTheQuote() throws {
        let text = try TextReportRenderer().render(Self.report)
        #expect(text.contains("OVERSTATED  line 3:14  priority 0.77  confidence 0.82  c-0000abcd"))
        #expect(text.contains("why: source gives an upper bound"))
        #expect(text.contains("source qualifies: \"as much as 80 percent of the population\""))
        #expect(text.contains("unavailable: https://dead.example/x — not found (HTTP 404)"))
        #expect(text.contains("RETRACTED source: https://doi.org/10.5555/x (notice: https://doi.org/10.5555/notice)"))
        #expect(text.contains("error: bad.txt: the file is empty"))
        #expect(text.hasSuffix("2 articles, 2 claims: 1 overstated, 1 source-unavailable; 1 error\n"))
        #expect(!text.contains("\u{1B}["), "no colour unless asked")
        #expect(try TextReportRenderer(color: true).render(Self.report).contains("\u{1B}[1;33mOVERSTATED\u{1B}[0m"))
    }

    @Test func htmlAndMarkdownFlagARetractedSourceWithItsNotice() throws {
        let page = try HTMLReportRenderer().render(Self.report)
        #expect(page.contains(#"<p class="retraction" role="alert"><b>Retracted source:</b> <a href="https://doi.org/10.5555/x""#))
        #expect(page.contains(#"(notice: <a href="https://doi.org/10.5555/notice""#))
        #expect(page.components(separatedBy: "class=\"retraction\"").count == 2, "one flag, on the claim that cites it")
        let markdown = try MarkdownReportRenderer().render(Self.report)
        #expect(markdown.contains("⚠️ **Retracted source**: [Old trial](<https://doi.org/10.5555/x>) ([the retraction notice](<https://doi.org/10.5555/notice>))"))
    }

    /// The ranges of `words` in `text`, as the extractor reports headings.
    static func heading(_ words: String, in text: String, level: Int) -> ArticleHeading {
        let span = ArticleLayoutTests.span(text, words)
        return ArticleHeading(start: span.start, end: span.end, level: level)
    }

    @Test func headingsShowAsHeadingsByLevelWithoutTheirMarks() throws {
        let text = "# Back pain\n\nNo claim here.\n\n## What the *studies* found\nA trial ran.\n\n### Range ###\n\nSection <script>x</script>\n"
        var report = Self.report
        report.articles = [ArticleReport(path: "a.md", title: "Backs", claims: [], errors: [])]
        let headings = [
            Self.heading("Back pain", in: text, level: 1), Self.heading("What the *studies* found", in: text, level: 2),
            Self.heading("Range", in: text, level: 3), Self.heading("Section <script>x</script>", in: text, level: 2),
        ]
        let page = try HTMLReportRenderer(articleTexts: ["a.md": ArticleText(text: text, headings: headings)]).render(report)
        #expect(page.contains(#"<h2 class="article-heading">Back pain</h2>"#), "a first heading that is not the title stays")
        #expect(page.contains(#"<h2 class="article-heading">What the <em>studies</em> found</h2>"#))
        #expect(page.contains("<p>A trial ran.</p>"), "the line under a heading is a paragraph of its own")
        #expect(page.contains(#"<h3 class="article-heading">Range</h3>"#))
        #expect(page.contains(#"<h2 class="article-heading">Section &lt;script&gt;x&lt;/script&gt;</h2>"#))
        #expect(!(try #require(page.components(separatedBy: "<main>").last)).contains("#"), "no heading marks in the article")
        // Without the headings, the same text is paragraphs, marks and all.
        let plain = try HTMLReportRenderer(articleTexts: ["a.md": ArticleText(text: text)]).render(report)
        #expect(!plain.contains(#"class="article-heading""#) && plain.contains("## What the <em>studies</em> found"))
    }

    @Test func aClaimInAHeadingIsStillHighlightedWithItsCard() throws {
        let text = "Most adults sleep badly, a survey of 2,000 finds\n\nThe ACA says more than 80 percent of people will have back pain.\n"
        var report = Self.report
        var check = report.articles[0].claims[0]
        check.claim.text = "Most adults sleep badly"
        check.claim.span = ArticleLayoutTests.span(text, "Most adults sleep badly")
        report.articles = [ArticleReport(path: "a.txt", title: nil, claims: [check], errors: [])]
        let headings = [Self.heading("Most adults sleep badly, a survey of 2,000 finds", in: text, level: 1)]
        let page = try HTMLReportRenderer(articleTexts: ["a.txt": ArticleText(text: text, headings: headings)]).render(report)
        #expect(page.contains(#"<h2 class="article-heading"><mark class="claim v-overstated" id="claim-1">"#))
        #expect(page.contains("Most adults sleep badly</mark>, a survey of 2,000 finds</h2></div><div class=\"notes\"><article class=\"card v-overstated\" id=\"card-1\">"))
    }

    @Test func jsonIsStableAndFollowsTheContract() throws {
        let first = try JSONReportRenderer().render(Self.report)
        let second = try JSONReportRenderer().render(Self.report)
        #expect(first == second)
        #expect(first.contains("\"schema_version\" : 1"))
        #expect(first.contains("\"fragment_url\" : \"https://example.org/f#:~:text=as%20much\""))
        #expect(first.contains("\"by_verdict\""))
        let decoded = try JSONDecoder().decode(Report.self, from: Data(first.utf8))
        #expect(decoded.summary == Self.report.summary)
        #expect(decoded.articles[0].claims[0].claim == Self.claim)
    }
}
