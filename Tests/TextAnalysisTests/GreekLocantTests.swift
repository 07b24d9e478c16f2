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

    /// Must not fire: "sigma" and "pi" after a number are measures, and a letter's name with a
    /// capital names a product or a version.
    @Test func sigmaPiOrACapitalKeepsTheFigure() {
        #expect(figures("The team announced a 5-sigma result.").map(\.value) == [5])
        #expect(figures("The plant adopted a 6-sigma method and cut waste by 30 percent.").map(\.value) == [6, 30])
        #expect(figures("The plots show 1-sigma errors over 100 trials.").map(\.value) == [1, 100])
        #expect(figures("The sensor spans a 4-pi solid angle.").map(\.value) == [4])
        #expect(figures("The firm sold 3-Alpha kits last year.").map(\.value) == [3])
    }
}
