import FactCheck
import FactCheckModel
import Foundation
import Testing

@Suite struct LedgerTests {
    func entry(_ text: String, verdict: Verdict = .contradicted) -> ClaimLedgerEntry {
        ClaimLedgerEntry(
            id: ClaimID.make(for: text), text: text, verdict: verdict,
            evidence: [.init(url: "https://example.org/study", quote: "no change in cortisol")], note: "the study found no effect",
            reviewer: "Ann Editor", reviewedAt: "2026-11-20T10:00:00Z")
    }

    @Test func anEntryRoundTripsAndTheWriteLeavesNoTemporaryFile() throws {
        let workspace = try TestWorkspace()
        let folder = workspace.path("Claims")
        let original = entry("massage can reduce cortisol in the bloodstream")
        let path = try ClaimLedger.write(original, to: folder)
        #expect(path.hasSuffix("/\(original.id).json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["\(original.id).json"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Pretty-printed with sorted keys, every key present: the file diffs cleanly in git.
        #expect(text.contains("\"evidence\" : [\n"))
        #expect(text.firstRange(of: "\"id\"")!.lowerBound < text.firstRange(of: "\"reviewed_at\"")!.lowerBound)
        #expect(text.contains("\"schema_version\" : 1"))
        // Rewriting replaces the decision in place.
        var changed = original
        changed.verdict = .overstated
        try ClaimLedger.write(changed, to: folder)
        let ledger = ClaimLedger.load(folder: folder)
        #expect(ledger.warnings.isEmpty)
        #expect(ledger.entries == [changed])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    @Test func aMalformedFileIsNamedWithWhatIsWrongAndSkipped() throws {
        let workspace = try TestWorkspace()
        let good = entry("massage can reduce cortisol in the bloodstream")
        try ClaimLedger.write(good, to: workspace.path("Claims"))
        try workspace.write("Claims/c-00000001.json", "{ not json")
        try workspace.write("Claims/c-00000002.json", #"{"schema_version": 1, "id": "c-00000002", "text": "x"}"#)
        var wrongVerdict = entry("another claim")
        wrongVerdict.id = "c-00000003"
        let json = String(decoding: try wrongVerdict.encoded(), as: UTF8.self).replacingOccurrences(of: "\"contradicted\"", with: "\"false\"")
        try workspace.write("Claims/c-00000003.json", json)
        try workspace.write("Claims/c-00000004.json", String(decoding: try entry("misfiled claim").encoded(), as: UTF8.self))
        try workspace.write("Claims/README.md", "not a ledger file")
        let ledger = ClaimLedger.load(folder: workspace.path("Claims"))
        #expect(ledger.entries == [good])
        #expect(ledger.warnings.count == 4)
        #expect(ledger.warnings.contains { $0.contains("c-00000001.json") && $0.contains("not valid JSON") })
        #expect(ledger.warnings.contains { $0.contains("c-00000002.json") && $0.contains("missing key") })
        #expect(ledger.warnings.contains { $0.contains("c-00000003.json") && $0.contains("unknown verdict") })
        #expect(ledger.warnings.contains { $0.contains("c-00000004.json") && $0.contains("does not match the file name") })
    }

    @Test func aMissingFolderIsAnEmptyLedger() throws {
        let workspace = try TestWorkspace()
        let ledger = ClaimLedger.load(folder: workspace.path("nothing-here"))
        #expect(ledger.entries.isEmpty && ledger.warnings.isEmpty)
    }

    func check(_ path: String, ledger: ClaimLedger?) async -> Report {
        var options = CheckOptions()
        options.fetchSources = false
        options.ledger = ledger.map { ClaimLedgerIndex($0) }
        return await FactChecker(configuration: .withoutSearch, options: options).check(paths: [path])
    }

    @Test func aReviewedClaimReportsTheEditorsVerdictMarkedAsSuch() async throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("back.txt", Fixtures.backPainArticle)
        let before = await check(article, ledger: nil)
        let cortisol = try #require(before.articles.first?.claims.first { $0.claim.sentence.contains("cortisol") })
        #expect(cortisol.verdict == .needsCitation)
        #expect(cortisol.review == nil)
        try ClaimLedger.write(entry(cortisol.claim.text), to: workspace.path("Claims"))
        let ledger = ClaimLedger.load(folder: workspace.path("Claims"))

        let after = await check(article, ledger: ledger)
        let reviewed = try #require(after.articles.first?.claims.first { $0.claim.sentence.contains("cortisol") })
        #expect(reviewed.verdict == .contradicted)
        #expect(reviewed.reason.hasPrefix("editor's verdict (reviewed by Ann Editor on 2026-11-20)"))
        let review = try #require(reviewed.review)
        #expect(review.matched == .id)
        #expect(review.toolVerdict == .needsCitation)
        #expect(review.ledgerFile.hasSuffix("Claims/\(cortisol.claim.id).json"))
        // Claims nobody reviewed keep the tool's verdict and a null review.
        #expect(after.articles.first?.claims.filter { $0.review != nil }.count == 1)

        // The JSON report always has the key: null when unreviewed, an object when reviewed.
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(after)) as? [String: Any])
        let claims = try #require((json["articles"] as? [[String: Any]])?.first?["claims"] as? [[String: Any]])
        #expect(claims.allSatisfy { $0.keys.contains("review") })
        let encoded = try #require(claims.first { ($0["sentence"] as? String)?.contains("cortisol") == true }?["review"] as? [String: Any])
        #expect(encoded["tool_verdict"] as? String == "needs-citation")
        #expect(encoded["matched"] as? String == "id")

        // The same claim reworded in a later edition still gets the editor's verdict.
        let reworded = try workspace.write("back-2.txt", Fixtures.backPainArticle.replacingOccurrences(
            of: "massage can reduce cortisol in the bloodstream", with: "massage can reduce the level of cortisol in the bloodstream"))
        let later = await check(reworded, ledger: ledger)
        let similar = try #require(later.articles.first?.claims.first { $0.claim.sentence.contains("cortisol") })
        #expect(similar.claim.id != cortisol.claim.id)
        #expect(similar.verdict == .contradicted)
        #expect(similar.review?.matched == .similar)
        #expect((similar.review?.similarity ?? 0) >= ClaimLedgerIndex.defaultThreshold)
    }
}
