import FactCheckModel
import Testing
import TextAnalysis
@testable import Extractor

/// Session 20 (issue 18): a list item that opens with a lowercase common word continues the
/// sentence its lead-in began ("Pros:" → "comes bundled with the editor") and states nothing on its
/// own. Items with their own subject, a name set in lowercase, a figure, and any sentence outside a
/// list stay candidates. Every sentence is our own.
@Suite struct LeadInContinuationTests {
    static func continues(_ text: String, role: BlockRole = .listItem) -> Bool {
        let quantities = QuantityParser.quantities(in: text)
        return LeadInContinuation.continuesLeadIn(text, role: role, hasFigure: quantities.contains { $0.unit != "calendar-year" })
    }

    @Test func aLowercaseItemContinuingItsLeadInIsNoClaim() {
        #expect(Self.continues("comes bundled with the editor, no extra tooling required"))
        #expect(Self.continues("officially supported by the maintainers of the language"))
        #expect(Self.continues("quickly set a default version per project"))
        #expect(Self.continues("copy the files into the container so later commands can read them"))
    }

    @Test func itemsOfTheSameShapeThatStateSomethingStay() {
        for text in [
            // Their own subject.
            "the drug cut deaths among the elderly by a fifth",
            "it runs on batteries that last a week",
            "there are two modes, one of them offline",
            // A name set in lowercase or with inner capitals.
            "eBay has cards from $1,599 to $2,100.",
            "iOS adds a feature that fixes the gaze in video calls",
            // A figure.
            "cuts load times by 40% on older phones",
            "reduced the backlog from 9,000 cases to 2,000",
            // Written as a sentence.
            "Supported officially by the maintainers since 2019.",
        ] {
            #expect(!Self.continues(text), "\(text)")
        }
        // A paragraph, a quotation or a heading is never read by the rule.
        #expect(!Self.continues("comes bundled with the editor", role: .paragraph))
        #expect(!Self.continues("comes bundled with the editor", role: .quote))
    }

    @Test func throughTheExtractor() throws {
        let page = """
        # Two tools

        The first tool ships with the language and most teams use it.

        Pros:

        - comes bundled with the editor, no extra tooling required
        - cuts build times by 40% on large projects
        - the maintainers fixed 120 bugs in its last release
        """
        let texts = try ClaimExtractor().extract(bytes: Array(page.utf8), path: "tools.md", format: .markdown).claims.map(\.sentence)
        #expect(!texts.contains { $0.contains("comes bundled") })
        #expect(texts.contains { $0.contains("cuts build times by 40%") })
        #expect(texts.contains { $0.contains("fixed 120 bugs") })
    }
}
