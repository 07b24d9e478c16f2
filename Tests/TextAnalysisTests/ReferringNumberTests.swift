import FactCheckModel
import Testing
@testable import TextAnalysis

/// A number that stands for things named elsewhere is no figure: "the three" with no noun of its
/// own (`NonFigure.countReferringBack`), "a two" with nothing counted (`numberWordAsNoun`), the
/// whole that opens "Of the 281 beds, …" (`wholeOpeningClause`). Sentences of our own (written in
/// session 15, issue 18).
@Suite struct ReferringNumberTests: FigureReadings {
    /// A number word after "the" with no noun of its own stands for things named before.
    @Test func aCountThatStandsForNamedThingsIsNoFigure() {
        #expect(figures("Of the three, the eldest ferry is the Marigold.").isEmpty)
        #expect(figures("The two were seen together at the harbour gala.").isEmpty)
        #expect(figures("Harbour Row, Quay Lane and Mill Street are among the three above.").isEmpty)
        // With a noun, the count is a figure.
        #expect(figures("The two ferries were seen together at the harbour.").map(\.value) == [2])
        #expect(figures("All five crew members were rescued.").map(\.value) == [5])
    }

    /// After "a", a number word with nothing counted is one thing named by a number.
    @Test func aNumberWordAfterAnArticleIsOneThing() {
        #expect(figures("She hit a three over the tallest defender.").isEmpty)
        #expect(figures("He sank an early three but missed the rest.").isEmpty)
        // Before a range, a unit or a noun it counts.
        #expect(figures("The pier saw a two to three percent rise in visitors.").map(\.unit) == ["percent"])
        #expect(figures("They moved into a huge four bedroom house.").map(\.value) == [4])
        // After a word that adds to a count, the number counts people or things.
        #expect(figures("An additional three were rescued, bringing the total to 14.").map(\.value) == [3, 14])
        #expect(figures("The harbour hired an extra five, bringing crews to 90.").map(\.value) == [5, 90])
        #expect(figures("A record six are now waiting for berths.").map(\.value) == [6])
        #expect(figures("A further two have left the port.").map(\.value) == [2])
    }

    /// "Of the 281 beds, 243 are taken": the whole that opens the clause is no figure of its own.
    @Test func aWholeOpeningTheClauseIsNoFigure() {
        #expect(figures("Of the 90 ferry berths 61 are now taken.").map(\.value) == [61])
        // Not opening the clause, or with no count after it, it stays.
        #expect(figures("Four of the 12 crates were gone.").map(\.value) == [4, 12])
        #expect(figures("Of the 90 ferry berths, most are taken.").map(\.value) == [90])
        // A share or a sum opening the clause is a figure of its own.
        #expect(figures("Of the 60 percent who sailed, 15 percent chose the night ferry.").map(\.value) == [60, 15])
    }
}
