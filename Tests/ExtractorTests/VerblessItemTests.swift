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
        #expect(VerblessItem.statesNothing("Over $500 million of cargo a year", role: .listItem))
        #expect(VerblessItem.statesNothing("Biometric access and cold storage", role: .tableCell))
        #expect(!VerblessItem.statesNothing("Fees are waived for ferries.", role: .listItem))
        #expect(!VerblessItem.statesNothing("Owners pay 2% of each fare.", role: .listItem))
        #expect(!VerblessItem.statesNothing("The pier took 300 ships.", role: .listItem))
        // A paragraph, a quotation and a heading are never judged by the rule.
        #expect(!VerblessItem.statesNothing("Over $500 million of cargo a year", role: .paragraph))
    }
}
