import FactCheckModel
import Testing
@testable import TextAnalysis

/// "for those four weeks", "these three rules": a number word after "these" or "those" counts
/// things the text has already named; the count was given where they were first named.
/// `NonFigure.countAfterDemonstrative`.
@Suite struct DemonstrativeCountTests: FigureReadings {
    @Test func aNumberWordAfterADemonstrativeRefersBack() {
        #expect(figures("Is it fair to close the pools for those four weeks in the heat?").isEmpty)
        #expect(figures("Each of these three rules was dropped by the council in May.").isEmpty)
        #expect(figures("Those two towns now share 12 buses.").map(\.value) == [12])
    }

    /// Must not fire: digits, "one", a range or an alternative, a fraction or compound glued by a
    /// hyphen, "this" or "the", a list item.
    @Test func digitsRangesAndCompoundsKeepTheFigure() {
        #expect(figures("These 40 patients were seen in the clinic.").map(\.value) == [40])
        #expect(figures("Those two to three weeks cost the farm its harvest.").map(\.value) == [2])
        #expect(figures("These two or three towns have no doctor.").map(\.value) == [2])
        #expect(figures("Those two-thirds of the voters stayed home.").map(\.unit) == ["percent"])
        #expect(figures("This two-week pause cost the farm its harvest.").map(\.value) == [2])
        #expect(figures("The four weeks of the strike cost 3 million euros.").contains { $0.value == 4 })
        #expect(figures("- those: four weeks of rain").map(\.value) == [4])
    }
}
