import FactCheckModel
import Testing
@testable import TextAnalysis

/// "five albums ago": "ago" after a count of things that are no unit of time places a moment along a
/// sequence; nothing is measured (issue 18: the decisions' "N albums ago").
@Suite struct PlaceCountedBackTests: FigureReadings {
    @Test func aCountOfThingsBeforeAgoIsAPlace() {
        #expect(figures("The band sounded rougher three albums ago.").isEmpty)
        #expect(figures("Turnout was higher two elections ago than it is now, at 61 percent.").map(\.value) == [61])
        #expect(figures("Four coaches ago the club still played in the top flight.").isEmpty)
    }

    /// Must not fire: a unit of time before "ago", other words between the count and "ago", a count
    /// with no "ago".
    @Test func aSpanOfTimeOrAnotherWordKeepsTheCount() {
        #expect(figures("The mill closed three decades ago.").map(\.unit) == ["decades"])
        #expect(figures("The band sold five albums long ago.").map(\.value) == [5])
        #expect(figures("The band released five albums in a decade.").map(\.value) == [5])
        #expect(figures("Two weeks ago the band sold five albums.").map(\.value).contains(5))
    }

    /// Must not fire: a unit of time abbreviated with a plural "s" is a span, not a place.
    @Test func anAbbreviatedUnitOfTimeKeepsTheCount() {
        #expect(figures("The site went down 3 yrs ago.").map(\.value) == [3])
        #expect(figures("The pump failed 2 hrs ago.").map(\.value) == [2])
        #expect(figures("The poll closed 6 wks ago.").map(\.value) == [6])
        #expect(figures("The file was saved 5 mins ago.").map(\.value) == [5])
    }
}
