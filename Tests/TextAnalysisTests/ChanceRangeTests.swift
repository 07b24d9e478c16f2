import FactCheckModel
import Testing
@testable import TextAnalysis

/// Two ratios joined by "to" ("a one-in-four to one-in-three chance") are one range of chances, in
/// percent; a change between ratios, a noun between them or a smaller second ratio stay two
/// figures. Sentences of our own (written in session 18, issue 18).
@Suite struct ChanceRangeTests: FigureReadings {
    /// Two ratios joined by "to" are one range of chances, in percent.
    @Test func twoRatiosJoinedByToAreOneRange() throws {
        let chance = try #require(figures("The models give a one-in-four to one-in-three chance of a dry summer.").first)
        #expect(chance.bound == .range)
        #expect(chance.value == 25)
        #expect(abs((chance.upperValue ?? 0) - 33.33) < 0.01)
        let digits = figures("Some 1 in 5 to 1 in 3 adults are affected.")
        #expect(digits.count == 1)
    }

    /// A change from one ratio to another, a noun between, or a smaller second ratio stay two figures.
    @Test func ratiosOfAChangeOrWithANounStayTwo() {
        #expect(figures("The odds fell from one in four to one in five.").count == 2)
        #expect(figures("It hit one in four adults, up to one in three in cities.").count == 2)
        #expect(figures("The risk is one in three to one in ten, by region.").count == 2)
        // A change with a bound word before the first ratio, or after a form of "go".
        #expect(figures("Cases rose from about 1 in 20 to 1 in 8 over the decade.").count == 2)
        #expect(figures("The chances went one in five to one in three over the decade.").count == 2)
        #expect(figures("Smoking fell from nearly one in three to one in eight.").count == 2)
        // The scorer reads two ratios as before.
        #expect(scored("The models give a one-in-four to one-in-three chance of a dry summer.").count == 2)
    }
}
