import FactCheckModel
import Testing
@testable import TextAnalysis

/// "from three-point range", "a two-point conversion": a number joined by a hyphen to "point"
/// before a noun of a game's scoring names a kind of score; nothing is counted.
/// `NonFigure.scoringKind`, `Lexicon.scoringKindNouns`.
@Suite struct ScoringKindTests: FigureReadings {
    @Test func aKindOfScoreIsNoFigure() {
        #expect(figures("The guards shot badly from three-point range all night.").isEmpty)
        #expect(figures("They went for a two-point conversion and missed.").isEmpty)
        #expect(figures("She hit 4 shots from beyond the 3-point line.").map(\.value) == [4])
    }

    /// Must not fire: "N-point" before any other noun (a lead, a plan, a scale, a drop), a spoken
    /// decimal.
    @Test func aLeadAPlanOrAScaleKeepsTheFigure() {
        #expect(figures("The home side built a 10-point lead by the break.").map(\.value) == [10])
        #expect(figures("The minister set out a six-point plan for the ports.").map(\.value) == [6])
        #expect(figures("Pain was rated on a five-point scale.").map(\.value) == [5])
        #expect(figures("Support saw a three-point drop in the polls.").map(\.value) == [3])
        #expect(figures("Inflation was three-point-two percent in May.").map(\.value) == [3.2])
    }
}
