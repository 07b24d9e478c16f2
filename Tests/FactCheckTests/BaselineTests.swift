import FactCheck
import FactCheckModel
import Foundation
import Testing

/// `factcheck review` and `factcheck baseline` through the real executable, as an editor and CI use them.
@Suite(.serialized) struct BaselineTests {
    /// The id of the claim whose sentence contains `words`, as `factcheck claims --format json` lists it.
    func claimID(containing words: String, in article: String, workspace: TestWorkspace) throws -> String {
        let result = try FactcheckProcess.run(["claims", "--format", "json", article], in: workspace.root.path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let claims = try #require(json["claims"] as? [[String: Any]])
        return try #require(claims.first { ($0["sentence"] as? String)?.contains(words) == true }?["id"] as? String)
    }

    @Test func reviewWritesTheLedgerAndLaterRunsReportTheEditorsVerdict() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        let id = try claimID(containing: "cortisol", in: article, workspace: workspace)

        let badVerdict = try FactcheckProcess.run(["review", id, "--verdict", "false", "--evidence", "https://example.org/s", "--article", article], in: workspace.root.path)
        #expect(badVerdict.status == 2)
        #expect(badVerdict.stderr.contains("unknown verdict"))
        let noText = try FactcheckProcess.run(["review", id, "--verdict", "contradicted", "--evidence", "https://example.org/s"], in: workspace.root.path)
        #expect(noText.status == 2)
        #expect(noText.stderr.contains("--text"))
        let wrongText = try FactcheckProcess.run(["review", id, "--verdict", "contradicted", "--evidence", "https://example.org/s", "--text", "something else"], in: workspace.root.path)
        #expect(wrongText.status == 2)

        let review = try FactcheckProcess.run(
            ["review", id, "--verdict", "contradicted", "--evidence", "https://example.org/study", "--note", "the trial found no change",
             "--reviewer", "Ann Editor", "--article", article], in: workspace.root.path)
        #expect(review.status == 0, "\(review.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.path("Claims"))
        #expect(names == ["\(id).json"])  // and no temporary file left beside it
        let entry = try ClaimLedger.readEntry(at: workspace.path("Claims/\(id).json")).get()
        #expect(entry.verdict == .contradicted && entry.reviewer == "Ann Editor" && entry.evidence.map(\.url) == ["https://example.org/study"])
        #expect(entry.reviewedAt.hasSuffix("Z"))

        // Re-reviewing needs no text: the ledger has it.
        let again = try FactcheckProcess.run(["review", id, "--verdict", "overstated", "--evidence", "https://example.org/study", "--reviewer", "Bo"], in: workspace.root.path)
        #expect(again.status == 0, "\(again.stderr)")

        let text = try FactcheckProcess.run(["check", "--no-fetch", article], in: workspace.root.path)
        #expect(text.stdout.contains("(editor's verdict, reviewed by Bo on"))
        #expect(text.stdout.contains("OVERSTATED"))

        // A broken ledger file is named on stderr and the run goes on.
        try workspace.write("Claims/c-0badf11e.json", "{")
        let warned = try FactcheckProcess.run(["check", "--no-fetch", "--format", "json", article], in: workspace.root.path)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("c-0badf11e.json: skipped: not valid JSON"))
        #expect(warned.stdout.contains("\"tool_verdict\" : \"needs-citation\"") || warned.stdout.contains("\"tool_verdict\":\"needs-citation\""))

        // ClaimReview now exports the editor's reviews, authored by the editor.
        let claimReview = try FactcheckProcess.run(["check", "--no-fetch", "--format", "claimreview", article], in: workspace.root.path)
        let graph = try #require((try JSONSerialization.jsonObject(with: Data(claimReview.stdout.utf8)) as? [String: Any])?["@graph"] as? [[String: Any]])
        #expect(graph.count == 1)
        #expect((graph.first?["author"] as? [String: Any])?["name"] as? String == "Bo")
        #expect((graph.first?["datePublished"] as? String)?.hasSuffix("Z") == true)
    }

    @Test func findingsInTheBaselineDoNotFailButANewOneDoes() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("articles/back.txt", Fixtures.backPainArticle)
        let failOn = ["--no-fetch", "--fail-on", "needs-citation"]
        let before = try FactcheckProcess.run(["check"] + failOn + ["articles"], in: workspace.root.path)
        #expect(before.status == 1)

        let baseline = try FactcheckProcess.run(["baseline"] + failOn + ["articles"], in: workspace.root.path)
        #expect(baseline.status == 0, "\(baseline.stderr)")
        let file = try Baseline.load(from: workspace.path(Baseline.defaultPath))
        #expect(!file.findings.isEmpty)
        #expect(file.findings.allSatisfy { $0.path == "articles/back.txt" && $0.verdict == .needsCitation })

        let known = try FactcheckProcess.run(["check"] + failOn + ["--baseline", Baseline.defaultPath, "articles"], in: workspace.root.path)
        #expect(known.status == 0, "\(known.stdout)")
        // The same finding seen through an absolute path is still the same finding.
        let absolute = try FactcheckProcess.run(["check"] + failOn + ["--baseline", Baseline.defaultPath, article], in: workspace.root.path)
        #expect(absolute.status == 0)

        try workspace.write("articles/new.txt", "Studies have shown that walking every day doubles your lifespan.\n")
        let new = try FactcheckProcess.run(["check"] + failOn + ["--baseline", Baseline.defaultPath, "articles"], in: workspace.root.path)
        #expect(new.status == 1)

        try workspace.write("broken-baseline.json", "[1, 2]")
        let broken = try FactcheckProcess.run(["check"] + failOn + ["--baseline", "broken-baseline.json", "articles"], in: workspace.root.path)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken-baseline.json"))
        let missing = try FactcheckProcess.run(["check"] + failOn + ["--baseline", "nope.json", "articles"], in: workspace.root.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json"))
    }

    @Test func exitStatusIgnoresOnlyBaselineFindings() {
        let claim = Claim(
            id: "c-00000001", text: "x", sentence: "x", span: TextSpan(start: 0, end: 1, line: 1, column: 1), kind: .general,
            checkworthiness: 1, attribution: nil, hedges: [], quantities: [], citations: [])
        let check = ClaimCheck(claim: claim, sources: [], verdict: .contradicted, confidence: 1, reason: "r", evidence: [])
        let report = Report(tool: FactChecker.tool, articles: [ArticleReport(path: "/elsewhere/a.txt", title: nil, claims: [check], errors: [])])
        #expect(ExitStatus.of(report, failOn: [.contradicted]) == .findings)
        let baseline = Baseline(report: report, failOn: [.contradicted])
        #expect(ExitStatus.of(report, failOn: [.contradicted], baseline: baseline) == .clean)
        // Worse is new: the same claim with another verdict is not in the baseline.
        var worse = report
        worse.articles[0].claims[0].verdict = .overstated
        #expect(ExitStatus.of(worse, failOn: [.overstated], baseline: baseline) == .findings)
    }
}
