import FactCheckModel
import Testing
@testable import TextAnalysis

/// A measure per unit of time or area keeps what it is per in the figures a claim reports (a
/// yearly amount of energy, a density, a speed written out); other "per" phrases keep their
/// readings, and the scorer reads the bare measure. Sentences of our own (written in session 18,
/// issue 18).
@Suite struct PerUnitMeasureTests: FigureReadings {
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
}
