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
        #expect(figures("It was a recall in the 20th century, the 4th District.").isEmpty)
        // A tally is a count: "this is the 9th school to close".
        #expect(figures("This is the 9th school to close this decade, and the 3rd Street site stays.") == ["9"])
        #expect(figures("It was the 4th time and the 21st anniversary.").isEmpty)
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
        #expect(figures("A 2-4 defeat ended the run for the visitors.").isEmpty)
        let range = QuantityParser.quantities(in: "Seedlings need 4-6 hours of light.")
        #expect(range.count == 1 && range.first?.bound == .range && range.first?.unit == "hours")
    }

    /// A vote's counts are figures an editor checks; a match score is not.
    @Test func votesAreTwoCounts() {
        #expect(figures("The jury convicted her by a verdict of 11-1 after a week.") == ["11", "1"])
        #expect(figures("The board voted 7-2 to close the depot, and the court split 5-4.") == ["7", "2", "5", "4"])
        #expect(figures("A 6-3 decision upheld the ban.") == ["6", "3"])
        #expect(figures("The hosts won 4-2 on Sunday.").isEmpty)
    }

    @Test func variantsAndBrandsWithDigitsAreNotFigures() {
        #expect(figures("The XB.4 strain now makes up 12 percent of samples.") == ["12 percent"])
        #expect(figures("9Now crews filmed the flooded street.").isEmpty)
        // Rural grid roads: "1200N", also before a full stop.
        #expect(QuantityParser.quantities(in: "The car left 1200N Road and stopped north of 1800N.").isEmpty)
        // Known units glued in capitals stay units.
        #expect(QuantityParser.quantities(in: "A 10MW plant opened.").map(\.unit) == ["mw"])
    }

    @Test func pointsInTimeAndKindsAreNotFigures() {
        #expect(figures("The lights went out at about 3.p.m. on the pier.").isEmpty)
        #expect(figures("At the 30-second mark the crowd cheered.").isEmpty)
        #expect(figures("Staff on zero-hours contracts rode zero-emission buses.").isEmpty)
    }

    /// "2015 to 2020" dates a period: a span of calendar years, which the scorer reads as dates.
    @Test func spansOfYearsAreDates() {
        let span = QuantityParser.quantities(in: "From 2015 to 2020 the fund grew by 9 percent.")
        #expect(span.map(\.unit) == ["calendar-year", "percent"])
        #expect(span.first?.value == 2015 && span.first?.upperValue == 2020)
        let between = QuantityParser.quantities(in: "Between 2009 and 2016 only 40 homes were built.")
        #expect(between.map(\.unit) == ["calendar-year", nil])
        let seasons = QuantityParser.quantities(in: "Fees rose 8% between 2012-13 and 2018-19.")
        #expect(seasons.map(\.unit) == ["percent", "calendar-year", "calendar-year"])
        #expect(seasons.last?.value == 2018 && seasons.last?.upperValue == 2019)
        // Counts that happen to be years' size stay counts.
        #expect(figures("Between 2000 and 2500 fans attended.") == ["Between 2000 and 2500"])
    }

    /// A unit or a counted noun after a range of year-sized numbers makes it a figure.
    @Test func yearSizedRangesWithAUnitAreFigures() {
        let sodium = QuantityParser.quantities(in: "Most adults eat between 1800 and 2000 mg of sodium a day.")
        #expect(sodium.count == 1 && sodium.first?.unit == "mg" && sodium.first?.value == 1800 && sodium.first?.upperValue == 2000)
        #expect(QuantityParser.quantities(in: "The label says 1800-2000 mg per dose.").map(\.unit) == ["mg"])
        #expect(QuantityParser.quantities(in: "Adults need between 1800 and 2000 calories a day").map(\.unit) == ["kcal"])
        let roll = QuantityParser.quantities(in: "The school roll grew from 1850 to 2040 pupils in a decade.")
        #expect(roll.count == 1 && roll.first?.unit == nil && roll.first?.upperValue == 2040)
        // Spans of years stay years, also when a plural subject follows one that opens the sentence.
        #expect(QuantityParser.quantities(in: "From 2015 to 2020 sales rose 4%.").map(\.unit) == ["calendar-year", "percent"])
        #expect(QuantityParser.quantities(in: "The mill ran from 1850 to 1920, when it burned.").map(\.unit) == ["calendar-year"])
    }

    @Test func aFractionWordBeforeANounCountsAPlace() {
        #expect(figures("Fines start at £200 for a first breach, rising to £2,000 for a fourth breach.") == ["£200", "£2,000"])
        #expect(figures("Costs fell by a third last year.") == ["a third"])
        #expect(figures("A fifth more homes were sold.") == ["A fifth"])
        // A change by a share stays a share whatever follows it.
        #expect(figures("Sales fell by a quarter nationwide after the tax rose.") == ["a quarter"])
        #expect(QuantityParser.quantities(in: "Prices rose by a third nationally and by a quarter in cities.").map(\.value) == [33.33, 25])
        #expect(figures("Rents rose a fifth overnight.") == ["a fifth"])
        #expect(figures("He was jailed for a fourth offence by a third court.").isEmpty)
    }

    @Test func phoneNumbersAreNotFigures() {
        #expect(figures("For tickets ring the box office on 555-0172.").isEmpty)
        #expect(figures("The helpline is 1-800-555-0143 and the desk is (312) 555-0188.").isEmpty)
        #expect(figures("Call the office on 020 7946 0321 or +44 20 7946 0322.").isEmpty)
        // A change with a plus sign, a range of doses and a range of counts stay figures.
        #expect(figures("Shares closed +4% after the call.") == ["4%"])
        #expect(QuantityParser.quantities(in: "Patients took 250-1000 mg at 8 a.m.").map(\.unit) == ["mg"])
        let crowd = QuantityParser.quantities(in: "Between 300-1500 fans are expected.")
        #expect(crowd.count == 1 && crowd.first?.bound == .range)
    }

    @Test func addressesFootnotesAndDecadesAreNotFigures() {
        #expect(figures("Protesters gathered outside 10 Downing Street.").isEmpty)
        #expect(figures("The shop at 42 Mill Lane closed, as did one on the 300 block of Elm.").isEmpty)
        #expect(figures("The rate fell sharply.[3] It rose again in the '80s.").isEmpty)
        #expect(figures("Most buyers are in their 30s.").isEmpty)
        let decade = QuantityParser.quantities(in: "Crime peaked in the 1990s.")
        #expect(decade.map(\.unit) == ["calendar-year"], "a four-digit decade still dates events")
    }

    /// Figures that look like an address, a phone number, a name or a unit they are not.
    @Test func figuresThatResembleNamesAndNumbersToCall() {
        #expect(figures("About 300 Wall Street firms cut jobs.") == ["About 300"])
        let court = QuantityParser.quantities(in: "In 2020 Supreme Court filings rose 12%.")
        #expect(court.map(\.unit) == ["calendar-year", "percent"])
        let index = QuantityParser.quantities(in: "The index traded at 980-1020 points.")
        #expect(index.count == 1 && index.first?.value == 980 && index.first?.upperValue == 1020)
        #expect(figures("Call us at 555-8123 today.").isEmpty)
        // The bound written after it is part of the figure ("45 or lower": at most 45).
        #expect(figures("Treatment starts at an eGFR 45 or lower.") == ["45 or lower"])
        #expect(figures("The camera records 1080p video and 720p/1080p streams.").isEmpty)
        let ca = QuantityParser.quantities(in: "Costs fell by ca.30 percent.")
        #expect(ca.count == 1 && ca.first?.value == 30 && ca.first?.unit == "percent" && ca.first?.bound == .approximate)
        // Still names: a capitalised word glued on, an address, a variant.
        #expect(figures("She reads 7News at 42 Mill Lane about BA.2.").isEmpty)
    }

    @Test func brandsWrittenInCamelCaseAreNames() {
        #expect(figures("The iPhone 14 sold 3 million units.") == ["3 million"])
        #expect(figures("eBay 2 was never launched.").isEmpty)
        #expect(figures("The pond's pH 9 reading worried staff.") == ["9"])
    }

    @Test func olderYearsThatDateSomethingAreYears() {
        let works = QuantityParser.quantities(in: "The museum bought a 1642 painting, first shown in 1650.")
        #expect(works.map(\.unit) == ["calendar-year", "calendar-year"])
        // Counts of that size stay counts.
        #expect(figures("The survey reached 1500 patients in 1200 clinics.") == ["1500", "1200"])
        #expect(figures("Sales fell by 1200 to a total of 1500.") == ["1200", "1500"])
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

    /// A period joined by a hyphen is a duration ("a 45-minute drive"); "a 70-year-old" is an age,
    /// a bare count as "aged 70" is.
    @Test(arguments: [
        ("a 45-minute drive", 45.0, "minutes"), ("a 10-day quarantine", 10.0, "days"), ("a nine-month contract", 9.0, "months"),
        ("a 12-mile route", 12.0, "miles"), ("a 30-second advert", 30.0, "seconds"), ("another 30 more days", 30.0, "days"),
    ])
    func hyphenatedPeriodsAreDurations(text: String, value: Double, unit: String) throws {
        let quantity = try only(text)
        #expect(quantity.value == value && quantity.unit == unit, "\(text): \(quantity)")
    }

    @Test func agesAreBareCounts() throws {
        let age = try only("A 70-year-old man was hurt.")
        #expect(age.value == 70 && age.unit == nil && age.text == "70")
        #expect(try only("Classes for 4-year-olds reopened.").unit == nil)
    }

    @Test func halvesAndSharesOfPeriods() throws {
        let years = try only("The firm has two and a half years to pay.")
        #expect(years.value == 2.5 && years.unit == "years")
        #expect(try only("It took 3 and a half hours.").value == 3.5)
        let century = try only("For a half century the quarry was busy.")
        #expect(century.value == 50 && century.unit == "years")
        #expect(try only("It stood empty for half a century.").value == 50)
        #expect(try only("a quarter century of rule").value == 25)
    }

    @Test func boundsWrittenAroundTheNumber() throws {
        let dozen = try only("Volunteers cleared more than a dozen beaches.")
        #expect(dozen.value == 12 && dozen.bound == .lower)
        let discount = try only("Buyers get up to a 40 percent discount.")
        #expect(discount.value == 40 && discount.unit == "percent" && discount.bound == .upper)
        let fortune = try only("She has an estimated fortune of $2.1 billion.")
        #expect(fortune.value == 2.1e9 && fortune.bound == .approximate)
        let speech = try only("\"It's like 70% tourists now,\" he said.")
        #expect(speech.value == 70 && speech.bound == .approximate)
        let rooms = try only("Rooms cost from $200 to $300 a night.")
        #expect(rooms.bound == .range && rooms.value == 200 && rooms.upperValue == 300 && rooms.unit == "usd per night")
    }

    @Test func countsOfAWholeAndLoneOnes() {
        #expect(QuantityParser.quantities(in: "Three of the eight judges dissented.").map(\.value) == [3, 8])
        #expect(QuantityParser.quantities(in: "Only one bridge stayed open.").map(\.value) == [1])
        #expect(QuantityParser.quantities(in: "One of the best days, and two of them knew it.").isEmpty)
    }

    @Test func unitSymbolsWrittenWithACapital() throws {
        let dose = QuantityParser.quantities(in: "Patients received 60Gy in 30 fractions.")
        #expect(dose.map(\.unit) == ["gy", nil] && dose.first?.value == 60)
        #expect(try only("Emissions reached 400Mt of carbon dioxide.").unit == "mt")
        #expect(try only("The grid runs at 50Hz.").unit == "hz")
    }

    @Test func hyphenatedScalesRatiosAndShares() throws {
        #expect(try only("The plan costs $1.2-billion.").value == 1.2e9)
        #expect(try only("A €3.5-billion fund opened.").value == 3.5e9)
        let share = try only("About 1-in-5 adults smoke.")
        #expect(share.value == 20 && share.unit == "percent" && share.bound == .approximate)
        let ratio = try only("Women outnumber men by a 2-to-1 ratio.")
        #expect(ratio.value == 2 && ratio.unit == "times")
        // Still a range and still a duration.
        let days = try only("Recovery takes 1-to-7 days.")
        #expect(days.bound == .range && days.upperValue == 7)
        #expect(try only("a 2.5-mile walk").unit == "miles")
    }

    @Test func piecesJoinedByAHyphen() throws {
        let set = try only("He bought a 24-pc tool set.")
        #expect(set.value == 24 && set.unit == "pieces")
    }

    @Test func britishShorthandForPercentAndPence() throws {
        let rate = try only("Inflation hit 4pc in March.")
        #expect(rate.value == 4 && rate.unit == "percent")
        let price = try only("A loaf now costs 180p.")
        #expect(price.value == 180 && price.unit == "pence")
        #expect(try only("Bus fares rose by 20 pence.").unit == "pence")
        // Capital PCs are computers.
        #expect(QuantityParser.quantities(in: "The school bought 30 PC units.").map(\.unit) == [nil])
    }

    @Test func aHeightInFeetAndInchesIsOneFigure() throws {
        let height = try only("The suspect is 5ft 10in tall.")
        #expect(abs(height.value - (5 + 10.0 / 12)) < 1e-9 && height.unit == "feet")
        #expect(abs(try only("He stands 6 feet 2 inches.").value - (6 + 2.0 / 12)) < 1e-9)
    }

    @Test func aShareOfAMillionIsACount() throws {
        let crowd = try only("Half a million people marched.")
        #expect(crowd.value == 500_000 && crowd.unit == nil)
        let cost = try only("The repairs cost a quarter of a billion dollars.")
        #expect(cost.value == 250_000_000 && cost.unit == "usd")
    }

    @Test func aUnitWrittenOnBothEndsOfARange() throws {
        let share = try only("Turnout was between 40% and 55% in most wards.")
        #expect(share.bound == .range && share.value == 40 && share.upperValue == 55 && share.unit == "percent")
        let dash = try only("Yields fell 3%-4% this year.")
        #expect(dash.bound == .range && dash.value == 3 && dash.upperValue == 4 && dash.unit == "percent")
        // Two figures with different units stay two.
        #expect(QuantityParser.quantities(in: "It weighed 4 kg and cost 10 percent more.").count == 2)
    }

    @Test func periodsOfYearsKeepTheirUnit() throws {
        let decades = try only("The mine closed more than two decades ago.")
        #expect(decades.text == "more than two decades" && decades.value == 2 && decades.unit == "decades" && decades.bound == .lower)
    }
}

