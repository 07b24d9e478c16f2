import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 15 (issue 18): the kinds of quantity errors left on batches 1–7 of the claim labels, each
/// fixed as a rule of English and tested on sentences of our own with a counter-case that must
/// keep its figure.
@Suite struct SessionFifteenFigureTests: FigureReadings {

    /// After a modal, "one day" is some time to come.
    @Test func oneDayAfterAModalIsNoPeriod() {
        #expect(figures("The harbour board said the ferry would one day return.").isEmpty)
        #expect(figures("The crossing took one day.").map(\.unit) == ["days"])
    }

    /// A release after a program's name is no amount.
    @Test func aReleaseAfterANameIsNoFigure() {
        #expect(figures("The ferry app runs on Python 3.3+ only.").isEmpty)
        #expect(figures("The timetable tool was built with GNU GCC 8.3.").isEmpty)
        // A statistic's abbreviation and a value with a unit stay figures.
        #expect(figures("The risk fell (HR 0.82).").map(\.value) == [0.82])
        #expect(figures("Ferry crews averaged 7.5 hours of sleep.").map(\.value) == [7.5])
        // A code in capitals after a small word or a bracket is a currency or a statistic.
        #expect(figures("The ferry fare rose to SEK 42.5.").map(\.value) == [42.5])
        #expect(figures("Each harbour bond now trades at NZD 18.5, down 20 percent.").map(\.value) == [18.5, 20])
        #expect(figures("The pitcher (ERA 2.41) struck out nine.").map(\.value) == [2.41, 9])
        #expect(figures("The best cadet (GPA 3.8) won the harbour prize.").map(\.value) == [3.8])
        // "The" opening the sentence makes no product's name.
        #expect(figures("The GDP 2.1, the harbour board said, was below forecasts.").map(\.value) == [2.1])
    }

    /// "as low as", "roughly every", "-plus": bounds as written.
    @Test func boundsAsWritten() {
        let low = scored("The gauge's error can be as low as 2% in calm water.")
        #expect(low.map(\.bound) == [.lower])
        // A low point that was reached: a source's exact figure meets it.
        #expect(low.map(\.inclusive) == [true])
        #expect(scored("The gauge's error is more than 2% in rough water.").map(\.inclusive) == [false])
        #expect(scored("The ferry schedule changes roughly every 3.4 months.").map(\.bound) == [.approximate])
        let plus = scored("She wrote a 1,000-plus-page history of the harbour.")
        #expect(plus.map(\.value) == [1000])
        #expect(plus.map(\.bound) == [.lower])
    }
}
