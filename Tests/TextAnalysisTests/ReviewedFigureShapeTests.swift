import FactCheckModel
import Testing
@testable import TextAnalysis

/// Figures an adversarial review found lost to rules meant for other shapes (round s8-fixshapes).
/// Each sentence is our own; each test holds the figure that must be read and the non-figure that
/// must still be dropped.
@Suite struct ReviewedFigureShapeTests {
    func figures(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text).filter { $0.unit != "calendar-year" }
    }

    @Test func aFoldWordBeforeAHyphenIsAMultiplier() {
        #expect(figures("Night-shift porters had a threefold-higher risk of back injury.").map(\.value) == [3])
        #expect(figures("A tenfold-increased dose caused kidney damage in rats.").first?.unit == "times")
        // A compound of "double" or "triple" is still none.
        #expect(figures("The town saw double-digit growth.").isEmpty)
        #expect(figures("A triple-decker bus took the bridge.").isEmpty)
    }

    @Test func theVerbReleasesIsNoVersion() {
        #expect(figures("The mill releases 4.5 million litres of cooling water a year.").first?.value == 4_500_000)
        #expect(figures("The smelter releases 2.5 billion tonnes of slag a decade.").first?.value == 2_500_000_000)
        // A program's release is still none.
        #expect(figures("The team upgraded to version 4.1 of the library.").isEmpty)
        #expect(figures("Release 2.3 fixed the login bug.").isEmpty)
    }

    @Test func aCountAfterInAboutIsNoYear() {
        #expect(figures("Rashes were seen in about 2000 volunteers.").first?.value == 2000)
        #expect(figures("The scanner erred in about 1900 cases.").first?.value == 1900)
        // A year written approximately is still a date.
        #expect(figures("He sailed home in about 1870 to draft the rules.").isEmpty)
    }

    @Test func orMakesARangeOnlyBeforeWhatItCounts() {
        let tablets = figures("Take 1 or 2 tablets after meals.")
        #expect(tablets.count == 1 && tablets.first?.upperValue == 2)
        // A type's label counts nothing.
        #expect(figures("Adults with type 1 or 2 diabetes joined the trial.").allSatisfy { $0.upperValue == nil })
    }

    @Test func aCompassPointAddressNeedsAStreetName() {
        #expect(figures("The poll reached 300 SE Asian cooks in the city.").first?.value == 300)
        // An address is still none.
        #expect(figures("The second shop is at 412 W. Seven Mile, Livonia.").isEmpty)
        #expect(figures("Its office moved to 90 NE Harbor Road last year.").isEmpty)
    }
}
