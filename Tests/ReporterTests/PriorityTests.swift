import FactCheckModel
import Foundation
import Testing
@testable import Reporter

/// Claims with the same verdict lead with what an editor must chase first (``ClaimPriority``), in
/// every format a person reads, and the JSON report carries the number.
@Suite struct PriorityTests {
    static func claim(_ id: String, _ text: String, line: Int, kind: Claim.Kind = .general, checkworthiness: Double = 0.9,
                      attribution: Attribution? = nil, quantities: [Quantity] = []) -> Claim {
        Claim(id: id, text: text, sentence: text + ".", span: TextSpan(start: line * 100, end: line * 100 + text.count, line: line, column: 1),
              kind: kind, checkworthiness: checkworthiness, attribution: attribution, hedges: [], quantities: quantities, citations: [])
    }

    static let balm = claim("c-00000001", "a massage is a great balm for a long week", line: 1, checkworthiness: 0.8)
    static let cortisol = claim("c-00000002", "massage can reduce cortisol in the bloodstream", line: 2, kind: .causal,
                                attribution: Attribution(source: "Studies have shown", vague: true))
    static let figure = claim("c-00000003", "more than 80 percent of adults book a massage", line: 3, kind: .statistic,
                              quantities: [Quantity(text: "more than 80 percent", value: 80, unit: "percent", bound: .lower)])

    static let report = Report(tool: .init(name: "factcheck", version: "0.1.0"), articles: [
        ArticleReport(path: "a.txt", title: "Massage", claims: [balm, cortisol, figure].map { claim in
            ClaimCheck(claim: claim, sources: [], verdict: .needsCitation, confidence: 0.9, reason: "no source cited", evidence: [])
        }, errors: []),
    ])

    @Test func theVagueHealthClaimOutranksTheVagueOpinionAndTheFigureComesBetween() {
        #expect(ClaimPriority.of(Self.cortisol) == 0.76)  // 0.36 + vague 0.2 + causal 0.2
        #expect(ClaimPriority.of(Self.figure) == 0.56)    // 0.36 + a figure 0.2
        #expect(ClaimPriority.of(Self.balm) == 0.32)      // 0.32 only
        var named = Self.balm
        named.attribution = Attribution(source: "the Massage Council", vague: false)
        #expect(ClaimPriority.of(named) == 0.42, "a named source is something a reader can check: specific")
        #expect(ClaimPriority.of(Self.claim("c-4", "walking lowers blood pressure", line: 4, checkworthiness: 0)) == 0.2, "health")
    }

    @Test func textAndMarkdownListTheSameVerdictByPriority() throws {
        let text = try TextReportRenderer().render(Self.report)
        let positions = [Self.cortisol, Self.figure, Self.balm].map { text.range(of: $0.text)!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.contains("NEEDS-CITATION  line 2:1  priority 0.76  confidence 0.90  c-00000002"))
        let markdown = try MarkdownReportRenderer().render(Self.report)
        let inMarkdown = [Self.cortisol, Self.figure, Self.balm].map { markdown.range(of: $0.text)!.lowerBound }
        #expect(inMarkdown == inMarkdown.sorted())
        #expect(markdown.contains("priority 0.76 · confidence 0.90"))
    }

    @Test func htmlCardsBesideOneParagraphLeadWithPriority() throws {
        let text = "\(Self.balm.text). \(Self.cortisol.text). \(Self.figure.text).\n"
        var report = Self.report
        var offset = 0
        for index in report.articles[0].claims.indices {
            let length = report.articles[0].claims[index].claim.text.unicodeScalars.count
            report.articles[0].claims[index].claim.span = TextSpan(start: offset, end: offset + length, line: 1, column: offset + 1)
            offset += length + 2
        }
        let page = try HTMLReportRenderer(articleTexts: ["a.txt": ArticleText(text: text)]).render(report)
        let cards = page.components(separatedBy: "<article class=\"card").dropFirst().map { card in
            [Self.cortisol, Self.figure, Self.balm].firstIndex { card.contains($0.text) } ?? -1
        }
        #expect(cards == [0, 1, 2], "cards in priority order: \(cards)")
        #expect(page.contains("priority 0.76 · confidence 0.90"))
        // The page's list of findings leads with the most urgent, each linked to its card (cards are
        // numbered in reading order: balm 1, cortisol 2, figure 3).
        let list = try #require(page.components(separatedBy: "Findings, most urgent first").last?.components(separatedBy: "</ol>").first)
        let links = list.components(separatedBy: "href=\"#card-").dropFirst().map { $0.prefix(1) }
        #expect(links == ["2", "3", "1"], "\(list)")
        #expect(list.contains("priority 0.76</span> “massage can reduce cortisol in the bloodstream”"))
    }

    @Test func jsonCarriesPriorityAndStaysSchemaVersionOne() throws {
        let json = try JSONReportRenderer().render(Self.report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        let claims = try #require(((object["articles"] as? [[String: Any]])?.first)?["claims"] as? [[String: Any]])
        #expect(claims.map { $0["priority"] as? Double } == [0.32, 0.76, 0.56])
        #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)).articles[0].claims.count == 3)
    }
}
