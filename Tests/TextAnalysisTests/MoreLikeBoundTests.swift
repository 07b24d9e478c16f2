import FactCheckModel
import Testing
@testable import TextAnalysis

/// "more like 60,000": an estimate set against another, about the figure (issue 18: bounds).
@Suite struct MoreLikeBoundTests: FigureReadings {
    @Test func moreLikeIsApproximate() {
        #expect(figures("The final toll looks more like 9,000 than the first estimate.").map(\.bound) == [.approximate])
        #expect(figures("The real cost is more like $40 million.").map(\.bound) == [.approximate])
    }

    /// Must not fire: "more than" is a floor; "like" alone and "more" after the number say nothing
    /// of the figure's bound.
    @Test func moreThanOrLikeAloneIsNoEstimate() {
        #expect(figures("More than 9,000 people fled.").map(\.bound) == [.lower])
        #expect(figures("Towns like 40 others in the region flooded.").map(\.bound) == [.exact])
        #expect(figures("There are 40 more like it in the archive.").map(\.bound) == [.exact])
    }

    /// Must not fire: a year, a decade or a group named by its age after "more like" is what
    /// something resembles; the figure keeps its own reading.
    @Test func aYearOrAnAgeGroupIsResembled() {
        #expect(QuantityParser.quantities(in: "The slump looks more like 1931 than 2009.").map(\.unit) == ["calendar-year", "calendar-year"])
        #expect(QuantityParser.quantities(in: "The album sounds more like 1980s pop.").map(\.bound) == [.exact])
        #expect(figures("The runners look more like 30-year-olds than 50-year-olds.").map(\.bound) == [.exact, .exact])
        #expect(figures("Inflation will be more like 3 percent next year.").map(\.bound) == [.approximate])
    }
}
