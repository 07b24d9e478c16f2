import FactCheckModel
import Testing
@testable import TextAnalysis

/// Session 19 (issue 18): releases written the ways technical prose writes them beyond session 17's
/// shapes, the pronoun "I" after a name's number, a word completed in square brackets, prime marks
/// as feet and inches, and multiplier adjectives after "go" and after "to" of a level reached.
/// Each rule on sentences of our own, with at least three where it must not fire.
@Suite struct SessionNineteenFigureTests: FigureReadings {
    // MARK: - Releases

    /// An adverb between the auxiliary and the release word, an aside opening "(to be released",
    /// and a glued "+" closing a list of releases: the numbers name releases.
    @Test func moreReleaseShapesNameReleases() {
        #expect(figures("Years after Heron 2.0 was first released, the parser still works.").isEmpty)
        #expect(figures("We settled on Heron 4.2 (to be released next spring) as the oldest we would keep.").isEmpty)
        #expect(figures("Most breakage came from the gap between Heron 1.9 and 4.2+ in the test suite.").isEmpty)
    }

    /// No release word beside the number, a release word with a noun between, a unit after, another
    /// name's value, a "+" on a single score: the figures stay.
    @Test func releaseShapesKeepTheirFigures() {
        // An adverb that is no timing word: "was rarely" then a verb of another kind.
        #expect(figures("The index at Harris 47.5 was sharply revised down.").map(\.value) == [47.5])
        // An aside with no release word.
        #expect(figures("Inflation in Spain 2.9 (to be checked again in May) led the table.").map(\.value) == [2.9])
        // A list ending in a glued "+" with no program's name before it.
        #expect(figures("Ratings rose from 2.7 and 3.5+ last year.").map(\.value).contains(2.7))
        // "Python 3.11 is 25 percent faster": the percent stays.
        #expect(figures("Heron 3.11 is 25 percent faster than its last release.").contains { $0.value == 25 && $0.unit == "percent" })
        // An aside with a release word but no "to be" or auxiliary before it.
        #expect(figures("Labour 41.2 (released figures, Friday) led the poll.").map(\.value) == [41.2])
    }

    // MARK: - The pronoun "I" after a name's number

    /// "Heron 3 I tried": the pronoun opens a clause, so the number still closes a name.
    @Test func thePronounIAfterANamesNumberLeavesTheName() {
        #expect(figures("The first mention of Heron 3 I could find dates from the spring.").isEmpty)
        #expect(scored("The first mention of Heron 3 I could find dates from the spring.").isEmpty)
    }

    /// A title in capitals, a count opening the sentence, "I" after a plain count: figures stay.
    @Test func thePronounIKeepsRealCounts() {
        // Title case: the capitalised word after is still a title's word.
        #expect(figures("Trial Finds 300 Adults Improved").map(\.value) == [300])
        // A capitalised word opening the sentence before it.
        #expect(figures("Only 40 I asked said no.").map(\.value) == [40])
        // A month before it: a date's day, then the count.
        #expect(figures("On May 3 I counted 12 geese.").map(\.value) == [12])
        // Thousands grouped by a comma: an amount after a name, the verb left out.
        #expect(figures("Spain lost 4,000 jobs and Italy 3,500 I am told.").map(\.value) == [4_000, 3_500])
    }

    // MARK: - A word completed in square brackets

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

    // MARK: - Prime marks

    /// "12′ to 30′ feet", "6′": the prime is feet, the double prime inches.
    @Test func primeMarksAreFeetAndInches() {
        let range = figures("The hedge can reach 12′ to 30′ feet in a warm garden.")
        #expect(range.count == 1)
        #expect(range.first?.unit == "feet")
        #expect(range.first?.value == 12)
        #expect(range.first?.upperValue == 30)
        #expect(figures("The beam is 14′ long.").map(\.unit) == ["feet"])
        #expect(figures("Leave a gap of 3″ between the boards.").map(\.unit) == ["inches"])
    }

    /// Straight quotation marks, a prime not glued to a number, a quoted number word: no feet.
    @Test func quotationMarksAreNoLengths() {
        #expect(figures("He said 'ten' twice, then left with 4 friends.").allSatisfy { $0.unit != "feet" })
        #expect(figures("She wrote \"12\" on the board.").allSatisfy { $0.unit != "inches" })
        #expect(figures("The mark ′ stands apart from the 12 rows.").map(\.unit) == [nil])
    }

    // MARK: - Every one of a tally

    /// "N out of N": every one of them; the figure is the count.
    @Test func everyOneOfATallyIsTheCount() {
        let all = figures("In thirty out of thirty trials the seal held.")
        #expect(all.map(\.value) == [30])
        #expect(all.map(\.unit) == [nil])
        #expect(figures("The team won 12 out of 12 matches.").map(\.value) == [12])
    }

    /// A share below the whole, a bound before it, and the scorer's reading: as before.
    @Test func aShareBelowTheWholeStaysAShare() {
        #expect(figures("Two out of three voters backed the plan.").map(\.unit) == ["percent"])
        #expect(figures("Nearly 9 out of 10 patients improved.").map(\.unit) == ["percent"])
        #expect(figures("About 5 out of 5 reviewers agreed.").map(\.unit) == ["percent"])
        #expect(scored("In thirty out of thirty trials the seal held.").map(\.unit) == ["percent"])
    }

    // MARK: - "approaching" and "nearing"

    /// "approaching 40", "nearing 500": about the figure.
    @Test func approachingIsAnApproximateBound() {
        #expect(figures("Membership is approaching 4,000 households.").map(\.bound) == [.approximate])
        #expect(figures("The fund is nearing 500 donors.").map(\.bound) == [.approximate])
    }

    /// A figure with no such word before it, and "approaching" after the figure: exact.
    @Test func withoutApproachingTheFigureIsExact() {
        #expect(figures("Membership reached 4,000 households.").map(\.bound) == [.exact])
        #expect(figures("The 40 ships approaching the port waited.").map(\.bound) == [.exact])
        #expect(figures("She ran 12 miles, approaching the coast.").map(\.bound) == [.exact])
    }

    // MARK: - Multiplier adjectives

    /// After a form of "go" and after "to" of a level reached, "double"/"triple" name a kind.
    @Test func aMultiplierAfterGoOrALevelReachedNamesAKind() {
        #expect(figures("Her second record went double platinum within a year.").isEmpty)
        #expect(figures("By noon the readings had returned to triple digits.").isEmpty)
        #expect(figures("Scores rose to double digits after the break.").isEmpty)
    }

    /// "triple the dose", "doubled to 40", "plans to double fees", "went to double the size": figures.
    @Test func aMultiplierThatMultipliesStays() {
        #expect(figures("The clinic chose to triple the dose.").map(\.unit) == ["times"])
        #expect(figures("Fares doubled to 40 dollars.").map(\.unit).contains("times"))
        #expect(figures("The council plans to double fees next year.").map(\.unit) == ["times"])
        #expect(figures("The shop rose to double its size.").map(\.unit) == ["times"])
        #expect(figures("Prices went double what they were.").map(\.unit) == ["times"])
    }
}
