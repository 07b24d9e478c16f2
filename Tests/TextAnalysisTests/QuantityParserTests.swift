import FactCheckModel
import Testing
@testable import TextAnalysis

/// The one quantity `text` holds; fails the test when it holds none or several.
private func only(_ text: String) throws -> Quantity {
    let found = QuantityParser.quantities(in: text)
    try #require(found.count == 1, "expected one quantity in \(text), got \(found)")
    return found[0]
}

@Suite struct QuantityParserTests {
    /// The newsroom's "5.2m people" and "1.5k jobs" are counts; "a 100m sprint" is a length.
    @Test func aScaleLetterBeforeAPluralNounCounts() throws {
        let people = try only("About 5.2m people live in the region.")
        #expect(people.value == 5_200_000 && people.unit == nil)
        let jobs = try only("The plant will add 1.5k jobs next year.")
        #expect(jobs.value == 1_500)
        let sprint = try only("She won the 100m sprint.")
        #expect(sprint.value == 100 && sprint.unit == "m")
        let tall = try only("The wall is 5m tall.")
        #expect(tall.value == 5 && tall.unit == "m")
    }

    @Test func boundsChangeTheMeaningOfTheSameNumber() throws {
        let lower = try only("more than 80 percent of people will experience back pain")
        #expect(lower.value == 80 && lower.unit == "percent" && lower.bound == .lower)
        #expect(lower.text == "more than 80 percent")
        let upper = try only("as much as 80 percent of the population will experience a back problem")
        #expect(upper.value == 80 && upper.unit == "percent" && upper.bound == .upper)
        #expect(upper.text == "as much as 80 percent")
        let noMore = try only("no more than 5% of patients")
        #expect(noMore.bound == .upper && noMore.value == 5)
        let about = try only("nearly 40 per cent")
        #expect(about.bound == .approximate && about.value == 40 && about.unit == "percent")
    }

    @Test(arguments: [
        ("eight in ten adults", 80.0), ("1 in 5 children", 20.0), ("one out of four", 25.0),
        ("a third of patients", 33.33), ("half of adults", 50.0), ("two-thirds of doctors", 66.67),
        ("a quarter of the sample", 25.0),
    ])
    func wordsAndRatiosBecomePercentages(text: String, percent: Double) throws {
        let quantity = try only(text)
        #expect(quantity.unit == "percent")
        #expect(abs(quantity.value - percent) < 0.01)
    }

    @Test func rangesKeepBothEnds() throws {
        let range = try only("3 to 7 hours of sleep")
        #expect(range.bound == .range && range.value == 3 && range.upperValue == 7 && range.unit == "hours")
        let between = try only("between 10 and 20 mg")
        #expect(between.bound == .range && between.value == 10 && between.upperValue == 20 && between.unit == "mg")
    }

    @Test func multipliersMoneyAndYears() throws {
        #expect(try only("four times more likely").value == 4)
        #expect(try only("four times more likely").unit == "times")
        #expect(try only("the risk doubles").value == 2)
        let fold = try only("Seal numbers rose threefold.")
        #expect(fold.value == 3 && fold.unit == "times")
        let money = try only("cost $2.5 million last year")
        #expect(money.value == 2_500_000 && money.unit == "usd")
        let year = try only("a study published in 2017")
        #expect(year.value == 2017 && year.unit == "calendar-year")
        #expect(try only("1,200 participants").value == 1200)
        #expect(try only("twenty-five people").value == 25)
    }

    @Test func sentencesWithoutNumbersHaveNone() {
        #expect(QuantityParser.quantities(in: "Massage increases blood flow to the area.").isEmpty)
        #expect(QuantityParser.quantities(in: "").isEmpty)
        #expect(QuantityParser.quantities(in: "It is over the top and under the weather.").isEmpty)
    }
}

/// Digits glued to a word name something; they are not figures to compare.
@Suite struct QuantityNameTests {
    @Test func digitsGluedToAWordAreNotNumbers() {
        for text in ["omega-3 supplements", "IL-6 levels", "COVID-19 patients", "CD4 counts", "H2O intake"] {
            #expect(QuantityParser.quantities(in: text).isEmpty, "\(text)")
        }
    }

    @Test func numbersWithASpaceOrARangeDashStayNumbers() {
        #expect(QuantityParser.quantities(in: "type 2 diabetes").map(\.value) == [2])
        let range = QuantityParser.quantities(in: "slept 3-7 hours")
        #expect(range.count == 1 && range.first?.value == 3 && range.first?.upperValue == 7)
        #expect(QuantityParser.quantities(in: "omega-3 cut triglycerides by 25 percent").map(\.value) == [25])
    }
}

