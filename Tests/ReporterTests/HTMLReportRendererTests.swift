import FactCheckModel
import Testing
@testable import Reporter

@Suite struct HTMLReportRendererTests {
    @Test func hostileArticleAndSourceTextNeverBecomesMarkup() throws {
        let page = try HTMLReportRenderer(articleTexts: HostileFixtures.context.articleTexts).render(HostileFixtures.report)
        let (tags, style) = try HTMLMarkupScanner.scan(page)
        // Only the templates' own tags and attributes: nothing from the article or the source.
        let unknownTags = Set(tags.map(\.name)).subtracting(HTMLMarkupScanner.allowedTags)
        #expect(unknownTags.isEmpty, "injected tags: \(unknownTags)")
        let attributeNames = Set(tags.flatMap { $0.attributes.map(\.name) })
        #expect(attributeNames.isSubset(of: HTMLMarkupScanner.allowedAttributes), "injected attributes: \(attributeNames.subtracting(HTMLMarkupScanner.allowedAttributes))")
        #expect(!tags.contains { $0.name == "script" })
        // The style element holds exactly the template's CSS: a `</style>` in the text did not end it.
        #expect(style == HTMLTemplates.style.markup)
        // Links: same-page anchors, or http(s) only; javascript: and data: stay text.
        let hrefs = tags.flatMap { $0.attributes.filter { $0.name == "href" }.map(\.value) }
        // (and the template's own link back to the batch's index page).
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://") || $0.hasPrefix("http://") || $0 == "index.html" }, "\(hrefs)")
        #expect(hrefs.contains("https://example.org/ok#:~:text=A%20fine%20quote."))
        #expect(!hrefs.contains { $0.lowercased().contains("javascript") || $0.lowercased().hasPrefix("data:") })
        // An attribute breaker inside an allowed URL is escaped, not a new attribute.
        #expect(hrefs.contains("https://example.org/a#:~:text=%3Cscript%3E&quot; onmouseover=&quot;alert(17)") == false, "a URL with a quote is not linked")
        // The hostile text is still there for the editor to read, as text.
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; cuts &quot; onmouseover=&quot;alert(2)&quot;"))
        #expect(page.contains("javascript:alert(9)//"))
        #expect(page.contains("{{body}}"), "a slot marker in the article is text, not a slot")
        #expect(!page.contains("\u{0}"))
    }

    @Test func theArticleIsShownWithEachClaimHighlightedAndItsCardBesideIt() throws {
        let text = "Headline\n\nThe ACA says more than 80 percent of people will have back pain. Fine.\n\nStudies have shown massage reduces cortisol.\n"
        let report = Self.report(text: text)
        let page = try HTMLReportRenderer(articleTexts: ["a.txt": ArticleText(text: text)]).render(report)
        #expect(page.contains("<mark class=\"claim v-overstated\" id=\"claim-1\"><a class=\"tag\" href=\"#card-1\">\(Verdict.overstated.symbol) Overstated</a> more than 80 percent of people will have back pain</mark>"))
        #expect(page.contains("<mark class=\"claim v-needs-citation\" id=\"claim-2\">"))
        #expect(page.contains("<article class=\"card v-overstated\" id=\"card-1\">"))
        #expect(page.contains("confidence 0.82"))
        #expect(page.contains("<blockquote>as much as 80 percent of the population</blockquote>"))
        #expect(page.contains("<a href=\"https://example.org/f#:~:text=as%20much\" rel=\"noopener noreferrer\">Facts</a>"))
        #expect(page.contains("<span class=\"status\">not-found</span>"))
        #expect(page.contains("not found (HTTP 404)"))
        // Summary bar: all, then each verdict present, with counts; the filters exist for every verdict.
        #expect(page.contains("All claims <b class=\"count\">2</b>"))
        #expect(page.contains("Overstated <b class=\"count\">1</b>"))
        for verdict in Verdict.allCases {
            #expect(page.contains("id=\"show-\(verdict.rawValue)\""))
        }
        // The card sits in the same block as its paragraph.
        let blocks = page.components(separatedBy: "<section class=\"block\">")
        #expect(blocks.count == 4)
        #expect(blocks[2].contains("claim-1") && blocks[2].contains("card-1"))
        #expect(blocks[3].contains("claim-2") && blocks[3].contains("card-2"))
    }

    @Test func withoutTheArticleTextOrWhenItChangedTheClaimsAreListed() throws {
        let report = Self.report(text: "")
        let missing = try HTMLReportRenderer().render(report)
        #expect(missing.contains("The article text is not part of this report"))
        #expect(missing.contains("id=\"card-1\"") && missing.contains("id=\"card-2\""))
        #expect(!missing.contains("<mark"))
        let changed = try HTMLReportRenderer(articleTexts: ["a.txt": ArticleText(text: String(repeating: "Something else entirely. ", count: 10))]).render(report)
        #expect(changed.contains("The article has changed since it was checked"))
    }

