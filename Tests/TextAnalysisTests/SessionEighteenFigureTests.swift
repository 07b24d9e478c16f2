import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 18 (issue 18): a unit written once for two amounts set against each other, a measure
/// per unit of time or area, a number hyphenated to a noun naming a technical type, and two ratios
/// joined by "to". Each rule on sentences of our own, with at least three where it must not fire;
/// all four change only the figures a claim reports, so the scorer's reading is checked to stay.
@Suite struct SessionEighteenFigureTests: FigureReadings {
    // MARK: - A unit written once for two amounts

    /// The second amount of a comparison or a sequence, with no unit of its own, takes the first's.
    @Test func theSecondAmountOfAComparisonTakesTheUnit() {
        let lower = figures("Demand on Sunday reached 31,420 megawatts, far lower than the 33,080 it hit a day earlier.")
        #expect(lower.map(\.unit) == ["mw", "mw"])
        #expect(lower.map(\.value) == [31_420, 33_080])
        let sequence = figures("The wettest year was 1998, with 1,412 millimetres, followed by 2003 with 1,380, the office said.")
        #expect(sequence.map(\.unit) == ["mm", "mm"])
        let from = figures("The harvest came to 8,200 tonnes, down from 9,100 in the spring.")
        #expect(from.map(\.unit) == ["tonnes", "tonnes"])
    }

    /// A noun after the second amount, a unit of its own, another shape, a far magnitude or no word
    /// of comparison: the second amount keeps its own reading.
    @Test func theElidedUnitNeedsTheSameMeasure() {
        // A noun after it: homes are counted, not megawatts.
        let homes = figures("The plant produced 4,500 megawatts, more than the 4,200 homes nearby need.")
        #expect(homes.map(\.unit) == ["mw", nil])
        // A unit of its own.
        let own = figures("Output rose to 4,500 megawatts, compared with 4,200 gigawatt hours a year before.")
        #expect(own.last?.unit == "gwh")
        // Another shape: a small count against a grouped amount.
        let staff = figures("The site generates 4,500 megawatts with 350 staff on shift.")
        #expect(staff.last?.unit == nil)
        // No word of comparison before it.
        let employs = figures("The plant makes 4,500 megawatts and employs 4,200.")
        #expect(employs.last?.unit == nil)
        // Part of a whole.
        let part = figures("The port shipped 45,000 tonnes, with 40,000 of them bound for Asia.")
        #expect(part.last?.unit == nil)
        // A share in brackets has its own unit.
        let share = figures("Turnout was 4,100 voters (17 percent), against 3,900 a year earlier.")
        #expect(share.map(\.unit).contains("percent"))
    }

    /// A bare "with" or "from" joins a count of other things, not a second amount of the measure;
    /// "with" links only after "compared" or in "followed by YEAR with", "from" only after a word
    /// of change. A capitalised word after the amount names what is counted.
    @Test func aBareWithOrFromLeavesTheCountAlone() {
        // "with N" and a place or a crowd: people, not the measure.
        #expect(figures("The dam generates 800 megawatts with 600 on its staff.").last?.unit == nil)
        #expect(figures("The ship hauled 700 tonnes of ore with 500 on deck.").last?.unit == nil)
        #expect(figures("She threw the hammer 70 metres at the trials, with 60 in the stands watching.").last?.unit == nil)
        // "with N" and a comma: the clause after says who spoke.
        #expect(figures("The drug was 70 percent effective in a trial with 60, the makers said.").last?.unit == nil)
        // "with N and M" after a noun of places.
        #expect(figures("The cable brings 200 megawatts to villages with 150 and 250 homes.").dropFirst().map(\.unit) == [nil, nil])
        // "from N" after no word of change.
        #expect(figures("The mill bought 900 tonnes of wheat from 600 in the valley.").last?.unit == nil)
        // A capitalised word after it, even after "than".
        #expect(figures("The co-op sold 400 tonnes, more than 300 Welsh farms could take.").last?.unit == nil)
    }

    /// "compared with", "followed by YEAR with" and a change's "from" still link.
    @Test func setPhrasesOfComparisonStillLink() {
        #expect(figures("The mine dug 60 tonnes in March, compared with 45 in April.").map(\.unit) == ["tonnes", "tonnes"])
        #expect(figures("Output hit 5,600 megawatts, up from 4,900 a year before.").map(\.unit) == ["mw", "mw"])
        #expect(figures("The catch was 3,300 tonnes, versus 2,900 a year before.").map(\.unit) == ["tonnes", "tonnes"])
    }

    /// The ten words count from the figure with the unit, not from a year read after it.
    @Test func theWindowCountsFromTheMeasuredFigure() {
        let far = figures("The river carried 4,500 tonnes of silt a day in the dry months that ended in 2019, against 4,100 in the wet.")
        #expect(far.last?.unit == nil)
    }

    /// The scorer reads the second amount as written.
    @Test func theScorerKeepsTheBareSecondAmount() {
        #expect(scored("Demand reached 31,420 megawatts, well below the 33,080 recorded a day earlier.").last?.unit == nil)
    }

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