/// Figures news pages write that the parser lost or invented (issue 18, third round).
@Suite struct NewsFigureTests {
    func figures(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text).filter { $0.unit != "calendar-year" }
    }

    @Test func unitsOfWeightMoneyAndStorage() {
        let tons = figures("The plant burned 3 million metric tons of coal.")
        #expect(tons.count == 1 && tons.first?.value == 3_000_000 && tons.first?.unit == "tonnes")
        #expect(figures("The crate held 12.5 kilos of tea.").first?.unit == "kg")
        #expect(figures("The bridge cost 900 million yuan.").first?.unit == "cny")
        let yen = figures("The stolen gloves were worth ¥25,000.")
        #expect(yen.first?.value == 25_000 && yen.first?.unit == "jpy")
        #expect(figures("Images under 300 KB are skipped.").first?.unit == "kb")
        #expect(figures("Each log file is capped at 20 megabytes.").first?.unit == "mb")
    }

    @Test func aUnitWrittenAsAnAdjective() {
        let wide = figures("Its 300-metre-wide crater formed last winter.")
        #expect(wide.count == 1 && wide.first?.value == 300 && wide.first?.unit == "m")
        let budget = figures("The 3.4-billion-yuan rail link opened.")
        #expect(budget.count == 1 && budget.first?.value == 3_400_000_000 && budget.first?.unit == "cny")
        #expect(figures("a two-kilometre queue").first?.unit == "km")
    }

    @Test func anEquivalentInAnotherUnitKeepsTheBound() {
        let both = figures("Files under 10,240 KB/10 MB are left alone.")
        #expect(both.map(\.bound) == [.upper, .upper])
        #expect(both.map(\.unit) == ["kb", "mb"])
        let bracketed = figures("Officers seized about 40 pounds (18 kilos) of the drug.")
        #expect(bracketed.map(\.bound) == [.approximate, .approximate])
        // Two figures of their own stay as written.
        #expect(figures("Sales rose by more than 5% (and 2 stores closed).").map(\.bound) == [.lower, .exact])
    }

    @Test func theDenominatorOfARateIsNoFigure() {
        let rate = figures("The region logged 41.3 cases per 100,000 residents, up from 20.1 a week before.")
        #expect(rate.map(\.value) == [41.3, 20.1])
        #expect(figures("about 7 deaths per 1,000 births").map(\.value) == [7])
        // A price per a counted amount stays a price.
        #expect(figures("Tickets cost $5 per 2 rides.").first?.unit == "usd")
    }

    @Test func numbersThatAreNames() {
        #expect(figures("Officers in Region Four found the boat on Monday.").isEmpty)
        #expect(figures("The Three-gorges Visitor Centre reopened.").isEmpty)
        #expect(figures("The signal came from a pulsar known as 190412.").isEmpty)
        #expect(figures("Tenants of @2210 Lofts were told to leave.").isEmpty)
        #expect(figures("The rematch between the two sides is set for Friday.").isEmpty)
        // A number word that opens the sentence, or a plain count, is still a figure.
        #expect(figures("Two people were hurt.").map(\.value) == [2])
        #expect(figures("The two lorries carried 30 tonnes.").map(\.value) == [2, 30])
        #expect(figures("five-hundred-metre cables").first?.value == 500)
    }
}

/// Units written out and rates of a measure (issue 18, round s10). Our own sentences.
@Suite struct MeasureRateTests {
    /// "gigawatt-hours" is energy, not the power "gigawatt".
    @Test func wattHoursWrittenOutAreEnergy() throws {
        #expect(try only("The dam made about 2.8 gigawatt-hours of power.").unit == "gwh")
        #expect(try only("The town used 40 megawatt hours in May.").unit == "mwh")
        #expect(try only("The plant's output was 300 megawatts.").unit == "mw")
    }

    /// However a rate is written ("per year", "a year", "annually", "/yr"), the figure keeps the
    /// same unit, which figure agreement compares as a string: "per year" is no unit of its own.
    @Test func aRateWrittenAnyWayKeepsOneUnit() throws {
        let perYear = try only("Data centres use about 200 TWh per year.").unit
        #expect(perYear == "twh")
        #expect(try only("Data centres use about 200 TWh a year.").unit == perYear)
        #expect(try only("Data centres use about 200 TWh annually.").unit == perYear)
        #expect(try only("Adults take 5 mg per day.").unit == (try only("Adults take 5 mg a day.").unit))
        #expect(try only("Pilots work 40 hours per week.").unit == "hours")
    }
}
