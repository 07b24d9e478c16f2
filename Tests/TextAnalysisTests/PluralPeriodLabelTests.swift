import FactCheckModel
import Testing
@testable import TextAnalysis

/// "on days three and four", "in weeks 3 to 6": a plural period in small letters before two
/// numbers joined by "and" or a range names those days or weeks (`NonFigure.pluralPeriodLabels`).
/// Sentences of our own (session 21, issue 18).
@Suite struct PluralPeriodLabelTests: FigureReadings {
    @Test func twoNumbersAfterAPluralPeriodNameIt() {
        #expect(figures("On days three and four of the fair, 200 growers showed their seeds.").map(\.value) == [200])
        #expect(figures("In weeks 3 to 6 the pupils sat 2 tests.").map(\.value) == [2])
    }

    /// Must not fire: one number alone, a count before its noun, "or", numbers before the period.
    @Test func aCountOrASingleDayStaysAFigure() {
        #expect(figures("The crew worked for days 4 nights running.").map(\.value).contains(4))
        #expect(figures("The ship sailed on day 180 of the voyage.").map(\.value) == [180])
        #expect(figures("They waited for weeks 2 to 3 officers at a time.").map(\.value).contains(2))
        #expect(figures("The trip lasted 3 days and 4 nights.").map(\.value) == [3, 4])
        #expect(figures("It rained for days two or three times a week.").map(\.value).contains(2))
    }
}
