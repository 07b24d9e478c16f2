import FactCheckModel
import Testing
@testable import Scorer

/// A comparison of groups that the sentence does not state: in a clause opened by "if" or
/// "whether" (``Lexicon/unassertedClauseOpeners``), or inside a quotation the sentence reports.
/// It gives no reading, so the groups swapped there do not contradict. Sentences written for
/// these tests.
@Suite struct ComparedGroupsUnassertedTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .comparison, against: passages, by: scorer)
    }

    @Test(arguments: [
        ("Runners outperform cyclists on balance tests",
         "If cyclists outperformed runners, the balance model would be wrong."),
        ("Runners outperform cyclists on balance tests",
         "Whether cyclists outperform runners on balance tests is still unclear."),
        ("Runners outperform cyclists on balance tests",
         "\"Cyclists outperformed runners on balance tests,\" one commentator said, but the data disagreed."),
        ("Runners score higher than cyclists on balance tests",
         "If cyclists scored higher than runners on balance tests, the model would be wrong."),
        ("Runners score higher than cyclists on balance tests",
         "Whether cyclists score higher than runners on balance tests is still unclear."),
    ])
    func anUnstatedComparisonDoesNotContradict(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    /// The same comparison stated outright is read.
    @Test func theStatedComparisonIsRead() throws {
        let analyzer = TextAnalyzer()
        #expect(ComparedGroups.comparison(in: analyzer.analyze("Cyclists outperformed runners on balance tests"), clauses: nil) != nil)
        #expect(ComparedGroups.comparison(in: analyzer.analyze("If cyclists outperformed runners, the model fails"), clauses: nil) == nil)
        #expect(ComparedGroups.comparison(in: analyzer.analyze("Whether cyclists score higher than runners is unclear"), clauses: nil) == nil)
        #expect(ComparedGroups.comparison(in: analyzer.analyze("\u{201C}Cyclists outperformed runners,\u{201D} he said"), clauses: nil) == nil)
        let check = verdict("Runners outperform cyclists on balance tests", ["Cyclists outperformed runners on balance tests."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }
}
