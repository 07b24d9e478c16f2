import FactCheckModel
import Testing
@testable import TextAnalysis

/// "rights over 25 percent of the land": after a noun of rule or ownership, "over" says what is
/// governed and sets no floor on the figure (issue 18: bounds).
@Suite struct GoverningOverTests: FigureReadings {
    @Test func overAfterANounOfRuleIsNoFloor() {
        #expect(figures("Farmers hold tenure rights over 30 percent of the valley.").map(\.bound) == [.exact])
        #expect(figures("The court has jurisdiction over 12 islands.").map(\.bound) == [.exact])
        #expect(figures("The trust took ownership over 4,000 acres.").map(\.bound) == [.exact])
    }

    /// Must not fire: a verb of control before "over", "of over", "over" after a measure's noun.
    @Test func overAfterAVerbOrOfIsAFloor() {
        #expect(figures("Rebels control over 40 percent of the country.").map(\.bound) == [.lower])
        #expect(figures("Voting rights of over 500 members were suspended.").map(\.bound) == [.lower])
        #expect(figures("Temperatures over 30 degrees were recorded.").map(\.bound) == [.lower])
    }
}
