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

    /// Must not fire: a tolerance either way ("plus or minus", "plus-or-minus", "plus/minus").
    @Test func aToleranceEitherWayHasNoSign() {
        #expect(figures("The gauge reads true to plus or minus 0.2 degrees, its makers claim.").map(\.value) == [0.2])
        #expect(figures("Readings drifted by plus or minus 3 degrees over 20 nights.").map(\.value) == [3, 20])
        #expect(figures("Fitters allow a plus-or-minus 4 degrees margin on 60 valves.").map(\.value) == [4, 60])
        #expect(figures("The dial shows plus/minus 6 degrees of play.").map(\.value) == [6])
        #expect(scored("The gauge reads true to plus or minus 0.2 degrees, its makers claim.").map(\.value) == [0.2])
    }

    /// Must not fire: "minus" that subtracts from a figure just before it; after a comma the sign
    /// word puts the next figure below zero again.
    @Test func minusAfterAFigureSubtracts() {
        #expect(figures("The kiln runs at 900 degrees minus 150 degrees lost through the door.").map(\.value) == [900, 150])
        #expect(figures("The ramp sits at 40 degrees minus 8 degrees once levelled.").map(\.value) == [40, 8])
        #expect(figures("The slope was 12 minus 2 degrees after grading.").map(\.value).allSatisfy { $0 > 0 })
        #expect(figures("It felt like 6 degrees, minus 3 degrees in the gusts.").map(\.value) == [6, -3])
        #expect(figures("Nights fell from 5 degrees to minus 7 degrees.").map(\.value).contains(-7))
    }
}
