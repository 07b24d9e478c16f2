import FactCheckModel
import Testing
@testable import TextAnalysis

/// A whole number after an abbreviation of two to four capitals names a model; a grouped number
/// after a name is an amount with its verb left out; codes, scores and units stay figures.
/// Sentences of our own (written in session 16, issue 18, with the guards of its review).
@Suite struct ModelNumberTests: FigureReadings {
    /// A whole number after an abbreviation of two to four capitals names a model, at the start of
    /// a sentence and before a capitalised word too.
    @Test func aModelNumberAfterAnAbbreviationIsAName() {
        #expect(figures("GTX 1080 cards sold out in 2 hours.").map(\.value) == [2])
        #expect(figures("Shops listed the GTX 1060 Ti for weeks.").isEmpty)
        #expect(figures("The port bought three ABC 400 cranes.").map(\.value) == [3])
    }

    /// A heading in capitals, a headline's function word and an amount with a unit after the
    /// abbreviation stay figures.
    @Test func longCapitalsAndUnitsAreNoModels() {
        #expect(figures("RESULTS 300 adults took part in the ferry study.").map(\.value) == [300])
        #expect(figures("ALL 300 SEATS were sold.").map(\.value) == [300])
        #expect(figures("The UK 40 percent share rose.").map(\.value) == [40])
        #expect(figures("The CI 95 bound was reported.").map(\.value) == [95])
    }

    /// A number with its thousands grouped by a comma after a name is an amount with its verb left
    /// out ("Italy 143,600"); a name's digits are not written so.
    @Test func aGroupedNumberAfterANameIsAnAmount() {
        #expect(figures("Portland has logged 12,400 cases and Salem 9,800 since March.").map(\.value) == [12400, 9800])
    }

    /// Names with digits written without a grouping comma stay names.
    @Test func namesWithDigitsStayNames() {
        #expect(figures("Shares in the FTSE 100 rose by 2 percent.").map(\.value) == [2])
        #expect(figures("The pier sold Boeing 737 models to 4 airlines.").map(\.value) == [4])
        #expect(figures("Ana installed Windows 11 on 30 laptops.").map(\.value) == [30])
    }

    /// A currency or country code before a number is no model name, and a short number after an
    /// abbreviation is a score or a count.
    @Test func codesAndScoresAreNoModels() {
        #expect(figures("US 400 troops were moved to the coast in May.").map(\.value) == [400])
        #expect(figures("EUR 60 buys a weekend pass for the ferry.").map(\.value) == [60])
        #expect(figures("USD 700 is the fee for a mooring.").map(\.value) == [700])
        #expect(figures("The final ended GER 3 ITA 1 after a replay.").map(\.value).contains(3))
        #expect(figures("PCP 41, Greens 22 and the rest 9 seats.").map(\.value).contains(41))
    }

    /// Model numbers of three digits or more after an abbreviation stay names.
    @Test func longModelNumbersStayNames() {
        #expect(figures("NHS 111 took 9,000 calls in a week.").map(\.value) == [9000])
        #expect(figures("RTX 4090 cards sold out in 3 hours.").map(\.value) == [3])
        #expect(figures("BA 117 landed with 240 passengers.").map(\.value) == [240])
    }
}
