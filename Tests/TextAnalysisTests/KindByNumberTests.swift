import FactCheckModel
import Testing
@testable import TextAnalysis

/// "type 1 diabetes": a one-digit number after the noun "type" names a kind; a claim reports no
/// figure for it (issue 18: names with digits).
@Suite struct KindByNumberTests: FigureReadings {
    @Test func aTypeNumberNamesAKind() {
        #expect(figures("Screening can catch type 1 diabetes early.").isEmpty)
        #expect(figures("Type 2 diabetes affects 10 percent of adults here.").map(\.value) == [10])
        #expect(figures("The test made a type 2 error.").isEmpty)
    }

    /// The scorer keeps reading it (a count that never contradicts).
    @Test func theScorerStillReadsIt() {
        #expect(scored("Screening can catch type 1 diabetes early.").map(\.value) == [1])
    }

    /// Must not fire: the verb "type", a count of types, a number of two digits, a unit after.
    @Test func theVerbOrACountOfTypesKeepsTheFigure() {
        #expect(figures("You type 3 letters and press enter.").map(\.value) == [3])
        #expect(figures("Doctors see 2 types of diabetes.").map(\.value) == [2])
        #expect(figures("Clerks had to type 4 forms a day.").map(\.value).contains(4))
        #expect(figures("The navy built a type 23 frigate.").map(\.value).contains(23))
    }
}
