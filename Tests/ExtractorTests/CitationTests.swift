import FactCheckModel
import Testing
@testable import Extractor

@Suite struct CitationTests {
    func claims(_ text: String, _ format: Article.Format) throws -> [Claim] {
        try ClaimExtractor().extract(bytes: Array(text.utf8), path: "refs.\(format.rawValue)", format: format).claims
    }

    @Test func numberedMarkersCiteTheReferenceListInMarkdown() throws {
        let found = try claims("""
        # Coffee and the heart

        Coffee raises blood pressure by 5 percent in adults [1]. Two cups a day lower the risk of stroke by 20 percent [2, 3].
        A 2019 trial found that green tea lowers cholesterol (doi:10.1056/NEJMoa1234567).

        ## References

        1. Smith J. Coffee and blood pressure. https://example.org/smith
        2. Jones K. Stroke risk. doi: 10.1001/jama.2019.1234.
        3. Lee P. Tea and stroke. PMID: 31234567
        """, .markdown)
        #expect(found.count == 3, "the reference entries are not claims")
        #expect(found[0].citations == ["https://example.org/smith"])
        #expect(found[0].text == "Coffee raises blood pressure by 5 percent in adults")
        #expect(found[1].citations == ["https://doi.org/10.1001/jama.2019.1234", "https://pubmed.ncbi.nlm.nih.gov/31234567/"])
        #expect(found[2].citations == ["https://doi.org/10.1056/NEJMoa1234567"])
    }

    @Test func bracketedEntriesAndRangesInPlainText() throws {
        let found = try claims("""
        Coffee and the heart

        Coffee raises blood pressure by 5 percent in adults [1]. Two cups a day lower the risk of stroke by 20 percent [2-3].

        References

        [1] Smith J. Coffee and blood pressure. https://example.org/smith
        [2] Jones K. Stroke risk. https://doi.org/10.1001/jama.2019.1234
        [3] Lee P. Tea and stroke. PMC7654321
        """, .text)
        #expect(found.count == 2)
        #expect(found[1].citations == ["https://doi.org/10.1001/jama.2019.1234", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7654321/"])
    }

    @Test func htmlSuperscriptsCiteFootnotes() throws {
        let found = try claims("""
        <html><body><article><p>Coffee raises blood pressure by 5 percent in adults.<sup><a href="#fn1">1</a></sup></p></article>
        <section class="footnotes"><ol><li id="fn1">Smith J. <a href="https://example.org/smith">Coffee and blood pressure</a>.</li></ol></section>
        </body></html>
        """, .html)
        #expect(found.count == 1)
        #expect(found[0].citations == ["https://example.org/smith"])
        #expect(found[0].text == "Coffee raises blood pressure by 5 percent in adults")
    }

    @Test func identifiersAreRecognisedOnlyWhole() {
        #expect(IdentifierScanner.urls(in: "see 10.1038/nature12373, and PMID:123 and PMC12345") == [
            "https://doi.org/10.1038/nature12373", "https://pubmed.ncbi.nlm.nih.gov/123/",
            "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC12345/",
        ])
        #expect(IdentifierScanner.urls(in: "version 110.1234/5 and ABCPMC12345 and 10.12/x").isEmpty)
        #expect(ReferenceList.markerNumbers(in: "a [1], b [2, 4-6] and [sic] [x1]") == [1, 2, 4, 5, 6])
    }

    /// A numbered reference closing the sentence ("(3)", "(3, 10)") cites as a bracket citation
    /// does: a cue of its own, whatever figures the sentence holds, and no source named.
    @Test func aNumberedReferenceClosingTheSentenceIsACue() {
        func cued(_ text: String) -> Bool { ClaimExtractor.isCued(text, attribution: nil, quantities: []) }
        #expect(cued("Cold showers slow the pulse of most swimmers (3)."))
        #expect(cued("Cold showers slow the pulse of most swimmers (3, 10)."))
        #expect(AttributionParser.parse("Cold showers slow the pulse of most swimmers (3).") == nil, "no source is named")
        // Not closing the sentence, after a name, a measure, or in quoted speech: no citation.
        #expect(!cued("Cold showers slow the pulse (3), and warm baths speed it up."))
        #expect(!cued("The vote went to Ana Ruiz (11)."))
        #expect(!cued("The trial enrolled adults (40 women)."))
        #expect(!cued("“Cold showers slow the pulse,” the coach said (3)."))
    }
}
