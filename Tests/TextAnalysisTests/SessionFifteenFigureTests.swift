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
