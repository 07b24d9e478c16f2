import FactCheckModel
import Testing
@testable import TextAnalysis

/// A period that names the window of a statistic ("the 14-day incidence rate") is no duration
/// (`NonFigure.measureWindow`); a period of an event stays one. Sentences of our own (written in
/// session 15, issue 18).
@Suite struct MeasureWindowTests: FigureReadings {
    /// A period that names the window of a statistic is no duration; a period of an event stays one.
    @Test func aMeasuresWindowIsNoDuration() {
        #expect(figures("The 14-day incidence rate on the island reached 90.").map(\.value) == [90])
        #expect(figures("The five day average of ferry crossings was 310.").map(\.value) == [310])
        #expect(figures("Traders watch the 20-day and 50-day simple moving averages.").isEmpty)
        #expect(figures("Traders watch the 20-day exponential moving average.").isEmpty)
        // A quarantine, a trial, a course: the period is how long it lasted.
        let quarantine = figures("Crews began a 14-day quarantine on the island.")
        #expect(quarantine.map(\.value) == [14])
        #expect(quarantine.map(\.unit) == ["days"])
        #expect(figures("The 14-day quarantine and a rate of 3 percent were announced.").map(\.unit) == ["days", "percent"])
        // With "a" the window is part of the figure.
        #expect(figures("The island logged a seven-day rate of 20 new cases.").map(\.value) == [7, 20])
    }

    /// The window rule reads a noun phrase only: a noun or a verb between the period and a rate
    /// makes the period an event's, and a change noun keeps its period.
    @Test func anEventsPeriodBeforeARateStaysADuration() {
        #expect(figures("The three-week walkout cut average landings by 20 percent.").map(\.value) == [3, 20])
        #expect(figures("The 12-day cruise raised rates of seasickness among crews by 40 percent.").map(\.value) == [12, 40])
        #expect(figures("The four-year scheme lifted rates of boat ownership to 55 percent.").map(\.value) == [4, 55])
        #expect(figures("The 18-month rise in ferry fares was 9 percent.").map(\.value) == [18, 9])
        #expect(figures("The nine-month fall in landings pushed prices up 6 percent.").map(\.value) == [9, 6])
        // A measure's own window still names it.
        #expect(figures("The 7-day average rose to 40 crossings.").map(\.value) == [40])
    }

    /// Session 21: "the 7-day rose to 40", the window's noun left out before a past verb of change
    /// and the amount it changed from, to or by, names the measure.
    @Test func anElidedMeasureThatChangesNamesItsWindow() {
        #expect(figures("The 10-day increased from 8 to 15 per 1,000 households.").map(\.value) == [8, 15])
        #expect(figures("The 14-day fell to 30 in the harbour towns.").map(\.value) == [30])
        // An irregular past form from the one list ("sank", "slid") and a rate after a counted noun.
        #expect(figures("The 7-day sank to 25 cases per 100,000 by March.").map(\.value) == [25])
        #expect(figures("The 7-day slid to 25 cases per 100,000 by March.").map(\.value) == [25])
        // Must not fire: a change noun, an adjective before a noun, an event's noun between, "a",
        // a plural period, no amount after the verb.
        #expect(figures("The 7-day increase in cases was 19 percent.").map(\.value) == [7, 19])
        #expect(figures("The 10-day increased dose lowered fevers in 30 patients.").map(\.value) == [10, 30])
        #expect(figures("The 5-day trip increased costs by 20 percent.").map(\.value) == [5, 20])
        #expect(figures("Only a 7-day increased from 12 to 19 cases.").map(\.value).contains(7))
        #expect(figures("The 7 days increased from 12 to 19 cases.").map(\.value).contains(7))
        #expect(figures("The 3-day rose sharply after 40 ferries sailed.").map(\.value) == [3, 40])
        // Must not fire: no amount after the preposition (something named rose to fame or grew
        // from something else), an amount that counts things or is a length in the window's unit
        // (the event's size or length).
        #expect(figures("The 20-year rose to fame after 30 banks sold it.").map(\.value) == [20, 30])
        #expect(figures("The 4-day fell out of fashion when 90 vendors quit.").map(\.value) == [4, 90])
        #expect(figures("The 2-day fell from grace after 60 riders crashed.").map(\.value) == [2, 60])
        #expect(figures("The 6-day grew from a 1-day fair into a show for 500 people.").map(\.value) == [6, 1, 500])
        #expect(figures("The 4-day grew to 900 visitors, the hosts said.").map(\.value) == [4, 900])
        #expect(figures("The 6-day dropped to 2 days after the storm.").map(\.value) == [6, 2])
    }
}
