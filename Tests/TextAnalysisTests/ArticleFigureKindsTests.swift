import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 12 (issue 18): the figure kinds batch 5's explainers, essays and blog posts use that the
/// parser read wrongly, each as a rule of English or of units. Every sentence is our own; each test
/// has the broken shape and the shapes that must not change.
@Suite struct ArticleFigureKindsTests: FigureReadings {
    /// "2 GB/s": a unit of data over a unit of time is a transfer rate.
    @Test func aUnitOfDataOverATimeIsARate() {
        #expect(figures("The ferry's logger writes about 2 GB/s to its disk.").map(\.unit) == ["gb per seconds"])
        #expect(figures("The new link moves 300 MB/s between the piers.").map(\.unit) == ["mb per seconds"])
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

    /// Review of issue 18 (S1): the same letters before a noun name things, not a coin.
    @Test func aTickerBeforeANounIsNoUnit() {
        #expect(figures("The county licensed 200 LTC facilities last year.").map(\.unit) == [nil])
        #expect(figures("The harbour has 1,000 bitcoin ATMs.").map(\.unit) == [nil])
        #expect(figures("The college enrolled 40 ETH students.").map(\.unit) == [nil])
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
        #expect(figures("The crew earned a top 10% finish in the regatta.").map(\.value) == [10])
        #expect(figures("Fares rose 10% for the poorest islanders.").map(\.value) == [10])
    }

    /// "the two major parties": a word that ranks the two parties keeps the phrase a name.
    @Test func theTwoMajorPartiesAreNoFigure() {
        #expect(figures("The two major parties on the island both backed the ferry plan.").isEmpty)
        #expect(figures("The island's two main parties split over the pier.").isEmpty)
        // Two things counted, with an adjective between, stay a count.
        #expect(figures("The two major ferries sank in the storm.").map(\.value) == [2])
        #expect(figures("Two parties on the island backed the plan.").map(\.value) == [2])
        // Review of issue 18 (S3): a possessive or a rank word names only parties.
        #expect(figures("The club's two teams won 14 titles.").map(\.value) == [2, 14])
        #expect(figures("The region's two main countries signed 3 trade deals.").map(\.value) == [2, 3])
    }

    /// "exceeds 1.5 °C": a verb of exceeding right before a figure is a floor, as "exceeding" was.
    @Test func exceedingIsAFloor() {
        #expect(figures("The storm surge exceeds 2 metres at the pier.").map(\.bound) == [.lower])
        #expect(figures("Harbour traffic exceeded 300 ships last month.").map(\.bound) == [.lower])
        // A figure that does not follow the verb stays exact.
        #expect(figures("The surge exceeded the old record by 0.3 metres.").map(\.bound) == [.exact])
        // Review of issue 18 (S2): passive, or counting times, it bounds nothing.
        #expect(figures("The pier's limit was exceeded 3 times.").map(\.bound) == [.exact])
        #expect(figures("Ferries exceeded 3 times their rated load.").map(\.bound) == [.exact])
    }

    /// "170 coins and counting": a floor, the count still rising.
    @Test func andCountingIsAFloor() {
        let listed = figures("The harbour exchange lists 170 coins and counting.")
        #expect(listed.map(\.value) == [170] && listed.first?.bound == .lower)
        #expect(figures("The pier has 40 moorings and 12 cranes.").map(\.bound) == [.exact, .exact])
        // The clause must end after "counting": "and counting votes" counts on.
        #expect(figures("Clerks found 40 ballots and counting votes took a week.").map(\.bound) == [.exact])
    }
}
