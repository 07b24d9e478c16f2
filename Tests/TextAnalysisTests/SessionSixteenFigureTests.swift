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

    // MARK: - Fix round (the review's near misses, in sentences of our own)

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

    /// A currency or country code before a number is no model name, and a short number after an
    /// abbreviation is a score or a count.
    @Test func codesAndScoresAreNoModels() {
        #expect(figures("US 400 troops were moved to the coast in May.").map(\.value) == [400])
        #expect(figures("EUR 60 buys a weekend pass for the ferry.").map(\.value) == [60])
        #expect(figures("USD 700 is the fee for a mooring.").map(\.value) == [700])
        #expect(figures("The final ended GER 3 ITA 1 after a replay.").map(\.value).contains(3))
        #expect(figures("PCP 41, Greens 22 and the rest 9 seats.").map(\.value).contains(41))
    }

    /// Model numbers of three digits or more after an abbreviation stay names.
    @Test func longModelNumbersStayNames() {
        #expect(figures("NHS 111 took 9,000 calls in a week.").map(\.value) == [9000])
        #expect(figures("RTX 4090 cards sold out in 3 hours.").map(\.value) == [3])
        #expect(figures("BA 117 landed with 240 passengers.").map(\.value) == [240])
    }
}
