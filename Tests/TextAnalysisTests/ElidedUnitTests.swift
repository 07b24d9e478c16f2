import FactCheckModel
import Testing
@testable import TextAnalysis

/// A unit written once for two amounts set against each other ("8 tonnes, down from 9", "5
/// megawatts, lower than the 6 …"): the second amount takes the first's unit in the figures a claim
/// reports, only with the same measure and a word of comparison or change; the scorer reads it as
/// written. Sentences of our own (written in session 18, issue 18).
@Suite struct ElidedUnitTests: FigureReadings {
    /// The second amount of a comparison or a sequence, with no unit of its own, takes the first's.
    @Test func theSecondAmountOfAComparisonTakesTheUnit() {
        let lower = figures("Demand on Sunday reached 31,420 megawatts, far lower than the 33,080 it hit a day earlier.")
        #expect(lower.map(\.unit) == ["mw", "mw"])
        #expect(lower.map(\.value) == [31_420, 33_080])
        let sequence = figures("The wettest year was 1998, with 1,412 millimetres, followed by 2003 with 1,380, the office said.")
        #expect(sequence.map(\.unit) == ["mm", "mm"])
        let from = figures("The harvest came to 8,200 tonnes, down from 9,100 in the spring.")
        #expect(from.map(\.unit) == ["tonnes", "tonnes"])
    }

    /// A noun after the second amount, a unit of its own, another shape, a far magnitude or no word
    /// of comparison: the second amount keeps its own reading.
    @Test func theElidedUnitNeedsTheSameMeasure() {
        // A noun after it: homes are counted, not megawatts.
        let homes = figures("The plant produced 4,500 megawatts, more than the 4,200 homes nearby need.")
        #expect(homes.map(\.unit) == ["mw", nil])
        // A unit of its own.
        let own = figures("Output rose to 4,500 megawatts, compared with 4,200 gigawatt hours a year before.")
        #expect(own.last?.unit == "gwh")
        // Another shape: a small count against a grouped amount.
        let staff = figures("The site generates 4,500 megawatts with 350 staff on shift.")
        #expect(staff.last?.unit == nil)
        // No word of comparison before it.
        let employs = figures("The plant makes 4,500 megawatts and employs 4,200.")
        #expect(employs.last?.unit == nil)
        // Part of a whole.
        let part = figures("The port shipped 45,000 tonnes, with 40,000 of them bound for Asia.")
        #expect(part.last?.unit == nil)
        // A share in brackets has its own unit.
        let share = figures("Turnout was 4,100 voters (17 percent), against 3,900 a year earlier.")
        #expect(share.map(\.unit).contains("percent"))
    }

    /// A bare "with" or "from" joins a count of other things, not a second amount of the measure;
    /// "with" links only after "compared" or in "followed by YEAR with", "from" only after a word
    /// of change. A capitalised word after the amount names what is counted.
    @Test func aBareWithOrFromLeavesTheCountAlone() {
        // "with N" and a place or a crowd: people, not the measure.
        #expect(figures("The dam generates 800 megawatts with 600 on its staff.").last?.unit == nil)
        #expect(figures("The ship hauled 700 tonnes of ore with 500 on deck.").last?.unit == nil)
        #expect(figures("She threw the hammer 70 metres at the trials, with 60 in the stands watching.").last?.unit == nil)
        // "with N" and a comma: the clause after says who spoke.
        #expect(figures("The drug was 70 percent effective in a trial with 60, the makers said.").last?.unit == nil)
        // "with N and M" after a noun of places.
        #expect(figures("The cable brings 200 megawatts to villages with 150 and 250 homes.").dropFirst().map(\.unit) == [nil, nil])
        // "from N" after no word of change.
        #expect(figures("The mill bought 900 tonnes of wheat from 600 in the valley.").last?.unit == nil)
        // A capitalised word after it, even after "than".
        #expect(figures("The co-op sold 400 tonnes, more than 300 Welsh farms could take.").last?.unit == nil)
    }

    /// "compared with", "followed by YEAR with" and a change's "from" still link.
    @Test func setPhrasesOfComparisonStillLink() {
        #expect(figures("The mine dug 60 tonnes in March, compared with 45 in April.").map(\.unit) == ["tonnes", "tonnes"])
        #expect(figures("Output hit 5,600 megawatts, up from 4,900 a year before.").map(\.unit) == ["mw", "mw"])
        #expect(figures("The catch was 3,300 tonnes, versus 2,900 a year before.").map(\.unit) == ["tonnes", "tonnes"])
    }

    /// The ten words count from the figure with the unit, not from a year read after it.
    @Test func theWindowCountsFromTheMeasuredFigure() {
        let far = figures("The river carried 4,500 tonnes of silt a day in the dry months that ended in 2019, against 4,100 in the wet.")
        #expect(far.last?.unit == nil)
    }

    /// The scorer reads the second amount as written.
    @Test func theScorerKeepsTheBareSecondAmount() {
        #expect(scored("Demand reached 31,420 megawatts, well below the 33,080 recorded a day earlier.").last?.unit == nil)
    }
}
