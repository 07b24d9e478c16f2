import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 11 (issue 18): figure errors of all four label batches grouped by their cause in
/// English grammar, each cause fixed as a rule that holds beyond the page it was seen on. Every
/// sentence is our own; each test has the broken shape and the shapes that must not change.
@Suite struct FigureGrammarTests: FigureReadings {
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

    /// A multiplier is read as before the session: as a verb after a plural subject ("Night
    /// ferries triple fuel costs") and as an adjective that is a figure ("a triple dose", "double
    /// pay") it is one, and no rule tells those from "double standards" (tried in session 11, dropped).
    @Test func aMultiplierStaysAFigureBeforeANoun() {
        #expect(figures("Night ferries triple fuel costs for the port.").map(\.value) == [3])
        #expect(figures("Councils that double harbour funding see fewer wrecks.").map(\.value) == [2])
        #expect(figures("The port will more than double capacity by 2030.").first?.value == 2)
        #expect(figures("A triple dose of the ferry vaccine cut infections by 40%.").map(\.value) == [3, 40])
        #expect(scored("Night ferries triple fuel costs for the port.").map(\.value) == [3])
    }

    /// "half of the 30 hospitals": the whole a share is taken out of is no figure.
    @Test func theWholeOfAShareIsNoFigure() {
        let hospitals = figures("More than half of the 30 clinics in the valley have closed.")
        #expect(hospitals.count == 1 && hospitals.first?.value == 50 && hospitals.first?.bound == .lower)
        #expect(figures("A third of the 12 seats went to the greens.").map(\.value) == [33.33])
        // A count and a whole without a share, and a year after a share, stay as before.
        #expect(figures("The fleet has 30 boats.").map(\.value) == [30])
        #expect(QuantityParser.quantities(in: "A quarter of the 2020 budget went on roads.").contains { $0.unit == "calendar-year" })
        // A measured or a money whole is a figure of its own.
        #expect(figures("Sodium reached 40% of the 2,300 mg daily limit in the ferry meals.").map(\.value) == [40, 2300])
        #expect(figures("Half of the 6 million euros went to the harbour.").map(\.value) == [50, 6_000_000])
    }

    /// The scorer compares wholes ("of the 1,200" is not "of the 900"): it reads the whole of a
    /// share and an age group as figures, as it did before the session.
    @Test func theScorerStillReadsWholesAndAges() {
        #expect(scored("Two-thirds of the 1,200 sailors backed the strike.").map(\.value) == [66.67, 1200])
        #expect(scored("Bookings rose 12% for over 65s this winter.").map(\.value).contains(65))
        #expect(figures("Two-thirds of the 1,200 sailors backed the strike.").map(\.value) == [66.67])
    }

    /// "over 65s", "15-24-year-olds": a group named by its ages is no figure.
    @Test func aGroupNamedByItsAgesIsNoFigure() {
        #expect(figures("Flu cases doubled among 15-24-year-olds in the port towns.").map(\.value) == [2])
        #expect(figures("Bookings rose 12% for over 65s this winter.").map(\.value) == [12])
        #expect(figures("The club opened a new pitch for the under-18s.").isEmpty)
        #expect(figures("Flu cases rose 12% among 20- to 29-year-olds in the port towns.").map(\.value) == [12])
        #expect(figures("Flu cases rose 12% among 5-11 year olds in the port towns.").map(\.value) == [12])
        // One person's age, a count of such people and a bound before a plain number stay.
        #expect(figures("A 65-year-old was rescued from the quay.").map(\.value) == [65])
        #expect(figures("Police charged two 15-year-olds over the fire.").map(\.value).contains(2))
        #expect(figures("Classes for 4-year-olds reopened.").map(\.value) == [4])
        #expect(figures("Fares rose for over 65 routes.").first?.bound == .lower)
    }

    /// An age has one or two digits and an age span rises: a decade ("over 1990s levels") and a
    /// falling span ("from 16 to 12-year-olds") are reported as the scorer reads them.
    @Test func aBoundOrSpanThatIsNoAgeGroupStaysAFigure() {
        for text in [
            "Emissions rose 12 percent over 1990s levels in the port towns.",
            "The ferry vaccine was extended from 16 to 12-year-olds in May.",
        ] {
            #expect(figures(text).map(\.text) == scored(text).map(\.text), "\(text)")
        }
        #expect(figures("Flu cases fell 12% among the over 65s.").map(\.value) == [12])
    }

    /// "double standards", "the triple digits", "two triples": a kind, not a multiplier.
    /// (`FigureGrammarTests.aMultiplierStaysAFigureBeforeANoun` keeps the verbs and "a triple dose".)
    @Test func aMultiplierAdjectiveBeforeANounNamesAKind() {
        #expect(figures("The council was accused of double standards on parking.").isEmpty)
        #expect(figures("Temperatures on the quay climbed into the triple digits.").isEmpty)
        #expect(figures("The guard scored a dozen, including two triples.").map(\.value) == [12, 2])
        // Before a determiner or a time word it multiplies.
        #expect(figures("Ferry fares are now double the price of 2019.").map(\.value) == [2])
        #expect(figures("Bookings were more than double last year's.").map(\.unit) == ["times"])
        #expect(figures("Fares could triple by spring.").map(\.value) == [3])
        // A verb before a plural object stays a multiplier.
        #expect(figures("Harbour towns double fares in summer.").map(\.value) == [2])
        #expect(figures("The port plans to double berths by May.").map(\.value) == [2])
        // A plural subject opening the sentence in capitals: the multiplier is its verb.
        #expect(figures("Ferries triple fares on bikes from June.").map(\.value) == [3])
        #expect(figures("Harbours double fees for 30 percent of yachts.").map(\.value) == [2, 30])
        // A name in capitals opening the sentence is no plural subject.
        #expect(figures("Double standards hurt the harbour.").isEmpty)
    }
}
