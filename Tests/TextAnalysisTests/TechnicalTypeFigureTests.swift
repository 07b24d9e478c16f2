import FactCheckModel
import Testing
@testable import TextAnalysis

/// A number hyphenated to a letter or a noun that names a kind ("3-D", a hyphenated number before
/// a noun of a method, format or design) names a type, no count, in the figures a claim reports
/// (`NonFigure.dimensionName`, `technicalType`); the scorer still reads it. Sentences of our own
/// (written in sessions 15 and 18, issue 18).
@Suite struct TechnicalTypeFigureTests: FigureReadings {
    /// "3-D" names a kind, as "3D" does: no count of three in the reported figures.
    @Test func aDimensionNameIsNoCount() {
        #expect(figures("The harbour museum bought two 3-D scanners last spring.").map(\.value) == [2])
        #expect(figures("A 2-D sketch of the pier hangs in the hall.").isEmpty)
        // The claim decision and the scorer still read it, as before this rule.
        #expect(scored("A 2-D sketch of the pier hangs in the hall.").map(\.value) == [2])
        // A digit before a word, or before no letter, stays a figure.
        #expect(figures("The ferry made 3 trips.").map(\.value) == [3])
    }

    /// A 5-K race is run in kilometres: only "D" after a hyphen names dimensions.
    @Test func aHyphenatedUnitLetterStaysAFigure() {
        #expect(figures("She ran a 5-K race along the quay.").map(\.value) == [5])
        #expect(figures("The harbour museum bought a 3-D scanner.").isEmpty)
    }

    /// A number hyphenated to a noun before a noun of a kind of method, format or design names it.
    @Test func aHyphenatedTypeIsNoFigure() {
        #expect(figures("Clinics use the 5-point measurement for older patients.").isEmpty)
        #expect(figures("The simplest forms are called 2-pool and 3-pool models.").isEmpty)
        #expect(figures("The values are stored as 64-bit unsigned integers.").isEmpty)
        #expect(figures("The wallet is restored from a 24-word backup phrase.").isEmpty)
        #expect(figures("Critics say the three-party system is stable.").isEmpty)
    }

    /// A thing done or built, a unit, a noun after the head, or a count with no hyphen still counts.
    @Test func hyphenatedCountsOfThingsStayFigures() {
        #expect(figures("A 3-site trial enrolled 400 patients.").map(\.value) == [3, 400])
        #expect(figures("A six-member board approved the plan.").map(\.value) == [6])
        #expect(figures("The 16-inch model weighs less.").first?.unit == "inches")
        #expect(figures("Builders put up 40 three-bedroom model homes.").map(\.value) == [40, 3])
        #expect(figures("The earlier 3-site trial model used 200 patients.").map(\.value) == [3, 200])
    }

    /// The part after the number decides: a count of teams, nodes, seats, cameras, sessions,
    /// bedrooms or parameters before a noun of a kind still counts.
    @Test func realCountsBeforeATypeNounStayFigures() {
        #expect(figures("The league voted for a 24-team format next season.").map(\.value) == [24])
        #expect(figures("The university bought a 2,000-node system for climate work.").map(\.value) == [2000])
        #expect(figures("The country moved to a 450-seat system in 1996.").first?.value == 450)
        #expect(figures("The club installed a 12-camera system at 20 grounds.").map(\.value) == [12, 20])
        #expect(figures("Volunteers completed a 10-session training protocol.").map(\.value) == [10])
        #expect(figures("The builder offers a 4-bedroom model for $350,000.").first?.value == 4)
        #expect(figures("The lab released a 7-billion parameter model.").first?.value == 7_000_000_000)
        // A part of a design before a noun that is no kind counts too.
        #expect(figures("A 10-party coalition took office.").map(\.value) == [10])
    }

    /// A named type changes what a claim reports, and so its priority, never the scorer's reading.
    @Test func theScorerReadsAHyphenatedType() {
        #expect(scored("The values are stored as 64-bit unsigned integers.").map(\.value) == [64])
    }
}
