import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 12 (issue 18): the figure kinds batch 5's explainers, essays and blog posts use that the
/// parser read wrongly, each as a rule of English or of units. Every sentence is our own; each test
/// has the broken shape and the shapes that must not change.
@Suite struct ArticleFigureKindsTests {
    /// The figures a claim reports (``QuantityParser/quantities(in:keepingRecounts:asReported:)``).
    func figures(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text, asReported: true).filter { $0.unit != "calendar-year" }
    }

    /// The figures the scorer reads, on a claim and on a source sentence alike.
    func scored(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text).filter { $0.unit != "calendar-year" }
    }

    /// "2 GB/s": a unit of data over a unit of time is a transfer rate.
    @Test func aUnitOfDataOverATimeIsARate() {
        #expect(figures("The ferry's logger writes about 2 GB/s to its disk.").map(\.unit) == ["gb per seconds"])
        #expect(figures("The new link moves 300 MB/s between the piers.").map(\.unit) == ["mb per seconds"])
        // Other units over a time read as before (a dose "10 mg/d" stays `mg`, as the scorer compares it).
        #expect(figures("The glacier slid 3 m/day last spring.").map(\.unit) == ["m"])
        // Money, a share and a unit already named as a speed read as before.
        #expect(figures("Dock hands earn $15/hour.").map(\.unit) == ["usd per hours"])
        #expect(figures("The ferry sails at 40 km/h.").map(\.unit) == ["kph"])
        #expect(figures("The archive holds 2 GB of harbour logs.").map(\.unit) == ["gb"])
    }

    /// Cryptocurrency amounts carry their ticker as the unit.
    @Test func aCryptocurrencyTickerIsAUnit() {
        let amounts = figures("The harbour kiosk takes no less than 0.002 BTC or 0.05 ETH per ticket.")
        #expect(amounts.map(\.unit) == ["btc", "eth"])
        #expect(figures("A pier token sells for 0.5 LTC, and a bench for 0.1 BCH.").map(\.unit) == ["ltc", "bch"])
    }

    /// "the richest 10%": a share after a word that ranks people names a group.
    @Test func aRankedShareNamesAGroup() {
        #expect(figures("The richest 10% of islanders own 60% of the boats.").map(\.value) == [60])
        #expect(figures("In the harbour town the bottom 40 percent hold almost no land.").isEmpty)
        #expect(figures("The island's wealthiest 1% own three ferries.").map(\.value) == [3])
        // The scorer still reads the group's share, a source may name another group.
        #expect(scored("The richest 10% of islanders own 60% of the boats.").map(\.value) == [10, 60])
        // A rank word before a measure, and a share with no rank word, stay figures.
        #expect(figures("The top 45% rate applies to pier owners.").map(\.value) == [45])
        #expect(figures("Fares rose 10% for the poorest islanders.").map(\.value) == [10])
    }

    /// "the two major parties": a word that ranks the two parties keeps the phrase a name.
    @Test func theTwoMajorPartiesAreNoFigure() {
        #expect(figures("The two major parties on the island both backed the ferry plan.").isEmpty)
        #expect(figures("The island's two main parties split over the pier.").isEmpty)
        // Two things counted, with an adjective between, stay a count.
        #expect(figures("The two major ferries sank in the storm.").map(\.value) == [2])
        #expect(figures("Two parties on the island backed the plan.").map(\.value) == [2])
    }

    /// "exceeds 1.5 °C": a verb of exceeding right before a figure is a floor, as "exceeding" was.
    @Test func exceedingIsAFloor() {
        #expect(figures("The storm surge exceeds 2 metres at the pier.").map(\.bound) == [.lower])
        #expect(figures("Harbour traffic exceeded 300 ships last month.").map(\.bound) == [.lower])
        // A figure that does not follow the verb stays exact.
        #expect(figures("The surge exceeded the old record by 0.3 metres.").map(\.bound) == [.exact])
    }

    /// "170 coins and counting": a floor, the count still rising.
    @Test func andCountingIsAFloor() {
        let listed = figures("The harbour exchange lists 170 coins and counting.")
        #expect(listed.map(\.value) == [170] && listed.first?.bound == .lower)
        #expect(figures("The pier has 40 moorings and 12 cranes.").map(\.bound) == [.exact, .exact])
    }
}
