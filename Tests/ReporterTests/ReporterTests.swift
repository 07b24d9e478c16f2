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

    @Test(arguments: [
        ("# Title", "Title"), ("### Results ###", "Results"), ("## C# tips", "C# tips"), ("#hashtag", nil),
        ("####### seven", nil), ("#", nil), ("# Two\nlines", nil), ("Not # a heading", nil),
    ] as [(String, String?)])
    func markdownHeadingLinesLoseTheirMarks(_ line: String, _ heading: String?) {
        #expect(HTMLReportRenderer.markdownHeading(line) == heading)
    }

    @Test func markdownArticlesShowHeadingsAsHeadings() throws {
        let text = "# Back pain\n\nThe ACA says more than 80 percent of people will have back pain.\n"
        var report = Self.report
        report.articles = [ArticleReport(path: "a.md", title: "Backs", claims: [], errors: [])]
        let page = try HTMLReportRenderer(articleTexts: ["a.md": text]).render(report)
        #expect(page.contains(#"<h3 class="article-heading">Back pain</h3>"#))
        #expect(!page.contains("# Back pain"))
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
