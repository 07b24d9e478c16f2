import FactCheckModel
import Testing
@testable import TextAnalysis

/// "approaching" and "nearing" after a form of "be" or an adverb make a figure approximate; after a
/// noun they are motion (session 19, issue 18).
@Suite struct ApproachingBoundTests: FigureReadings {
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

    /// Fix round: after a noun or "the", "approaching" and "nearing" are motion or an adjective and
    /// the count is exact; after "be" or an adverb they bound the figure.
    @Test func approachingAfterANounIsMotion() {
        #expect(figures("A ferry approaching 2 harbours slowed down.").map(\.bound) == [.exact])
        #expect(figures("Patrols nearing 6 towns were stopped.").map(\.bound) == [.exact])
        #expect(figures("Cyclists approaching 3 crossings had to wait.").map(\.bound) == [.exact])
        #expect(figures("In the approaching 3 months the ward will open.").map(\.bound) == [.exact])
        #expect(figures("Debt was nearing 90 percent of output.").map(\.bound) == [.approximate])
        #expect(figures("Sales, now approaching 2,000 units, kept rising.").map(\.bound) == [.approximate])
    }
}
