import FactCheckModel
import Testing
@testable import TextAnalysis

/// Figures on pages other than news (issue 18, batch 2): engineering posts, reviews and features.
/// Each sentence is our own.
@Suite struct ProductPageFigureTests {
    func figures(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text).filter { $0.unit != "calendar-year" }
    }

    @Test func aReleaseOfAProgramIsNoFigure() {
        #expect(figures("We moved the site to Vue.js 3.2 last spring.").isEmpty)
        #expect(figures("The team upgraded to version 4.1 of the library.").isEmpty)
        // A decimal after an ordinary word is still a figure.
        #expect(figures("The index rose 2.5 points.").first?.value == 2.5)
    }

    @Test func twoOrThreeIsARange() {
        let span = figures("The service kept two or three years of archives online.")
        #expect(span.count == 1 && span.first?.bound == .range && span.first?.value == 2 && span.first?.upperValue == 3 && span.first?.unit == "years")
        let days = figures("Repairs take 4 or 5 days.")
        #expect(days.count == 1 && days.first?.upperValue == 5 && days.first?.unit == "days")
        // "3 or more" is no range, and neither is a smaller second number.
        #expect(figures("The ferry needs 3 or more crew.").map(\.value) == [3])
    }

    @Test func aYearWrittenApproximatelyIsADate() {
        #expect(figures("He sailed home in about 1870 to draft the rules.").isEmpty)
        #expect(figures("The mill has stood since around 1905.").isEmpty)
        // A count near a thousand is still a count.
        #expect(figures("About 1900 people signed the petition.").first?.bound == .approximate)
    }

    @Test func ouncesAndBinaryStorageUnits() {
        #expect(figures("The dish comes with eight ounces of grilled squid.").first?.unit == "oz")
        let memory = figures("Rewriting the service cut its memory from 6GiB to 80MiB.")
        #expect(memory.map(\.unit) == ["gib", "mib"])
        #expect(memory.map(\.value) == [6, 80])
    }

    @Test func anAddressWithACompassPointIsNoFigure() {
        #expect(figures("The second shop is at 412 W. Seven Mile, Livonia.").isEmpty)
        #expect(figures("Its office moved to 90 NE Harbor Road.").isEmpty)
        // A count before a people's name stays a count.
        #expect(figures("About 200 North Koreans crossed the border.").first?.value == 200)
    }

    @Test func aCompoundWithDoubleIsNoMultiplier() {
        #expect(QuantityParser.quantities(in: "I double-down on the radishes instead.").isEmpty)
        #expect(QuantityParser.quantities(in: "The town saw double-digit growth.").isEmpty)
        #expect(QuantityParser.quantities(in: "Fares doubled in a year.").first?.unit == "times")
    }
}
