import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 16 (issue 18): quantity errors left on batches 1–8 of the claim labels, each fixed as a
/// rule of English and tested on sentences of our own, with at least three where the rule must not
/// fire.
@Suite struct SessionSixteenFigureTests: FigureReadings {
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

    /// A whole number after an abbreviation of two to four capitals names a model, at the start of
    /// a sentence and before a capitalised word too.
    @Test func aModelNumberAfterAnAbbreviationIsAName() {
        #expect(figures("GTX 1080 cards sold out in 2 hours.").map(\.value) == [2])
        #expect(figures("Shops listed the GTX 1060 Ti for weeks.").isEmpty)
        #expect(figures("The port bought three ABC 400 cranes.").map(\.value) == [3])
    }

    /// A heading in capitals, a headline's function word and an amount with a unit after the
    /// abbreviation stay figures.
    @Test func longCapitalsAndUnitsAreNoModels() {
        #expect(figures("RESULTS 300 adults took part in the ferry study.").map(\.value) == [300])
        #expect(figures("ALL 300 SEATS were sold.").map(\.value) == [300])
        #expect(figures("The UK 40 percent share rose.").map(\.value) == [40])
        #expect(figures("The CI 95 bound was reported.").map(\.value) == [95])
    }

    /// A number with its thousands grouped by a comma after a name is an amount with its verb left
    /// out ("Italy 143,600"); a name's digits are not written so.
    @Test func aGroupedNumberAfterANameIsAnAmount() {
        #expect(figures("Portland has logged 12,400 cases and Salem 9,800 since March.").map(\.value) == [12400, 9800])
    }

    /// Names with digits written without a grouping comma stay names.
    @Test func namesWithDigitsStayNames() {
        #expect(figures("Shares in the FTSE 100 rose by 2 percent.").map(\.value) == [2])
        #expect(figures("The pier sold Boeing 737 models to 4 airlines.").map(\.value) == [4])
        #expect(figures("Ana installed Windows 11 on 30 laptops.").map(\.value) == [30])
    }
}
