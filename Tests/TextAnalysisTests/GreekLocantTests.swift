import FactCheckModel
import Testing
@testable import TextAnalysis

/// "5-alpha reductase": a number hyphenated to a Greek letter's name is a position in a molecule's
/// name, no count (issue 18: names with digits).
@Suite struct GreekLocantTests: FigureReadings {
    @Test func aNumberHyphenatedToAGreekLetterIsAName() {
        #expect(figures("The enzyme 5-alpha reductase converts the hormone.").isEmpty)
        #expect(figures("Doses of 11-beta compounds fell by 30 percent.").map(\.value) == [30])
        #expect(scored("A 3-omega bond was drawn.").isEmpty)
    }

    /// Must not fire: a space between the number and the letter, a letter that is not Greek, a
    /// number hyphenated to a measure.
    @Test func aCountBeforeTheLetterOrAMeasureStays() {
        #expect(figures("Doctors prescribed 17 beta blockers last week.").map(\.value) == [17])
        #expect(figures("The team ran a 12-week beta test.").map(\.unit) == ["weeks"])
        #expect(figures("She met 3 alpha testers at the lab.").map(\.value) == [3])
    }
}
