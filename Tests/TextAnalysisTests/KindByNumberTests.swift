import FactCheckModel
import Testing
@testable import TextAnalysis

/// "type 1 diabetes": a one-digit number after the noun "type" names a kind; a claim reports no
/// figure for it (issue 18: names with digits).
@Suite struct KindByNumberTests: FigureReadings {
    @Test func aTypeNumberNamesAKind() {
        #expect(figures("Screening helps by catching type 1 diabetes early.").isEmpty)
        #expect(figures("Type 2 diabetes affects 10 percent of adults here.").map(\.value) == [10])
        #expect(figures("The test made a type 2 error.").isEmpty)
    }

    /// The scorer keeps reading it (a count that never contradicts).
    @Test func theScorerStillReadsIt() {
        #expect(scored("Screening can catch type 1 diabetes early.").map(\.value) == [1])
    }

    /// Must not fire: the verb "type", a count of types, a number of two digits, a unit after.
    @Test func theVerbOrACountOfTypesKeepsTheFigure() {
        #expect(figures("You type 3 letters and press enter.").map(\.value) == [3])
        #expect(figures("Doctors see 2 types of diabetes.").map(\.value) == [2])
        #expect(figures("Clerks had to type 4 forms a day.").map(\.value).contains(4))
        #expect(figures("The navy built a type 23 frigate.").map(\.value).contains(23))
    }

    /// Must not fire: the verb "type" after a noun subject, an adverb or a negated modal; only a
    /// word that opens a noun phrase (or the sentence's start) makes "type" the noun.
    @Test func theVerbAfterANounOrAnAdverbKeepsTheFigure() {
        #expect(figures("Most readers type 3 words per query, the survey found.").map(\.value) == [3])
        #expect(figures("Children type 3 words per search on average.").map(\.value) == [3])
        #expect(figures("Clerks can't type 2 words without a slip.").map(\.value) == [2])
        #expect(figures("In the audit, pilots only type 2 notes per flight.").map(\.value) == [2])
        #expect(figures("Pupils then type 4 answers in five minutes.").map(\.value) == [4, 5])
        #expect(figures("If you just type 2 letters, the form fills in the rest.").map(\.value) == [2])
        #expect(figures("Lawyers never type 3 words when 2 will do.").map(\.value) == [3, 2])
    }

    /// After a determiner, "no", a preposition, "and" or a word in "-ing", "type" is the noun.
    @Test func theNounAfterANounPhraseOpener() {
        #expect(figures("Type 1 and type 2 diabetes affect 300 million people.").map(\.value) == [300_000_000])
        #expect(figures("The audit found no type 2 errors in 400 checks.").map(\.value) == [400])
        #expect(figures("Adults with type 2 diabetes walked 20 percent less.").map(\.value) == [20])
    }
}
