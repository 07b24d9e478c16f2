import FactCheckModel
import Testing
@testable import TextAnalysis

/// Numbers that are not figures: each sentence's only figure (if any) is the one named.
@Suite struct NonFigureTests {
    func figures(_ text: String) -> [String] {
        QuantityParser.quantities(in: text).map(\.text)
    }

    @Test func periodsOfAYearAreNotFractions() {
        #expect(figures("Orders at the bakery chain slowed in the third quarter.").isEmpty)
        #expect(figures("The club conceded twice in the first half and once in the second half.") == ["twice"])
        #expect(figures("Losses narrowed in the fourth quarter of last year.").isEmpty)
        #expect(figures("She is running for a third term, her fifth straight campaign.").isEmpty)
        // Shares are still shares.
        #expect(figures("Half of the tenants and a quarter of the owners signed.") == ["Half", "a quarter"])
        #expect(figures("Three quarters of the wells ran dry.") == ["Three quarters"])
    }

    @Test func datesAndClockTimesAreNotFigures() {
        #expect(figures("The ferry sank on March 5 near the harbour.").isEmpty)
        #expect(figures("Voting closes on 12 June at 9 p.m. local time.").isEmpty)
        #expect(figures("The council met on Jan. 14, 2021, at 10:30 to vote.") == ["2021"])
        #expect(figures("Rent is due on the 1st of May.").isEmpty)
        #expect(figures("The leak was found on 2023-08-17 and fixed by 6pm.").isEmpty)
        #expect(figures("The memorial marks 9/11 and the shop is open 24/7.").isEmpty)
        let year = QuantityParser.quantities(in: "The levy began in April 2019.")
        #expect(year.map(\.unit) == ["calendar-year"], "a year stays a year: the scorer dates events with it")
    }

    @Test func ordinalsAndLabelsAreNotFigures() {
        #expect(figures("It was the 4th recall in the 20th century.").isEmpty)
        #expect(figures("In Week 5 the league moved to phase 3.").isEmpty)
        // A study's "day 180" is a time, as it was read before.
        #expect(figures("Scars had faded by day 180.") == ["180"])
        #expect(figures("Results are in Table 2 and Figure 4.").isEmpty)
        #expect(figures("Take exit 12 and park on floor two.").isEmpty)
        #expect(figures("It is the No. 1 cause and the #2 brand.").isEmpty)
        #expect(figures("Days 3 to 6 were the hottest.").isEmpty)
        #expect(figures("In Week 3 prices rose by 5 percent.") == ["5 percent"])
    }

    @Test func indexAndProductNamesAreNotFigures() {
        #expect(figures("The S&P 500 slipped while the FTSE 100 index gained.").isEmpty)
        #expect(figures("Airlines grounded the Boeing 737 fleet and Windows 11 crashed.").isEmpty)
        #expect(figures("The Nasdaq 100 fell 2 percent.") == ["2 percent"])
        #expect(figures("5G masts and 3D printers sold well.").isEmpty)
        // A title in title case still has its figures.
        #expect(figures("Survey Finds 300 Nurses Quit") == ["300"])
    }

    @Test func numbersToCallAndCalibresAreNotFigures() {
        #expect(figures("Neighbours called 911 and a 911 dispatcher answered.").isEmpty)
        #expect(figures("Dial 999 in an emergency.").isEmpty)
        #expect(figures("Police found a .38 revolver, a 12-gauge shotgun and a 9mm pistol.").isEmpty)
    }

    @Test func scoresAndRecordsAreNotRanges() {
        #expect(figures("The visitors won 3-1 after trailing at half-time.").isEmpty)
        #expect(figures("They ended the season with a 9-7 record.").isEmpty)
        #expect(figures("A 2-4 defeat ended the run, and the court split 5-4.").isEmpty)
        let range = QuantityParser.quantities(in: "Seedlings need 4-6 hours of light.")
        #expect(range.count == 1 && range.first?.bound == .range && range.first?.unit == "hours")
    }

    @Test func anonymousSourcesAreNotFigures() {
        #expect(figures("Two people familiar with the plan said it would be delayed.").isEmpty)
        #expect(figures("Three officials who spoke on condition of anonymity confirmed it.").isEmpty)
        #expect(figures("four sources close to the board said 12 jobs would go.") == ["12"])
        #expect(figures("Two people were injured.") == ["Two"])
    }
}

/// Units, ranges and scales the parser keeps.
@Suite struct QuantityUnitTests {
    func only(_ text: String) throws -> Quantity {
        let found = QuantityParser.quantities(in: text)
        try #require(found.count == 1, "expected one quantity in \(text), got \(found)")
        return found[0]
    }

    @Test(arguments: [
        ("a 45-yard field goal", 45.0, "yards"), ("a 14-inch laptop", 14.0, "inches"), ("a 2 GW wind farm", 2.0, "gw"),
        ("an engine of 190 PS", 190.0, "ps"), ("a torque of 320 Nm", 320.0, "nm-torque"), ("a 7 nm chip", 7.0, "nm"),
        ("noise of 70 dBA at night", 70.0, "dba"), ("a 1.5 MW turbine", 1.5, "mw"), ("a 60 kWh battery", 60.0, "kwh"),
        ("a 300-horsepower car", 300.0, "hp"), ("driving at 70 mph", 70.0, "mph"),
    ])
    func unitsAreKept(text: String, value: Double, unit: String) throws {
        let quantity = try only(text)
        #expect(quantity.value == value && quantity.unit == unit, "\(text): \(quantity)")
    }

    @Test func pricesKeepWhatTheyArePer() throws {
        let power = try only("Storage fell to $140 per kWh last year.")
        #expect(power.value == 140 && power.unit == "usd per kwh" && power.text == "$140 per kWh")
        #expect(try only("Crude traded at $82 a barrel.").unit == "usd per barrel")
        #expect(try only("Profit was $1.10 a share.").unit == "usd per share")
    }

    @Test func rangesWrittenInWordsAndScaledOnce() throws {
        let days = try only("Recovery takes one-to-seven days.")
        #expect(days.bound == .range && days.value == 1 && days.upperValue == 7 && days.unit == "days")
        let cost = try only("The bridge will cost $40-50 billion.")
        #expect(cost.bound == .range && cost.value == 40e9 && cost.upperValue == 50e9 && cost.unit == "usd")
        let between = try only("between 2 and 3 million households")
        #expect(between.value == 2e6 && between.upperValue == 3e6)
        let wide = try only("between 500 and 1 million visitors")
        #expect(wide.value == 500 && wide.upperValue == 1e6, "the first end is already larger than the second's digits")
        #expect(try only("a fine of £2bn").value == 2e9)
        #expect(try only("a grant of $3m").value == 3e6)
    }

    @Test func periodsOfYearsKeepTheirUnit() throws {
        let decades = try only("The mine closed more than two decades ago.")
        #expect(decades.text == "more than two decades" && decades.value == 2 && decades.unit == "decades" && decades.bound == .lower)
    }
}
