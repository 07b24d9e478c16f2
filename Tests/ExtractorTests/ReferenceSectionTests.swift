import FactCheckModel
import Testing
@testable import Extractor

/// The blocks after a reference section's title hold citations, not claims; the titles are
/// `Lexicon.referenceSectionTitles`, which web extraction's source lists read too. A title from
/// each list the lexicon's one replaced (the extractor's "Works cited", web extraction's "Our
/// sources") opens a section, as a heading and as a label line; other headings do not.
@Suite struct ReferenceSectionTests {
    static func block(_ role: BlockRole, _ text: String) -> TextBlock {
        var block = TextBlock(role: role, level: role == .heading ? 2 : 0)
        block.text = text
        return block
    }

    /// The roles of the blocks after marking, the heading's first.
    static func marked(after title: BlockRole, _ text: String) -> [BlockRole] {
        var blocks = [
            block(.paragraph, "The ferry fare rose by 12 percent in the spring."),
            block(title, text),
            block(.paragraph, "Harbour Board (2024). Annual report on ferry fares, 40 pages."),
            block(.heading, "About the author"),
            block(.paragraph, "She writes about island transport for the weekly paper."),
        ]
        ArticleAssembler.markReferenceSections(&blocks)
        return blocks.map(\.role)
    }

    @Test func aHeadingFromEitherFormerListOpensASection() {
        for title in ["Works cited", "Our sources", "Endnotes", "Read the sources"] {
            #expect(Self.marked(after: .heading, title) == [.paragraph, .heading, .reference, .heading, .paragraph], "\(title)")
        }
    }

    @Test func aLabelLineFromEitherFormerListOpensASection() {
        #expect(ArticleAssembler.isReferenceLabel("Works cited:"))
        #expect(ArticleAssembler.isReferenceLabel("Our sources:"))
        #expect(Self.marked(after: .paragraph, "Notes and sources:") == [.paragraph, .paragraph, .reference, .heading, .paragraph])
    }

    @Test func otherHeadingsAndLinesWithoutAColonOpenNone() {
        #expect(Self.marked(after: .heading, "What comes next") == [.paragraph, .heading, .paragraph, .heading, .paragraph])
        #expect(!ArticleAssembler.isReferenceLabel("Our sources"))
        #expect(!ArticleAssembler.isReferenceLabel("Our sources say the fare rose:"))
    }
}
