import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17, session 9: the direction of a comparison depends on which group is compared with
/// which. "A higher than B" against "B higher than A" is a contradiction; "A higher than B" against
/// "B lower than A" is not. Sentences written for these tests.
@Suite struct ComparedGroupsTests {
    let scorer = ClaimScorer()

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .comparison, against: passages, by: scorer)
    }

    @Test func swappedGroupsWithTheSameWordContradict() {
        let check = verdict(
            "Bus drivers are at higher risk of back pain than cyclists",
            ["Cyclists were at higher risk of back pain than bus drivers in the city survey."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    @Test func swappedGroupsAfterComparedWithContradict() {
        let check = verdict(
            "Night-shift nurses have more back injuries than day-shift nurses",
            ["Day-shift nurses had increased back injuries compared with night-shift nurses over the three years."])
        #expect(check.verdict == .contradicted, "\(check.reason)")
    }

    /// Must not change: the same groups the same way round.
    @Test func theSameOrderSupports() {
        let check = verdict(
            "Bus drivers are at higher risk of back pain than cyclists",
            ["Bus drivers were at higher risk of back pain than cyclists in the city survey."])
        #expect(check.verdict == .supported, "\(check.reason)")
    }

    /// Must not change: the groups swapped and the direction too, which says the same thing.
    @Test func swappedGroupsAndDirectionSupport() {
        let check = verdict(
            "Bus drivers are at higher risk of back pain than cyclists",
            ["Cyclists were at lower risk of back pain than bus drivers in the city survey."])
        #expect(check.verdict == .supported, "\(check.reason) \(check.verdict)")
    }

    /// Must not change: "more than 40 percent" is a bound, not a comparison of groups.
    @Test func aBoundIsNoComparison() {
        let analyzer = TextAnalyzer()
        let text = analyzer.analyze("More than 40 percent of smokers had gum disease")
        #expect(ComparedGroups.comparison(in: text, clauses: nil) == nil)
        // A change word before "rather than": only the marker's "rather" keeps it from being read.
        let rather = analyzer.analyze("Higher doses were given as tablets rather than injections")
        #expect(ComparedGroups.comparison(in: rather, clauses: nil) == nil)
    }

    @Test func theComparisonsSidesAndDirection() throws {
        let analyzer = TextAnalyzer()
        let text = analyzer.analyze("Women were at lower risk compared with men")
        let found = try #require(ComparedGroups.comparison(in: text, clauses: nil))
        #expect(found.sign == -1)
        #expect(found.after == [text.stemIDs[7]])
        #expect(found.before.contains(text.stemIDs[0]))
    }
}
