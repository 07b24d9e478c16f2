import FactCheckModel
import Testing
@testable import TextAnalysis

/// "Python 3", "Perl 5.8": a number right after the name of a programming language is one of its
/// releases, with or without a release word beside it; nothing is counted (issue 18, the
/// decisions' "version numbers are names"). `NonFigure.languageRelease`.
@Suite struct LanguageReleaseTests: FigureReadings {
    @Test func aNumberAfterALanguageIsARelease() {
        #expect(figures("The oldest mention of Python 3 I could find dates from a mailing list.").isEmpty)
        #expect(figures("Our build scripts still ran on Perl 5.8 when the audit began.").isEmpty)
        #expect(figures("Most breakage came from moving between PHP 7.4 and 8.1+.").isEmpty)
        #expect(figures("Teams kept a few tools on Python 2.7 that nobody wanted to rewrite, and 14 services moved.").map(\.value) == [14])
    }

    /// Must not fire: a unit, a scale or a counted noun after the number, a comma between, a table
    /// of values, a name not in the list, a name in small letters.
    @Test func aMeasureACountOrAnotherNameKeepsTheFigure() {
        #expect(figures("The Python 3 metres long was found under a porch.").map(\.value) == [3])
        #expect(figures("Python 2.5 million downloads were logged in a week.").map(\.value) == [2_500_000])
        #expect(figures("The team ported Perl 40 modules to the new server.").map(\.value) == [40])
        #expect(figures("In the survey, Python, 48 percent, led the field.").map(\.value) == [48])
        #expect(figures("The index put Python 21.4 and Lua 6.2 at the top of the table.").map(\.value) == [21.4, 6.2])
        #expect(figures("Ruby 3 goals clear, the striker led the scoring table.").map(\.value) == [3])
        #expect(figures("The python 4 keepers fed had grown too big for its tank.").map(\.value) == [4])
    }
}
