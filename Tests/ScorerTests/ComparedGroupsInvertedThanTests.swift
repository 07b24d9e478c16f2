import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17: after "than" English may put an auxiliary before the group ("than *did* swimmers",
/// "than *were* cyclists"); the group is still the one compared against. Sentences written for
/// these tests.
@Suite struct ComparedGroupsInvertedThanTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .comparison, against: passages, by: scorer)
    }

    @Test(arguments: [
        ("Cyclists are at higher risk of knee pain than runners",
         "Runners were at higher risk of knee pain than were cyclists in the club survey."),
        ("Swimmers have fewer shoulder injuries than tennis players",
         "Tennis players had fewer shoulder injuries than did swimmers in the league."),
        ("Older drivers are more cautious than younger drivers",
         "Younger drivers were more cautious than are older drivers on rural roads."),
    ])
    func theGroupAfterAnAuxiliaryIsRead(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// Must not contradict: the same order, the groups and the direction both swapped, and "than
    /// did" before a time, which compares no groups.
    @Test(arguments: [
        ("Cyclists are at higher risk of knee pain than runners",
         "Cyclists were at higher risk of knee pain than were runners in the club survey."),
        ("Swimmers have fewer shoulder injuries than tennis players",
         "Tennis players had more shoulder injuries than did swimmers in the league."),
        ("Swimmers have fewer shoulder injuries than tennis players",
         "Swimmers had fewer shoulder injuries this season than did last season."),
    ])
    func theSameFindingOrATimeDoesNotContradict(claim: String, source: String) {
        let check = verdict(claim, [source])
        #expect(check.verdict != .contradicted, "\(check.reason)")
    }

    @Test func theAuxiliaryIsSkippedOnlyAfterThan() throws {
        let analyzer = TextAnalyzer()
        let text = analyzer.analyze("Runners slept more hours than did cyclists")
        let found = try #require(ComparedGroups.comparison(in: text, clauses: nil))
        #expect(found.after == [text.stemIDs[6]])
        // After "compared with" an auxiliary is no lead word: no group, no reading.
        let other = analyzer.analyze("Runners slept more hours compared with did cyclists")
        #expect(ComparedGroups.comparison(in: other, clauses: nil) == nil)
    }
}
