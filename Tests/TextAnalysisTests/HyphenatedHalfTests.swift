import FactCheckModel
import Testing
@testable import TextAnalysis

/// "a two-and-a-half-year term": a number word and a half joined by hyphens is one number
/// (`QuantityParser.hyphenatedAndAHalf`). Sentences of our own (session 21, issue 18).
@Suite struct HyphenatedHalfTests: FigureReadings {
    @Test func aHyphenatedHalfIsPartOfTheNumber() {
        let term = figures("The mayor served a two-and-a-half-year term.")
        #expect(term.map(\.value) == [2.5])
        #expect(term.map(\.unit) == ["years"])
        let span = figures("The refit took one to one-and-a-half-year stretches at the yard.")
        #expect(span.map(\.value) == [1])
        #expect(span.map(\.upperValue) == [1.5])
        #expect(scored("The mayor served a two-and-a-half-year term.").map(\.value) == [2.5])
    }

    /// Must not fire: another word after the article, a spaced half (read as before), a list item
    /// whose hyphens stop at the article, one that stops at "and", and "half" spaced off.
    @Test func otherHyphenatedPhrasesKeepTheirNumber() {
        #expect(figures("The course took two-and-a-bit years.").map(\.value).allSatisfy { $0 != 2.5 })
        #expect(figures("It was a one-and-only 4 seat car.").map(\.value).allSatisfy { $0 != 1.5 })
        #expect(figures("The talks lasted two and a half days.").map(\.value) == [2.5])
        #expect(figures("- three-and-a: 6 rows of seats").map(\.value) == [3, 6])
        #expect(figures("It took four-and half a day of talks.").map(\.value).allSatisfy { $0 != 4.5 })
        #expect(figures("The crew worked seven-and-a- half shifts on 3 rigs.").map(\.value).allSatisfy { $0 != 7.5 })
    }
}
