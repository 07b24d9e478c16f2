import FactCheckModel
import Testing
@testable import TextAnalysis

/// "N out of N" reports the count, while a share below the whole, a rating and a tally beside a
/// share stay shares (session 19, issue 18).
@Suite struct TallyCountTests: FigureReadings {
    /// "N out of N": every one of them; the figure is the count.
    @Test func everyOneOfATallyIsTheCount() {
        let all = figures("In thirty out of thirty trials the seal held.")
        #expect(all.map(\.value) == [30])
        #expect(all.map(\.unit) == [nil])
        #expect(figures("The team won 12 out of 12 matches.").map(\.value) == [12])
    }

    /// A number written with a hyphen ("fifty-three") is one number: its last word is no second
    /// number that makes "fifty-three out of fifty-three" a share beside another share.
    @Test func aHyphenatedNumberIsOneTally() {
        #expect(figures("In fifty-three out of fifty-three such audits the clerks found no fault.").map(\.value) == [53])
        #expect(figures("In twenty-one out of twenty-one rounds the bell rang.").map(\.unit) == [nil])
        // Must not fire: a share below the whole, a real share beside it, a spaced number.
        #expect(figures("Fifty-three out of sixty audits found no fault.").map(\.unit) == ["percent"])
        let beside = figures("In twenty-one out of twenty-one rounds, and in 3 out of 4 drills, the bell rang.")
        #expect(beside.map(\.unit) == ["percent", "percent"])
        #expect(figures("Thirty-one out of thirty-two towers stood.").map(\.unit) == ["percent"])
    }

    /// A share below the whole, a bound before it, and the scorer's reading: as before.
    @Test func aShareBelowTheWholeStaysAShare() {
        #expect(figures("Two out of three voters backed the plan.").map(\.unit) == ["percent"])
        #expect(figures("Nearly 9 out of 10 patients improved.").map(\.unit) == ["percent"])
        #expect(figures("About 5 out of 5 reviewers agreed.").map(\.unit) == ["percent"])
        #expect(scored("In thirty out of thirty trials the seal held.").map(\.unit) == ["percent"])
    }

    /// Fix round: a rating ("4 out of 4 stars") and a tally beside another share ("from 6 out of 10
    /// to 10 out of 10") are shares of the top, as before.
    @Test func aRatingOrATallyBesideAShareStaysAShare() {
        #expect(figures("The inn got 4 out of 4 stars from 90 critics.").first?.unit == "percent")
        #expect(figures("The dish earned 10 out of 10 points from the panel.").first?.unit == "percent")
        let marks = figures("Marks went from 6 out of 10 to 10 out of 10 in a term.")
        #expect(!marks.isEmpty)
        #expect(marks.allSatisfy { $0.unit == "percent" })
    }
}