    @Test func theStyleHasFiltersAndColoursForEveryVerdictAndAPrintStyle() {
        let css = HTMLTemplates.style.markup
        for verdict in Verdict.allCases {
            #expect(css.contains(".v-\(verdict.rawValue) {"), "colour for \(verdict)")
            #expect(css.contains("#show-\(verdict.rawValue):checked ~ main .card:not(.v-\(verdict.rawValue))"), "filter for \(verdict)")
            #expect(css.contains("label[for=\"show-\(verdict.rawValue)\"]"))
        }
        #expect(css.contains("@media print"))
        #expect(!css.contains("url("), "no external requests")
    }

    @Test func thePageIsSelfContained() throws {
        let page = try HTMLReportRenderer(articleTexts: HostileFixtures.context.articleTexts).render(HostileFixtures.report)
        let (tags, _) = try HTMLMarkupScanner.scan(page)
        #expect(!tags.contains { ["script", "link", "img", "iframe", "object", "embed"].contains($0.name) })
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"))
    }

    @Test func everyPageCarriesTheSameLockedDownHead() throws {
        let page = try HTMLReportRenderer(articleTexts: HostileFixtures.context.articleTexts).render(HostileFixtures.report)
        let index = try HTMLIndexRenderer(reportFiles: ["a.html"]).render(HostileFixtures.report)
        func head(_ html: String) -> Substring {
            html[..<(html.range(of: "<title>")?.lowerBound ?? html.startIndex)]
        }
        #expect(head(index).contains("Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(head(index).contains("<meta name=\"referrer\" content=\"no-referrer\">"))
        #expect(head(page) == head(index))
        #expect(index.contains("<title>factcheck reports</title>"))
        #expect(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>"))
    }

    @Test func everyTemplateSlotIsFilled() throws {
        // A slot left empty trips an assertion in debug builds; rendering every kind of page and
        // piece (claims-only, hostile, index) exercises them all.
        _ = try HTMLReportRenderer().render(HostileFixtures.report)
        _ = try HTMLReportRenderer(articleTexts: HostileFixtures.context.articleTexts).render(HostileFixtures.report)
        _ = try HTMLIndexRenderer(reportFiles: ["a.html"]).render(HostileFixtures.report)
        let template = HTMLTemplate("<p>{{a}} and {{b}}</p>")
        #expect(template.slots == ["a", "b"])
        #expect(template.render(["a": HTML(text: "{{b}}"), "b": HTML(text: "<x>")]).markup == "<p>{{b}} and &lt;x&gt;</p>")
    }

    @Test func theIndexListsArticlesWithCountsAndLinks() throws {
        let index = try HTMLIndexRenderer(reportFiles: ["a.html", "bad.html"]).render(ReporterTests.report)
        #expect(index.contains("<a href=\"a.html\">Backs</a>"))
        #expect(index.contains("<a href=\"bad.html\">bad.txt</a>"))
        #expect(index.contains("2 articles, 2 claims, 1 error"))
        #expect(index.contains("<td class=\"count v-overstated\">1</td>"))
        #expect(index.contains("<td class=\"count v-contradicted zero\">0</td>"))
        let (tags, _) = try HTMLMarkupScanner.scan(index)
        #expect(Set(tags.map(\.name)).isSubset(of: HTMLMarkupScanner.allowedTags))
    }

    @Test func escapingCoversTextAndAttributes() {
        #expect(HTML(text: "<a href=\"x\" title='y'>&amp;</a>").markup == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTML(text: "a\u{0}b\u{1B}c\u{85}d\te\n").markup == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\n")
    }

    /// ReporterTests' report, with spans into `text`.
    static func report(text: String) -> Report {
        var report = ReporterTests.report
        var checks = report.articles[0].claims
        func span(of needle: String, line: Int) -> TextSpan {
            let scalars = Array(text.unicodeScalars)
            let wanted = Array(needle.unicodeScalars)
            var start = 0
            while start + wanted.count <= scalars.count, !scalars[start..<(start + wanted.count)].elementsEqual(wanted) { start += 1 }
            return TextSpan(start: start, end: start + wanted.count, line: line, column: 1)
        }
        if !text.isEmpty {
            checks[0].claim.span = span(of: checks[0].claim.text, line: 3)
            checks[1].claim.span = span(of: checks[1].claim.text, line: 5)
            checks[1].verdict = .needsCitation
        }
        report.articles = [ArticleReport(path: "a.txt", title: "Backs", claims: checks, errors: [])]
        return report
    }
}
