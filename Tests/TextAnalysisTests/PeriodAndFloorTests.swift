import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 14 (issue 18): a share of a period and the verbs and adverbs that bound a figure, as
/// the labelled pages wrote them; every sentence is our own.
@Suite struct PeriodAndFloorTests: FigureReadings {
    /// "half a year" is a period, as "half a century" is: 0.5 years, not 50 percent.
    @Test func aShareOfAPeriodIsAPeriod() {
        let year = figures("Half a year later the ferry company paid $40,000 in fines.")
        #expect(year.map(\.value) == [0.5, 40_000])
        #expect(year.map(\.unit) == ["years", "usd"])
        #expect(figures("The pier stayed shut for half a month.").map(\.unit) == ["months"])
        #expect(figures("The crossing takes half a day.").map(\.value) == [0.5])
        // A share of a whole that is no period stays a share; "half a century" is read as before.
        #expect(figures("Half the boats were lost.").map(\.unit) == ["percent"])
        #expect(figures("The pier stood for half a century.").map(\.value) == [50])
    }

    /// "topped 6 million", "surpassed 2 metres": a floor, as "exceeded" is.
    @Test func toppedAndSurpassedSetAFloor() {
        #expect(figures("Ferry bookings topped 6 million for a second week.").map(\.bound) == [.lower])
        #expect(figures("The tide surpassed 2 metres on Monday.").map(\.bound) == [.lower])
        // Passive, the verb counts occasions and bounds nothing.
        #expect(figures("The record was topped 3 times that summer.").map(\.bound) == [.exact])
    }

    /// "slightly over 6%" is near 6, as "just over" is; "well over" stays a floor.
    @Test func slightlyOverIsNearTheNumber() {
        #expect(figures("Slightly over 6% of the boats are that old.").map(\.bound) == [.approximate])
        #expect(figures("Slightly under 40 ferries sail each day.").map(\.bound) == [.approximate])
        #expect(figures("Well over 40 ferries sail each day.").map(\.bound) == [.lower])
    }
}
