import FactCheck
import FactCheckModel
import Foundation
import Testing

/// One article of the cases editors get wrong, through the whole pipeline (extraction, source
/// planning from the registry, local source files, scoring): each claim's verdict and why.
@Suite struct EditorHardCasesTests {
    static let trial = """
    <html><head><title>Green tea trial</title></head><body><article>
    <p>Drinking three cups of green tea a day for 12 weeks may reduce systolic blood pressure by up to 4 mmHg.</p>
    <p>Some participants reported mild headaches.</p>
    <p>Caffeine intake rose by 7% in the tea group.</p>
    <p>The trial enrolled 2,400 adults aged 50 to 70 years.</p>
    <p>Green tea did not reduce the risk of stroke in the trial.</p>
    </article></body></html>
    """
    static let review = """
    <html><head><title>Green tea review</title></head><body><article>
    <p>Across eleven trials, green tea reduced the risk of stroke by 20 percent.</p>
    <p>Green tea lowered body weight by about 1.3 kg compared with placebo.</p>
    </article></body></html>
    """
    static let article = """
    Green tea: the facts

    A trial by the Harbour Clinical Unit found that three cups of green tea a day reduce systolic blood pressure by 4 mmHg.

    According to the Harbour Clinical Unit, most participants reported mild headaches.

    The Harbour Clinical Unit found that caffeine intake roughly halved in the tea group.

    The Harbour Clinical Unit trial enrolled 3,000 adults aged 50 to 70.

    Green tea reduces the risk of stroke, say the Harbour Clinical Unit and the Eastgate Institute.

    The Harbour Clinical Unit found that green tea cuts blood pressure, and the Eastgate Institute says green tea lowers body weight by about 1.3 kg.
    """

    @Test func eachClaimGetsTheVerdictAnEditorWouldGive() async throws {
        let workspace = try TestWorkspace()
        let trial = try workspace.write("sources/trial.html", Self.trial)
        let review = try workspace.write("sources/review.html", Self.review)
        let article = try workspace.write("tea.txt", Self.article)
        var configuration = Configuration()
        configuration.searchEnabled = false  // tests never reach outside hosts
        configuration.registry = SourceRegistry(entries: [
            .init(name: "Harbour Clinical Unit", aliases: [], urls: [], files: [trial]),
            .init(name: "Eastgate Institute", aliases: [], urls: [], files: [review]),
        ])
        let report = await FactChecker(configuration: configuration, options: CheckOptions()).check(paths: [article])
        let claims = try #require(report.articles.first?.claims)
        func verdict(_ words: String) -> (Verdict, String)? {
            claims.first { $0.claim.text.contains(words) }.map { ($0.verdict, $0.reason) }
        }
        // A bound and a hedge dropped.
        #expect(verdict("systolic blood pressure by 4 mmHg")?.0 == .overstated)
        // "some" became "most"; the sentence scores low on check-worthiness but names a registered source.
        #expect(verdict("most participants")?.0 == .overstated)
        #expect(verdict("most participants")?.1 == "source speaks of 'some'; the article says 'most'")
        // "halved" against "rose by 7%".
        #expect(verdict("roughly halved")?.1 == "source reports rose by 7%; the article says roughly halved")
        // A sample size restated wrongly, with the trust named but not credited.
        #expect(verdict("3,000 adults")?.1 == "source reports 2,400 adults; the article says 3,000 adults")
        // Two registered sources credited after the claim, and they disagree.
        #expect(verdict("risk of stroke")?.0 == .disputed)
        // Two claims, two sources, in one sentence.
        let weight = try #require(claims.first { $0.claim.text.contains("body weight") })
        #expect(weight.claim.text == "green tea lowers body weight by about 1.3 kg")
        #expect(weight.claim.attribution?.source == "Eastgate Institute")
        #expect(weight.verdict == .supported)
        #expect(claims.contains { $0.claim.text == "green tea cuts blood pressure" && $0.claim.attribution?.source == "Harbour Clinical Unit" })
    }
}