/// A count that only re-counts a list the sentence names one by one (issue 18, round s10): the
/// list is what an editor checks. Our own sentences.
@Suite struct RecountedListTests {
    func figures(_ text: String) -> [String] {
        QuantityParser.quantities(in: text).map(\.text)
    }

    @Test func aCountBeforeItsListIsNoFigure() {
        #expect(figures("The renaming of three lanes — Elm Row, Oak Lane, and Ash Way — took a year.").isEmpty)
        #expect(figures("The renaming of three lanes in Old Town — Elm Row, Oak Lane, and Ash Way — took a year.").isEmpty)
        #expect(figures("The port's two pilots, Ana Ruiz of Leeds and Bo Lee of York, back the plan.").isEmpty)
        #expect(figures("The region's three ferry firms, Harbourline, Bay Boats and Isle Link, cut fares.").isEmpty)
        #expect(
            figures("The board has three blocs: the Harbour Caucus, with 9 members; the left-leaning Quay Group; and the Pier Union, with 4.")
                == ["9", "4"])
    }

    @Test func aCountAfterItsListIsNoFigure() {
        #expect(figures("Ana Ruiz and Bo Lee, the two pilots, back the plan.").isEmpty)
        #expect(figures("Cider and perry, the two local drinks, sell best.").isEmpty)
    }

    /// A count the list does not match, a list that is a source, or a count of unnamed people stays.
    @Test func aCountOfOtherThingsStays() {
        #expect(figures("Police arrested three men, Ana Ruiz and Bo Lee among them.") == ["three"])
        #expect(figures("Two ferries sank, Ruiz and Lee said.") == ["Two"])
        #expect(figures("Six firms bid, and three were from Leeds.") == ["Six", "three"])
        #expect(figures("All 40 passengers, most of them from Leeds, were rescued.") == ["40"])
    }

    /// Health and science sites cite sources by number in brackets at a clause's end: the number
    /// counts nothing, so the figures a claim reports leave it out. A bracketed figure with a unit,
    /// a sample size, or a count after a name stays.
    @Test func aNumberedReferenceIsNoFigure() {
        func values(_ text: String) -> [Double] { QuantityParser.quantities(in: text, asReported: true).map(\.value) }
        #expect(values("Calipers have been used to estimate body fat for over 40 years (1).") == [40])
        #expect(values("The error of the scale can be as low as 2% body weight (4, 11).") == [2])
        #expect(values("Walking lowers resting heart rate (7), and swimming may too (8, 9).").isEmpty)
        #expect(values("The tablet is taken with water (12); the syrup with food.").isEmpty)
        #expect(values("Fewer riders missed their stop (5%).") == [5])
        #expect(values("The trial enrolled adults (n = 40).") == [40])
        #expect(values("The trial enrolled adults (40 women).") == [40])
        #expect(values("Ana Ruiz (11) and Bo Lee (4) lead the count of endorsements.") == [11, 4])
    }

    /// The claim decision and the scorer read no numbered reference either: the citation is a cue
    /// of its own (`BracketCitation.citesByNumber`), so the number need not stand in for a figure.
    @Test func aNumberedReferenceIsNoFigureToDecideOrCompare() {
        func values(_ text: String) -> [Double] { QuantityParser.quantities(in: text, keepingRecounts: true).map(\.value) }
        #expect(values("Calipers have been used to estimate body fat for over 40 years (1).") == [40])
        #expect(values("Cold showers slow the pulse of most swimmers (3, 10).").isEmpty)
        #expect(QuantityParser.quantities(in: "Cold showers slow the pulse of most swimmers (3).").isEmpty)
        #expect(values("The trial enrolled adults (40 women).") == [40])
        #expect(values("Ana Ruiz (11) and Bo Lee (4) lead the count of endorsements.") == [11, 4])
        #expect(NonFigure.closesWithNumberedReference("Cold showers slow the pulse of most swimmers (3)."))
        #expect(!NonFigure.closesWithNumberedReference("Cold showers slow the pulse (3), and warm baths speed it."))
    }
}
