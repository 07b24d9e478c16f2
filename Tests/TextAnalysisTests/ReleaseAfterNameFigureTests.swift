import FactCheckModel
import Testing
@testable import TextAnalysis

/// Releases and the pronoun "I" after a name's number (session 19, issue 18): the shapes technical
/// prose writes a release in beyond `TechnicalProseFigureTests`' own, and where they must not fire.
@Suite struct ReleaseAfterNameFigureTests: FigureReadings {
    /// An adverb between the auxiliary and the release word, an aside opening "(to be released",
    /// and a glued "+" closing a list of releases: the numbers name releases.
    @Test func moreReleaseShapesNameReleases() {
        #expect(figures("Years after Heron 2.0 was first released, the parser still works.").isEmpty)
        #expect(figures("We settled on Heron 4.2 (to be released next spring) as the oldest we would keep.").isEmpty)
        #expect(figures("Most breakage after the release came from the gap between Heron 1.9 and 4.2+.").isEmpty)
    }

    /// Fix round (review of issue 18): a glued "+" list with no release word in the sentence is
    /// "that figure or more", and "was later released" is said of figures too: the numbers stay.
    @Test func releaseShapesNeedTechnicalProse() {
        #expect(figures("Quakes of magnitude 5.5 and 7.0+ struck the coast 9 times.").map(\.value).contains(5.5))
        #expect(figures("Quakes of magnitude 5.5 and 7.0+ struck the coast 9 times.").map(\.value).contains(7))
        #expect(figures("The score for Spain 4.1 was later released with the rest.").map(\.value) == [4.1])
        #expect(figures("The score for Spain 4.1 was eventually released with the rest.").map(\.value) == [4.1])
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

    /// "Heron 3 I tried": the pronoun opens a clause, so the number still closes a name.
    @Test func thePronounIAfterANamesNumberLeavesTheName() {
        #expect(figures("The first mention of Heron 3 I could find in the release notes dates from the spring.").isEmpty)
        #expect(scored("The first mention of Heron 3 I could find in the release notes dates from the spring.").isEmpty)
    }

    /// Fix round: without a release word in the sentence, a count after a place's or a person's
    /// name stays before "I", in the figures and in the scorer's reading.
    @Test func thePronounIKeepsCountsAfterNamesOutsideTechnicalProse() {
        // "Of the 200 …": the whole a count is taken from is no reported figure, as on main; the count stays.
        #expect(figures("Of the 200 tenants in Hull 30 I met had no work.").map(\.value) == [30])
        #expect(scored("Of the 200 tenants in Hull 30 I met had no work.").map(\.value) == [200, 30])
        #expect(figures("Among the players, Jones 17 I believe scored most.").map(\.value) == [17])
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
}
