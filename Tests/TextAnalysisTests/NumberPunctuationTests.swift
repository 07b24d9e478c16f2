import FactCheckModel
import Testing
@testable import TextAnalysis

/// The marks around a number decide what it is: two numbers in one bracket are references, a
/// fraction glyph and feet-and-inches joined by hyphens are one measure, a spaced em dash sets off
/// a phrase rather than a range. Sentences of our own (written in session 15, issue 18).
@Suite struct NumberPunctuationTests: FigureReadings {
    /// Two numbers in one bracket are references even after a capitalised word.
    @Test func twoNumbersInABracketAreReferences() {
        #expect(figures("Tide gauges are more precise than GPS (14, 15).").isEmpty)
        // One number after a name can be a count ("Sanders (1)").
        #expect(figures("Endorsements went to Ruiz (11) and Moss (1).").map(\.value) == [11, 1])
        // Counts after names, in any order, stay figures.
        #expect(figures("The ferry survey covered Malta and Crete (21, 17).").map(\.value) == [21, 17])
    }

    /// "18½-minute", "7-foot-3": a fraction glyph and feet-and-inches joined by hyphens.
    @Test func fractionsAndHeightsAsWritten() {
        let gap = scored("The tape has an 18½-minute gap.")
        #expect(gap.map(\.value) == [18.5])
        #expect(gap.map(\.unit) == ["minutes"])
        let height = scored("The ferry's 7-foot-3 captain ducked under the beam.")
        #expect(height.map(\.value) == [7.25])
        #expect(height.map(\.unit) == ["feet"])
        #expect(scored("The mast is 40 feet tall.").map(\.value) == [40])
    }

    /// A spaced em dash sets off a phrase; the last day of a span of dates is a day.
    @Test func datesAndDashesAreNoRanges() {
        let elections = scored("The port held two ballots in 2019 — one of which was annulled.")
        #expect(elections.allSatisfy { $0.bound != .range })
        #expect(scored("The regatta runs June 13 to 17 on the bay.").isEmpty)
        // A glued dash between numbers still joins a range.
        #expect(scored("Crossings take 10—20 minutes.").map(\.bound) == [.range])
        // Digits on both sides of a spaced dash, with a unit after, are a range too.
        let spaced = scored("Ferry fares rose 10 — 20 percent in 2022.")
        #expect(spaced.first?.bound == .range)
        #expect(spaced.first?.value == 10)
        #expect(spaced.first?.upperValue == 20)
    }
}
