import FactCheckModel
import Testing
@testable import TextAnalysis

/// A word completed in square brackets ("$1.8 bill[ion]") is read whole; footnote markers and
/// asides are not completions (session 19, issue 18).
@Suite struct BracketedCompletionTests: FigureReadings {
    /// "$2 bill[ion]": the word the writer cut short is read whole.
    @Test func aBracketedCompletionIsReadWhole() {
        let quantities = figures("The ministry moved $2.4 bill[ion] offshore.")
        #expect(quantities.map(\.value) == [2_400_000_000])
        #expect(quantities.map(\.unit) == ["usd"])
        #expect(figures("Some 300 mill[ion] tonnes were shipped.").map(\.value) == [300_000_000])
    }

    /// A reference marker, a bracket standing apart, a real "$2 billion" beside brackets: as before.
    @Test func bracketsThatCompleteNoWordChangeNothing() {
        #expect(figures("[1] Smith 2019 found 40 cases.").map(\.value) == [40])
        #expect(figures("The fund held $2 billion [sic] in cash.").map(\.value) == [2_000_000_000])
        #expect(figures("The fund held $2 billion[3] in cash.").map(\.value) == [2_000_000_000])
        #expect(figures("It cost $2 billion (a record [for the state]) to build.").map(\.value) == [2_000_000_000])
    }

    /// Fix round: a letter footnote glued to a whole scale or unit word is a marker, and so are an
    /// editor's "[note]" and "[sic]": the scale and the unit stay.
    @Test func aLetterFootnoteLeavesTheScaleAndUnit() {
        #expect(figures("Imports fell to 5 billion[b] euros in the spring.").map(\.value) == [5_000_000_000])
        #expect(figures("Turnover slid by 12 per cent[e] against the spring.").map(\.unit) == ["percent"])
        #expect(figures("Pay rose 6 percent[note] in the year.").map(\.unit) == ["percent"])
        #expect(figures("The farm sold 9 tonnes[f] of grain.").map(\.unit) == ["tonnes"])
        #expect(scored("The farm sold 9 tonnes[f] of grain.").map(\.unit) == ["tonnes"])
    }
}
