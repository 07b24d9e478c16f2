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

    /// "starting at" and "as little as" before a price name the lowest one offered: a floor that
    /// the price itself meets.
    @Test func aStartingPriceIsAFloor() throws {
        let starting = try #require(figures("The new ferry pass costs more, starting at $450 for a season.").first)
        #expect(starting.value == 450)
        #expect(starting.unit == "usd")
        #expect(starting.bound == .lower)
        #expect(starting.inclusive)
        let little = try #require(figures("Resellers offer the lamp for as little as $80 online.").first)
        #expect(little.bound == .lower)
        #expect(little.value == 80)
        #expect(figures("Tickets sold starting at 9 a.m. on Friday.").isEmpty)
    }

    /// The floor rule must not fire without its phrase, or where "starting" and "little" say something else.
    @Test func startingAndLittleElsewhereAreNoFloors() throws {
        let starting = try #require(figures("Starting a boat business cost her $9,000 in the first year.").first)
        #expect(starting.bound == .exact)
        let little = try #require(figures("The little harbour has 40 moorings.").first)
        #expect(little.bound == .exact)
        let began = try #require(figures("The ferry started at 12 knots and slowed down.").first)
        #expect(began.bound == .exact)
        let asMuch = try #require(figures("The pass costs as much as $450 in summer.").first)
        #expect(asMuch.bound == .upper)
    }

    /// "within N" a time is the most it takes, with the article or an insisting adverb between.
    @Test func withinAPeriodIsACeiling() throws {
        let hours = try #require(figures("The crane was repaired within 36 hours.").first)
        #expect(hours.bound == .upper)
        #expect(hours.unit == "hours")
        let period = try #require(figures("Claims are paid within a 10-day period.").first)
        #expect(period.bound == .upper)
        #expect(period.value == 10)
        let just = try #require(figures("The pier reopened within just 48 hours.").first)
        #expect(just.bound == .upper)
        #expect(just.value == 48)
    }

    /// "within" before no number, a range after it, and an insisting adverb with no bound before it.
    @Test func withinLeavesOtherFiguresAlone() throws {
        let district = try #require(figures("Within the district, 14 schools closed.").first)
        #expect(district.bound == .exact)
        #expect(district.value == 14)
        let range = try #require(figures("Most cuttings root within 3 to 6 weeks.").first)
        #expect(range.bound == .range)
        #expect(range.upperValue == 6)
        let only = try #require(figures("Only 12 boats left the harbour.").first)
        #expect(only.bound == .exact)
        let upTo = try #require(figures("The ferry carries up to only 40 cars.").first)
        #expect(upTo.bound == .upper)
        #expect(upTo.value == 40)
    }

    /// "sub-N" is below N: "sub-3-minute songs".
    @Test func aSubPrefixIsACeiling() throws {
        let short = try #require(figures("Bands now record sub-3-minute songs for the charts.").first)
        #expect(short.bound == .upper)
        #expect(short.value == 3)
        #expect(short.unit == "minutes")
    }

    /// Other glued prefixes stay names, and "sub" as a word bounds nothing.
    @Test func otherGluedWordsStayNames() {
        #expect(figures("The lab studied omega-3 oils in 20 diets.").map(\.value) == [20])
        #expect(figures("Patients with IL-6 markers were 30 in number.").map(\.value) == [30])
        #expect(figures("The sub committee met 4 times.").map(\.bound) == [.exact])
    }

    /// "starting at" bounds a price only; a count or a measure after it is where something starts.
    @Test func startingAtBoundsOnlyAPrice() throws {
        #expect(figures("She began the round starting at 4 strokes behind the leader.").map(\.bound) == [.exact])
        #expect(figures("Readings starting at 20 degrees climbed to 35 degrees by noon.").map(\.bound) == [.exact, .exact])
        #expect(figures("The bakery, starting at 6 staff, grew to 50.").map(\.bound) == [.exact, .exact])
        let dollars = try #require(figures("Berths are let starting at 300 dollars a month.").first)
        #expect(dollars.bound == .lower)
        #expect(dollars.inclusive)
    }

    /// "within" bounds no year, no number naming a place and no part of a whole.
    @Test func withinBoundsNoYearNameOrPart() throws {
        #expect(!figures("Within 2019 alone the pier closed 3 times.").contains { $0.bound == .upper })
        #expect(!figures("Papers leaked from within 11 Harbour Road last week.").contains { $0.bound == .upper })
        let part = try #require(figures("Fares fell within 4 of the 7 districts.").first)
        #expect(part.value == 4)
        #expect(part.bound == .exact)
    }

    /// "within N" includes its figure, so an exact N meets it; "up to N" stays a hedge.
    @Test func withinIncludesItsFigure() throws {
        let within = try #require(scored("Crews fixed the pier within 36 hours.").first)
        #expect(within.bound == .upper)
        #expect(within.inclusive)
        let upTo = try #require(scored("Fares may rise by up to 30 percent.").first)
        #expect(upTo.bound == .upper)
        #expect(!upTo.inclusive)
    }

    /// "sub-" bounds a price or a measure; with no unit after the number it is a name or a word.
    @Test func subBoundsOnlyWithAUnit() throws {
        #expect(!figures("Sub-zero nights lasted for 9 days.").contains { $0.bound == .upper })
        #expect(!figures("The band, known as sub-7, played 12 shows.").contains { $0.bound == .upper })
        let phone = try #require(figures("The shop sells a sub-$300 phone.").first)
        #expect(phone.bound == .upper)
        #expect(phone.value == 300)
    }
}
