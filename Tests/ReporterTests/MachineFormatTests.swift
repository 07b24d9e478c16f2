import FactCheckModel
import Foundation
import Testing
@testable import Reporter

@Suite struct MachineFormatTests {
    static let report = ReporterTests.report

    @Test func sarifHasOneResultPerFindingWithARulePerVerdict() throws {
        let text = try SARIFReportRenderer().render(Self.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "factcheck")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] as? String == SARIFReportRenderer.informationURI)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["factcheck/contradicted", "factcheck/overstated", "factcheck/disputed",
                                                              "factcheck/source-unavailable", "factcheck/needs-citation", "factcheck/unverified"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let first = results[0]
        #expect(first["ruleId"] as? String == "factcheck/overstated")
        #expect(first["ruleIndex"] as? Int == 1)
        #expect(first["level"] as? String == "warning")
        let location = try #require(((first["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "a.txt")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3)
        #expect(region["startColumn"] as? Int == 14)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        #expect(((first["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("Overstated: “more than 80 percent") == true)
        // The unreadable article is a notification, and the run says it did not fully succeed.
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((invocation["toolExecutionNotifications"] as? [[String: Any]])?.count == 1)
        #expect(try SARIFReportRenderer().render(Self.report) == text, "byte-stable")
    }

    @Test func artifactURIsAreRelativeAndEncoded() {
        #expect(ArtifactURI.make(path: "./docs/my article.md") == "docs/my%20article.md")
        #expect(ArtifactURI.make(path: "c:notes#1.md") == "c%3Anotes%231.md")
        #expect(ArtifactURI.make(path: "/abs/ü.md") == "file:///abs/%C3%BC.md")
    }

    @Test func junitFailsExactlyTheFailOnVerdicts() throws {
        let xml = try JUnitReportRenderer(failOn: [.sourceUnavailable]).render(Self.report)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factcheck\" tests=\"3\" failures=\"1\" errors=\"1\""))
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 3)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 1)
        #expect(xml.contains("<failure message=\"source-unavailable: the cited source could not be read\" type=\"source-unavailable\">"))
        #expect(xml.contains("<error message=\"bad.txt: the file is empty\" type=\"unreadable-article\">"))
        let none = try JUnitReportRenderer(failOn: []).render(Self.report)
        #expect(!none.contains("<failure"))
        let hostile = try JUnitReportRenderer(failOn: [.contradicted]).render(HostileFixtures.report)
        #expect(!hostile.contains("<script"))
        #expect(hostile.contains("&lt;script&gt;"))
    }

    @Test func githubAnnotationsEscapeDataAndProperties() throws {
        let out = try GitHubAnnotationRenderer().render(Self.report)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("::warning file=a.txt,line=3,col=14,title=factcheck%3A overstated claim (c-0000abcd)::Overstated: “more than 80 percent"))
        #expect(lines[0].contains("%0ASource qualifies"))
        #expect(lines[0].hasSuffix("https://example.org/f#:~:text=as%2520much"), "% in a message is escaped")
        #expect(lines[1].hasPrefix("::warning file=a.txt,line=1,col=1,title=factcheck%3A source unavailable claim (c-1)::"))
        #expect(lines[2] == "::error file=bad.txt,title=factcheck%3A article not checked::bad.txt: the file is empty")
        #expect(WorkflowCommand.escapeProperty("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae")
        #expect(WorkflowCommand.escapeData("50% ::error::x\ny") == "50%25 ::error::x%0Ay")
        // A hostile path or message cannot start a second command on its own line.
        let hostile = try GitHubAnnotationRenderer().render(HostileFixtures.report)
        #expect(hostile.split(separator: "\n").allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test func markdownHasASummaryTableFindingsAndInertText() throws {
        let md = try MarkdownReportRenderer().render(Self.report)
        #expect(md.hasPrefix("## factcheck: 2 claims in 2 articles, 1 error\n\n| verdict | claims |\n|---|---:|\n"))
        #expect(md.contains("| \(Verdict.overstated.symbol) Overstated | 1 |"))
        #expect(md.contains("- \(Verdict.overstated.symbol) **Overstated** · line 3:14 · priority 0.77 · confidence 0.82 · c-0000abcd  "))
        #expect(md.contains("[Facts](<https://example.org/f#:~:text=as%20much>)"))
        #expect(md.contains("- **Could not check:** bad.txt: the file is empty"))
        let hostile = try MarkdownReportRenderer().render(HostileFixtures.report)
        // Every `<` from outside is escaped (`\<`), so no tag survives.
        let unescaped = hostile.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<script") && !unescaped.contains("<svg") && !unescaped.contains("<b>") && !unescaped.contains("<style"))
        #expect(!hostile.contains("](javascript") && !hostile.contains("](<javascript") && !hostile.contains("](<data"))
        #expect(hostile.contains("\\<script\\>"))
        #expect(hostile.contains("[Fine source](<https://example.org/ok#:~:text=A%20fine%20quote.>)"))
        #expect(MarkdownText.escape("@octocat fixed #12") == "@\u{2060}octocat fixed #\u{2060}12")
    }

    @Test func claimReviewRatesJudgedClaimsOnly() throws {
        let verdicts: [Verdict] = [.supported, .overstated, .contradicted, .disputed, .unverified, .needsCitation, .sourceUnavailable]
        #expect(verdicts.map { ClaimReviewRating($0)?.value } == [5, 2, 1, 3, nil, nil, nil])
        let text = try ClaimReviewRenderer().render(Self.report)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["@context"] as? String == "https://schema.org")
        let graph = try #require(document["@graph"] as? [[String: Any]])
        #expect(graph.count == 1, "the source-unavailable claim is not a review")
        let review = graph[0]
        #expect(review["@type"] as? String == "ClaimReview")
        #expect(review["claimReviewed"] as? String == "more than 80 percent of people will have back pain")
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "overstated")
        #expect(rating["ratingValue"] as? Int == 2)
        #expect(rating["bestRating"] as? Int == 5 && rating["worstRating"] as? Int == 1)
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect((item["author"] as? [String: Any])?["name"] as? String == "ACA")
    }

    @Test func onlyHTTPAndHTTPSURLsBecomeLinks() {
        #expect(SafeLink.href("https://example.org/a#:~:text=x") != nil)
        #expect(SafeLink.href("HTTP://example.org") != nil)
        for bad in ["javascript:alert(1)", " https://example.org", "data:text/html,x", "file:///etc/passwd", "https:///x",
                    "https://exa mple.org", "https://example.org/\u{0}", "//example.org", "http:\\\\example.org", "vbscript:x", ""] {
            #expect(SafeLink.href(bad) == nil, "\(bad)")
        }
    }

    @Test func everyFormatHasARendererAndDistinctFileNames() {
        let context = RenderContext(failOn: [.contradicted])
        let extensions = ReportFormat.allCases.map { $0.renderer(context).fileExtension }
        #expect(Set(extensions).count == ReportFormat.allCases.count)
        #expect(ReportFormat.allCases.filter(\.writesFilesOnly) == [.html])
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "html", "markdown", "sarif", "junit", "github", "claimreview"])
    }
}
