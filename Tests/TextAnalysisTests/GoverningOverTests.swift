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

    /// Must not fire: a span of time after "over" ("more than" a stretch), or a share with no whole
    /// after it (a threshold), even after a noun of rule.
    @Test func aSpanOfTimeOrABareShareIsAFloor() {
        #expect(figures("Foreign ownership over 40 percent is forbidden in banking.").map(\.bound) == [.lower])
        #expect(figures("Staff with tenure over 15 years got a bonus.").map(\.bound) == [.lower])
        #expect(figures("Anyone held in custody over 24 hours must see a lawyer.").map(\.bound) == [.lower])
        #expect(figures("Progress on land rights over 20 years has been slow.").map(\.bound) == [.lower])
    }

    /// A share "of" a whole and a count of things stay what is governed.
    @Test func aShareOfAWholeOrACountIsGoverned() {
        #expect(figures("The board's authority over 80 percent of the harbours was upheld.").map(\.bound) == [.exact])
        #expect(figures("The crown claims sovereignty over 150 islets.").map(\.bound) == [.exact])
    }
}
