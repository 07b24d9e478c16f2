import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 18 (issue 18): a unit written once for two amounts set against each other, a measure
/// per unit of time or area, a number hyphenated to a noun naming a technical type, and two ratios
/// joined by "to". Each rule on sentences of our own, with at least three where it must not fire;
/// all four change only the figures a claim reports, so the scorer's reading is checked to stay.
@Suite struct SessionEighteenFigureTests: FigureReadings {
    // MARK: - A unit written once for two amounts

    // MARK: - A measure per unit of time or area

    /// A yearly amount of energy and a density keep what they are per.
    @Test func aMeasurePerTimeOrAreaKeepsItsDenominator() throws {
        let yearly = try #require(figures("The region's mills use about 40 terawatt hours of electricity per year.").first)
        #expect(yearly.unit == "twh per years")
        #expect(yearly.bound == .approximate)
        let density = figures("Older drives store 0.9Tb per square inch; the new heads reach up to 4Tb per square inch.")
        #expect(density.map(\.unit) == ["tb per square inch", "tb per square inch"])
        #expect(density.last?.bound == .upper)
        let daily = try #require(figures("The furnace burns 12 tonnes per day in winter.").first)
        #expect(daily.unit == "tonnes per days")
    }

    /// A speed written out is the speed its abbreviation names.
    @Test func aSpeedWrittenOutIsMphOrKph() {
        #expect(figures("The train ran at 90 miles per hour near the coast.").first?.unit == "mph")
        #expect(figures("The train ran at 90 mph near the coast.").first?.unit == "mph")
        #expect(figures("Gusts reached 130 kilometres per hour overnight.").first?.unit == "kph")
        #expect(figures("Gusts reached 130 km/h overnight.").first?.unit == "kph")
        // Not a speed: miles per year, kilometres per day.
        #expect(figures("The fleet drove 9,000 miles per year.").first?.unit == "miles per years")
        #expect(figures("The herd walks 20 kilometres per day.").first?.unit == "km per days")
    }

    /// A duration per day, a price, a rate's base, a share or a per-person count keep their readings.
    @Test func otherPerPhrasesKeepTheirReadings() throws {
        // A duration per day drops its day (the labels' rule).
        #expect(figures("The plants need 6 hours per day of direct sun.").first?.unit == "hours")
        // A price has its own denominator.
        #expect(figures("Power cost $0.14 per kWh last winter.").first?.unit == "usd per kwh")
        // A rate's base.
        #expect(figures("Cases fell to 12 per 100,000 people.").first?.unit == "per 100000")
        // A share is per nothing.
        #expect(figures("Usage rose 8 percent per year.").first?.unit == "percent")
        // "of" and a noun not before "per".
        #expect(figures("The mills used 40 terawatt hours of electricity in 2020.").first?.unit == "twh")
        // Per a person: no unit of time or area.
        #expect(figures("Each home used 3 megawatt hours per person.").first?.unit == "mwh")
    }

    /// The scorer reads the measure as before.
    @Test func theScorerKeepsTheBareMeasure() {
        #expect(scored("The region's mills use about 40 terawatt hours of electricity per year.").first?.unit == "twh")
    }

    // MARK: - A number hyphenated to a noun naming a type

    // MARK: - A range of chances

    /// Two ratios joined by "to" are one range of chances, in percent.
    @Test func twoRatiosJoinedByToAreOneRange() throws {
        let chance = try #require(figures("The models give a one-in-four to one-in-three chance of a dry summer.").first)
        #expect(chance.bound == .range)
        #expect(chance.value == 25)
        #expect(abs((chance.upperValue ?? 0) - 33.33) < 0.01)
        let digits = figures("Some 1 in 5 to 1 in 3 adults are affected.")
        #expect(digits.count == 1)
    }

    /// A change from one ratio to another, a noun between, or a smaller second ratio stay two figures.
    @Test func ratiosOfAChangeOrWithANounStayTwo() {
        #expect(figures("The odds fell from one in four to one in five.").count == 2)
        #expect(figures("It hit one in four adults, up to one in three in cities.").count == 2)
        #expect(figures("The risk is one in three to one in ten, by region.").count == 2)
        // A change with a bound word before the first ratio, or after a form of "go".
        #expect(figures("Cases rose from about 1 in 20 to 1 in 8 over the decade.").count == 2)
        #expect(figures("The chances went one in five to one in three over the decade.").count == 2)
        #expect(figures("Smoking fell from nearly one in three to one in eight.").count == 2)
        // The scorer reads two ratios as before.
        #expect(scored("The models give a one-in-four to one-in-three chance of a dry summer.").count == 2)
    }
}
