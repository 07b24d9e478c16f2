import FactCheckModel
import Testing
@testable import TextAnalysis

/// "minus 6 degrees", "negative four-point-five degrees": a sign word right before a number in
/// degrees puts it below zero (`QuantityParser.isBelowZero`). Sentences of our own (session 21,
/// issue 18).
@Suite struct BelowZeroTests: FigureReadings {
    @Test func aSignWordBeforeDegreesIsBelowZero() {
        #expect(figures("The hill town dipped to minus 12 degrees Celsius overnight.").map(\.value) == [-12])
        let spoken = figures("Dawn brought negative four-point-five degrees to the pass.")
        #expect(spoken.map(\.value) == [-4.5])
        #expect(spoken.map(\.unit) == ["degrees"])
        #expect(scored("The hill town dipped to minus 12 degrees Celsius overnight.").map(\.value) == [-12])
    }

    /// Must not fire: no degrees after the number, a word or a comma between, a range, a heading.
    @Test func aSignWordElsewhereLeavesTheNumber() {
        #expect(figures("The pilot tested negative 3 times before the flight.").map(\.value) == [3])
        #expect(figures("The shop drew negative 5 star reviews from 40 buyers.").allSatisfy { $0.value > 0 })
        #expect(figures("The verdict was negative, 5 degrees warmer than forecast.").map(\.value) == [5])
        #expect(figures("Minus signs aside, it was 8 degrees at noon.").map(\.value) == [8])
        #expect(figures("Temperatures ranged from minus 3 to 4 degrees.").allSatisfy { $0.upperValue == nil || $0.value >= 0 })
        #expect(figures("- minus: 7 degrees of slope on the ramp").map(\.value) == [7])
    }
}
