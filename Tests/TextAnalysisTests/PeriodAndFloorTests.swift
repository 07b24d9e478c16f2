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
        #expect(figures("Fares topped 20 percent of income.").map(\.bound) == [.lower])
        // Passive, the verb counts occasions and bounds nothing.
        #expect(figures("The record was topped 3 times that summer.").map(\.bound) == [.exact])
        // Before a count of things beaten or ranked the figure is exact.
        #expect(figures("Her ballad topped 9 regional charts in 2018.").map(\.bound) == [.exact])
        #expect(figures("The rower surpassed 4 earlier winners to take the cup.").map(\.bound) == [.exact])
        #expect(figures("The ferry surpassed 2 rivals.").map(\.bound) == [.exact])
    }

    /// "half a percent" and "half a percentage point" are 0.5 of their unit, not half a whole.
    @Test func halfAPointIsHalfOfOne() {
        let percent = figures("Ferry fares fell by half a percent in May.")
        #expect(percent.map(\.value) == [0.5])
        #expect(percent.map(\.unit) == ["percent"])
        let points = figures("Harbour rates rose by half a percentage point in 2021.")
        #expect(points.map(\.value) == [0.5])
        #expect(points.map(\.unit) == ["percentage-points"])
    }

    /// "slightly over 6%" is near 6, as "just over" is; "well over" stays a floor.
    @Test func slightlyOverIsNearTheNumber() {
        #expect(figures("Slightly over 6% of the boats are that old.").map(\.bound) == [.approximate])
        #expect(figures("Slightly under 40 ferries sail each day.").map(\.bound) == [.approximate])
        #expect(figures("Well over 40 ferries sail each day.").map(\.bound) == [.lower])
    }
}
