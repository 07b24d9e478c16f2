import FactCheckModel
import Testing
@testable import TextAnalysis

/// Kinds of quantity error found on the labelled pages (issue 18, round s9), each fixed as a kind:
/// a scale glued to an amount in capitals, an area's unit, a bound written after the number, and a
/// span of the clock. Every sentence is our own.
@Suite struct FigureKindTests {
    func figures(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text).filter { $0.unit != "calendar-year" }
    }

    /// "$5.5B", "€470M": a capital scale glued to an amount after a currency sign.
    @Test func aCapitalScaleAfterACurrencyIsAScale() {
        let billions = figures("The owners lent themselves $4.5B through shell firms.")
        #expect(billions.map(\.value) == [4_500_000_000] && billions.first?.unit == "usd")
        #expect(figures("The port spent €120M on cranes.").first?.value == 120_000_000)
        // A capital glued to a number without a currency is still a name.
        #expect(figures("The 5G masts went up in May.").isEmpty)
    }

    /// An area is measured in its own unit.
    @Test func anAreaKeepsItsUnit() {
        let forest = figures("The reserve covers 13.5 million square kilometres of forest.")
        #expect(forest.first?.value == 13_500_000 && forest.first?.unit == "km2")
        #expect(figures("The flat has 80 square metres of floor.").first?.unit == "m2")
        #expect(figures("The lake spans 12 square miles.").first?.unit == "mi2")
        // Written with symbols or short words, an area is still an area.
        for written in ["13 km2", "13 km²", "13 sq. km", "13 square km"] {
            #expect(figures("The reserve covers \(written) of marsh.").first?.unit == "km2", "\(written)")
        }
        for written in ["80 m2", "80 m²", "80 sq. m"] {
            #expect(figures("The flat has \(written) of floor.").first?.unit == "m2", "\(written)")
        }
        #expect(figures("The barn has 900 ft² of floor.").first?.unit == "ft2")
        // A length stays a length.
        #expect(figures("The road runs 13 kilometres.").first?.unit == "km")
    }

    /// "50% or more" is at least 50%; "two hours or less" at most two.
    @Test func aBoundAfterTheNumberBoundsIt() {
        let share = figures("Some clubs went from 10% women members to 45% or more within a year.")
        #expect(share.map(\.bound) == [.exact, .lower])
        #expect(figures("The test takes 20 minutes or less.").first?.bound == .upper)
        // "two or three" is still a range, and a plain figure stays exact.
        #expect(figures("The repair takes two or three days.").first?.bound == .range)
        #expect(figures("The test takes 20 minutes.").first?.bound == .exact)
    }

    /// "or more", "at least", "and older" include their figure; "more than" does not.
    @Test func aFloorSaysWhetherItIncludesItsFigure() {
        #expect(figures("Some clubs grew to 45% or more within a year.").first?.inclusive == true)
        #expect(figures("At least 45% of clubs grew within a year.").first?.inclusive == true)
        #expect(figures("More than 45% of clubs grew within a year.").first?.inclusive == false)
        let aged = figures("Members aged 70 and over pay half.").first
        #expect(aged?.bound == .lower && aged?.inclusive == true && aged?.text == "70 and over")
        #expect(figures("Members aged 70 and older pay half.").first?.bound == .lower)
        // "and over the next decade" is a span of time, not a floor.
        #expect(figures("Fees rose 3% and over the next decade kept rising.").first?.bound == .exact)
    }

    /// "PM2.5" after a range is a pollutant, not "pm"; "$2T" is two trillion dollars.
    @Test func aPollutantAndATrillion() {
        #expect(figures("Readings of 10-12 PM2.5 were logged near the port.").first?.upperValue == 12)
        let debt = figures("The debt passed $2T in the spring.").first
        #expect(debt?.value == 2_000_000_000_000 && debt?.unit == "usd")
    }

    /// "5-8pm" is a time of day, not a range of figures.
    @Test func aSpanOfTheClockIsNoFigure() {
        #expect(figures("The gallery opens its show on Friday, 6-9pm, with music.").isEmpty)
        #expect(figures("Doors open 10–11 a.m. on Sundays.").isEmpty)
        // A range of hours is still a figure.
        #expect(figures("The shift lasts 6-9 hours.").first?.upperValue == 9)
    }
}

/// The whole a count is taken out of (round s9): "21 of 131 countries" states 21, not 131.
@Suite struct CountDenominatorTests {
    @Test func theWholeAfterOfIsNoFigure() {
        let counted = QuantityParser.quantities(in: "Only 14 of 120 harbours have a lifeboat.").map(\.value)
        #expect(counted == [14])
        #expect(QuantityParser.quantities(in: "Only 3 of 9 judges dissented.").map(\.value) == [3])
        // A count in words is a figure as one in digits is, and then the whole is dropped.
        #expect(QuantityParser.quantities(in: "Two of three tenants pay late in the borough.").map(\.value) == [2])
        #expect(QuantityParser.quantities(in: "Seven of 10 vets prefer the brush.").map(\.value) == [7])
        #expect(QuantityParser.quantities(in: "Just one of 15 pupils was absent in the village.").map(\.value) == [1])
        // A lone "one" is no figure, so the whole stays the sentence's figure.
        #expect(QuantityParser.quantities(in: "One of 15 pupils was absent in the village.").map(\.value) == [15])
        // A number after "of" with no count before it is a figure.
        #expect(QuantityParser.quantities(in: "A fleet of 120 boats sailed.").map(\.value) == [120])
    }
}
