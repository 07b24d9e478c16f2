import FactCheckModel
import Testing
@testable import TextAnalysis

/// A decimal said in words and joined by hyphens ("four-point-two") is one number
/// (`QuantityParser.spokenDecimal`); "point" with no digit after it, or a spaced "point", is not.
/// Sentences of our own (session 21, issue 18).
@Suite struct SpokenDecimalTests: FigureReadings {
    @Test func aHyphenatedSpokenDecimalIsOneNumber() {
        let depth = figures("The lake rose four-point-two metres over the spring.")
        #expect(depth.map(\.value) == [4.2])
        #expect(depth.map(\.unit) == ["m"])
        #expect(figures("The valley now has three-point-five million residents.").map(\.value) == [3_500_000])
        #expect(figures("Inflation stood at one-point-zero-five percent last month.").map(\.value) == [1.05])
        #expect(scored("The lake rose four-point-two metres over the spring.").map(\.value) == [4.2])
    }

    /// Must not fire: a compound that names a kind, a spaced "point", digits, a list item.
    @Test func pointWithoutHyphenedDigitsIsNoDecimal() {
        func wholes(_ text: String) -> Bool { figures(text).allSatisfy { $0.value == $0.value.rounded() } }
        #expect(wholes("She scored from three-point range in 4 games."))
        #expect(wholes("At one point two guards left the gate."))
        #expect(wholes("The party unveiled a six-point plan for 12 towns."))
        #expect(wholes("They led by a 10-point margin in 3 polls."))
        #expect(wholes("- three-point shots: 5 of them fell"))
        #expect(wholes("Two-Point Conversions Explained In 9 Charts"))
    }

    /// Must not fire: the last digit glued by a hyphen to a word of its own ("-year", "-page"),
    /// which may open a compound as well as close the decimal; a scale word still continues it.
    @Test func aDigitOpeningACompoundEndsNoDecimal() {
        func wholes(_ text: String) -> Bool { figures(text).allSatisfy { $0.value == $0.value.rounded() } }
        #expect(wholes("The council adopted a six-point-three-year scheme for 30 villages."))
        #expect(wholes("The union sent a four-point-one-page memo to 12 firms."))
        #expect(figures("Reserves reached two-point-four-billion-pound levels in May.").map(\.value) == [2_400_000_000])
    }
}
