import FactCheckModel
import Testing
@testable import TextAnalysis

/// A multiplier adjective after "go" or a level reached ("went double platinum", "returned to
/// triple digits") names a kind, not a multiple (session 19, issue 18).
@Suite struct MultiplierKindTests: FigureReadings {
    /// After a form of "go" and after "to" of a level reached, "double"/"triple" name a kind.
    @Test func aMultiplierAfterGoOrALevelReachedNamesAKind() {
        #expect(figures("Her second record went double platinum within a year.").isEmpty)
        #expect(figures("By noon the readings had returned to triple digits.").isEmpty)
        #expect(figures("Scores rose to double digits after the break.").isEmpty)
    }

    /// "triple the dose", "doubled to 40", "plans to double fees", "went to double the size": figures.
    @Test func aMultiplierThatMultipliesStays() {
        #expect(figures("The clinic chose to triple the dose.").map(\.unit) == ["times"])
        #expect(figures("Fares doubled to 40 dollars.").map(\.unit).contains("times"))
        #expect(figures("The council plans to double fees next year.").map(\.unit) == ["times"])
        #expect(figures("The shop rose to double its size.").map(\.unit) == ["times"])
        #expect(figures("Prices went double what they were.").map(\.unit) == ["times"])
    }

    /// Fix round: after "to" of a level reached, only "digits" and "figures" make a level; any other
    /// plural noun after the multiplier is a multiple of it. (The tests above have a stop word after
    /// the multiplier, which an earlier guard settles; these have plural nouns, which only the
    /// level-reached rule decides.)
    @Test func aLevelReachedIsOnlyDigitsOrFigures() {
        #expect(figures("Prices climbed to double levels recorded in the spring.").map(\.unit) == ["times"])
        #expect(figures("The ward returned to triple doses after a relapse.").map(\.unit) == ["times"])
        #expect(figures("Rents increased to double amounts paid before.").map(\.unit) == ["times"])
        #expect(figures("Inflation climbed to double figures that spring.").isEmpty)
    }
}
