import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 11 (issue 18): figure errors of all four label batches grouped by their cause in
/// English grammar, each cause fixed as a rule that holds beyond the page it was seen on. Every
/// sentence is our own; each test has the broken shape and the shapes that must not change.
@Suite struct FigureGrammarTests {
    func figures(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: text).filter { $0.unit != "calendar-year" }
    }

    /// "a year and a half" is 1.5 years, not "a half" (50 percent).
    @Test func aUnitAndAHalfIsOneAndAHalfUnits() {
        let stay = figures("The ferry crew spent a year and a half rebuilding the pier.")
        #expect(stay.map(\.value) == [1.5] && stay.first?.unit == "years")
        let wait = figures("Patients waited an hour and a half for a bed.")
        #expect(wait.map(\.value) == [1.5] && wait.first?.unit == "hours")
        // Written with a number, and as a share, it reads as before.
        #expect(figures("The levy ran for two and a half years.").map(\.value) == [2.5])
        #expect(figures("Turnout fell by a half.").first?.unit == "percent")
    }

    /// "double standards", "going double platinum": an adjective before a noun multiplies nothing.
    @Test func aMultiplierBeforeANounIsAnAdjective() {
        #expect(figures("The union accused the board of double standards on pay.").isEmpty)
        #expect(figures("Her second album went double platinum in Canada.").isEmpty)
        #expect(figures("Police are investigating a triple murder in the harbour district.").isEmpty)
        // As a verb, or before a determiner or a preposition, it is still a change of size.
        #expect(figures("The port plans to double exports by 2030.").first?.value == 2)
        #expect(figures("The new rule could triple output at the mill.").first?.value == 3)
        #expect(figures("Ferry bookings double in summer.").first?.value == 2)
        #expect(figures("The charity now pays double the old rate.").first?.value == 2)
        #expect(figures("Rents double every decade in the old town.").first?.value == 2)
    }

    /// "half of the 30 hospitals": the whole a share is taken out of is no figure.
    @Test func theWholeOfAShareIsNoFigure() {
        let hospitals = figures("More than half of the 30 clinics in the valley have closed.")
        #expect(hospitals.count == 1 && hospitals.first?.value == 50 && hospitals.first?.bound == .lower)
        #expect(figures("A third of the 12 seats went to the greens.").map(\.value) == [33.33])
        // A count and a whole without a share, and a year after a share, stay as before.
        #expect(figures("The fleet has 30 boats.").map(\.value) == [30])
        #expect(QuantityParser.quantities(in: "A quarter of the 2020 budget went on roads.").contains { $0.unit == "calendar-year" })
    }

    /// "over 65s", "15-24-year-olds": a group named by its ages is no figure.
    @Test func aGroupNamedByItsAgesIsNoFigure() {
        #expect(figures("Flu cases doubled among 15-24-year-olds in the port towns.").map(\.value) == [2])
        #expect(figures("Bookings rose 12% for over 65s this winter.").map(\.value) == [12])
        #expect(figures("The club opened a new pitch for the under-18s.").isEmpty)
        // One person's age, a count of such people and a bound before a plain number stay.
        #expect(figures("A 65-year-old was rescued from the quay.").map(\.value) == [65])
        #expect(figures("Police charged two 15-year-olds over the fire.").map(\.value).contains(2))
        #expect(figures("Classes for 4-year-olds reopened.").map(\.value) == [4])
        #expect(figures("Fares rose for over 65 routes.").first?.bound == .lower)
    }
}
