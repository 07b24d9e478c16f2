import FactCheckModel
import Testing
@testable import TextAnalysis

/// After a verb of change, "from X to Y per 100,000" is two reported rates in the base written
/// once, and one range for the scorer. Sentences of our own (written in session 15, issue 18).
@Suite struct RateChangeTests: FigureReadings {
    /// After a verb of change, "from X to Y per 100,000" is two reported rates, both in the base
    /// written once.
    @Test func aChangeBetweenTwoRatesIsTwoFigures() {
        let rates = figures("The harbour's case rate rose from 47 to 71 per 100,000 residents.")
        #expect(rates.map(\.value) == [47, 71])
        #expect(rates.map(\.unit) == ["per 100000", "per 100000"])
        #expect(rates.map(\.bound) == [.exact, .exact])
        // Without a verb of change a range stays a range, and a range of counts stays one.
        let range = scored("Rates ranged from 47 to 71 per 100,000 residents.")
        #expect(range.map(\.bound) == [.range])
        #expect(scored("The ferry roll grew from 1850 to 2040 passengers.").map(\.bound) == [.range])
        // The rate a change starts from gives its unit to the figure it changes to.
        let carried = scored("The rate has risen from 6 per 100,000 in May to 67.3 in June.")
        #expect(carried.map(\.unit) == ["per 100000", "per 100000"])
        #expect(scored("Fares went from 6 per day to 7 euros.").last?.unit == "eur")
    }

    /// "from 84 to 108 per 100,000" is two rates in the reported figures, one range for the scorer:
    /// a source giving the end point never states the start as the claim's figure.
    @Test func aChangeBetweenTwoRatesIsOneRangeForTheScorer() {
        let sentence = "The harbour's case rate rose from 84 to 108 per 100,000 residents last year."
        #expect(figures(sentence).map(\.value) == [84, 108])
        let checked = scored(sentence)
        #expect(checked.map(\.bound) == [.range])
        #expect(checked.first?.upperValue == 108)
    }
}
