import FactCheckModel
import Testing
@testable import Extractor

/// Session 12 (issue 18): a list item or a table cell with no verb (a fee, a price band, a
/// feature) states nothing on its own and is no claim; an item written as a sentence stays a
/// candidate, and a paragraph is never read by the rule. Every sentence is our own.
@Suite struct VerblessItemTests {
    static let page = """
    # Harbour fees

    The harbour board publishes its fees every spring, and berth fees rose 12% this year, the board said.

    - Less than $10,000 of cargo a month
    - Over $500 million of cargo a year
    - Ferry owners pay 2% of each fare to the board.
    - The board charged 0.5% per berth in 2023.

    | Cargo a month | Fee |
    |---|---|
    | $100,000-$1 million | 0.40% per crossing, lower with volume |
    """

    func claimTexts() throws -> [String] {
        try ClaimExtractor().extract(bytes: Array(Self.page.utf8), path: "fees.md", format: .markdown).claims.map(\.sentence)
    }

    @Test func aVerblessListItemOrCellIsNoClaim() throws {
        let texts = try claimTexts()
        #expect(!texts.contains { $0.contains("Less than $10,000") })
        #expect(!texts.contains { $0.contains("Over $500 million") })
        #expect(!texts.contains { $0.contains("0.40% per crossing") })
        #expect(!texts.contains { $0.contains("$100,000-$1 million") })
    }

    @Test func anItemWithAVerbAndAParagraphStayCandidates() throws {
        let texts = try claimTexts()
        #expect(texts.contains { $0.contains("berth fees rose 12%") })
        #expect(texts.contains { $0.contains("Ferry owners pay 2%") })
        #expect(texts.contains { $0.contains("The board charged 0.5%") })
    }

    /// What counts as a verb, read word by word (WordNet on the machine, as every test here has it).
    @Test func whatCanBeAFiniteVerb() {
        #expect(Self.statesNothing("Over $500 million of cargo a year", role: .listItem))
        #expect(!Self.statesNothing("Fees are waived for ferries.", role: .listItem))
        #expect(!Self.statesNothing("Owners pay 2% of each fare.", role: .listItem))
        #expect(!Self.statesNothing("The pier took 300 ships.", role: .listItem))
        // A paragraph, a quotation and a heading are never judged by the rule.
        #expect(!Self.statesNothing("Over $500 million of cargo a year", role: .paragraph))
    }

    static func statesNothing(_ text: String, role: BlockRole) -> Bool { VerblessItem.statesNothing(text, role: role) }

    /// Review of issue 18 (B1): a list item written as a sentence whose verb's past is its base
    /// form ("hit", "cost", "shut") was dropped; a sentence, and a verb after a noun phrase, keep it.
    static let sentenceItems = [
        "The council cut 300 jobs in March.", "The storm hit 12 towns in two days.", "The new bridge cost $40 million.",
        "Unemployment fell to 4.1% in the fourth quarter.", "The hospital set a record with 9,000 births.",
        "The flu spread to 30 states by January.", "The company put 2,000 staff on leave.",
        "A judge found the firm liable for $3 million.", "The city shut 14 libraries in 2022.", "The vote split 52% to 48%.",
        "Inflation hit 9.1% in June, a 40-year high.", "The trial saw a 30% drop in relapses.",
        "The district bid $2 million for the site.", "Turnout rose to 67%, the highest since 1960.",
        "Attendance dropped 20% after the fare increase.", "The team led 3-1 at half-time.",
    ]
    static let cellClaims = ["The plant shed 400 jobs in 2021", "The state spent $2.1 billion on roads", "Rents rose 9% in 2023",
                             "Unemployment fell to 4.1% in the fourth quarter", "Inflation hit 9.1% in June", "The district bid $2 million"]

    @Test func anItemWrittenAsASentenceIsNeverDropped() {
        for item in Self.sentenceItems { #expect(!Self.statesNothing(item, role: .listItem), "\(item)") }
        for cell in Self.cellClaims { #expect(!Self.statesNothing(cell, role: .tableCell), "\(cell)") }
    }

    /// Review of issue 18 (B2): the label rule is "no subject". An item that names its subject
    /// before its figure is a claim, verb or none; one that opens with its figure, or holds none,
    /// and has no verb states nothing.
    static let subjectItems = [
        "Price: $4.99, up from $3.50", "Population 2.3 million (2020 census)", "Median rent up 14% in two years",
        "Crime down 8% year on year, the lowest since 2004", "Inflation at 3.2% in March, from 2.9% in February",
        "Vaccination rate among over-65s at 91%", "Record 1.2 million visitors in 2023",
        "Nearly one in five children living in poverty", "Teachers leaving within five years: 44%",
        "no change in bone density after two years",
    ]

    @Test func anItemThatNamesItsSubjectIsKept() {
        for item in Self.subjectItems {
            #expect(!Self.statesNothing(item, role: .listItem), "\(item)")
            #expect(!Self.statesNothing(item, role: .tableCell), "\(item)")
        }
    }

    @Test func anItemThatOpensWithItsFigureOrHasNoneIsDropped() {
        for item in ["Less than $10,000 a month", "$9.99 per month", "Up to 2 TB", "Under $5,000 a month"] {
            #expect(Self.statesNothing(item, role: .tableCell), "\(item)")
        }
    }
}
