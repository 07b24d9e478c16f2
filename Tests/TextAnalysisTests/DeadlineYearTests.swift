import FactCheckModel
import Testing
@testable import TextAnalysis

/// "a 40% cut by around 2040", "warming held to 2 degrees by about 2070": after a figure, "by",
/// a word of approximation and a four-digit year give the figure's deadline; the year is a date.
/// After anything else "by" may give the size of a change ("fell by around 2000").
/// `QuantityParser.isDatedApproximately`.
@Suite struct DeadlineYearTests: FigureReadings {
    @Test func anApproximateYearAfterAFigureIsADeadline() {
        #expect(figures("Cities pledged a 40% cut in traffic by around 2040.").map(\.value) == [40])
        #expect(figures("The plan holds warming to 2 degrees by about 2070, the panel says.").map(\.value) == [2])
    }

    /// Must not fire: no figure before "by" (a change's size), a counted noun or unit after the
    /// number, "by" with no word of approximation.
    @Test func aChangeOrACountKeepsTheNumber() {
        #expect(figures("Enrolment fell by around 2000 over the decade.").map(\.value) == [2000])
        #expect(figures("The firm cut its staff by about 1900 last year.").map(\.value) == [1900])
        #expect(figures("Turnout rose 5 percent by about 2050 voters.").map(\.value) == [5, 2050])
        #expect(figures("Smith won the seat by about 1900.").map(\.value) == [1900])
    }
}
