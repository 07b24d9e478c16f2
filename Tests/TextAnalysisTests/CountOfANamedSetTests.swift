import FactCheckModel
import Testing
@testable import TextAnalysis

/// "four of which were …", "three of those saves": a count of two or more taken out of a set the
/// text named before is a figure, as "four of the five" is (issue 18: counts referring back).
@Suite struct CountOfANamedSetTests: FigureReadings {
    @Test func aCountOfASetNamedBeforeIsAFigure() {
        #expect(figures("The firm hired nine contractors, four of which were based abroad.").map(\.value) == [9, 4])
        #expect(figures("She made six saves, with four of those coming late.").map(\.value) == [6, 4])
        #expect(figures("The town has 20 bridges, three of whose spans are closed.").map(\.value) == [20, 3])
    }

    /// Must not fire: a lone "one of which", a count of a phrase with no set named ("two of the
    /// biggest advantages"), "of them" (no set word the rule reads).
    @Test func aLoneOneOrAnExpressionStaysNone() {
        #expect(figures("The firm hired nine contractors, one of which was based abroad.").map(\.value) == [9])
        #expect(figures("Two of the biggest advantages are cost and speed.").isEmpty)
        #expect(figures("Two of them were late again.").isEmpty)
    }

    /// Must not fire: a superlative after a possessive ranks, as "the biggest" does; a relative
    /// pronoun that opens its sentence (a list item, a fragment) counts a set outside it.
    @Test func aSuperlativeOrAnOpeningRelativeStaysNone() {
        #expect(figures("Two of its greatest strengths are price and range.").isEmpty)
        #expect(figures("Three of their most loyal fans left.").isEmpty)
        #expect(figures("- two of which were technical,").isEmpty)
        #expect(figures("Only one of which was ever paid back.").isEmpty)
    }
}
