import Testing
@testable import Scorer

@Suite struct TextFragmentTests {
    @Test func shortQuoteIsEncodedWhole() {
        let url = TextFragment.url("https://example.org/page", quoting: "as much as 80 percent")
        #expect(url == "https://example.org/page#:~:text=as%20much%20as%2080%20percent")
    }

    @Test func commasDashesAndAmpersandsAreEncoded() {
        // `,` `-` `&` are text-directive syntax; they must never appear raw inside the text.
        #expect(TextFragment.encode("low-dose, high-dose & placebo") == "low%2Ddose%2C%20high%2Ddose%20%26%20placebo")
        #expect(TextFragment.encode("p<0.05 (n=12)") == "p%3C0.05%20%28n%3D12%29")
        #expect(TextFragment.encode("a_b.c~d") == "a_b.c~d")
    }

    @Test func nonASCIIIsEncodedAsUTF8() {
        #expect(TextFragment.encode("“stress” – café") == "%E2%80%9Cstress%E2%80%9D%20%E2%80%93%20caf%C3%A9")
    }

    @Test func existingFragmentIsDropped() {
        let url = TextFragment.url("https://example.org/page?x=1#section-2", quoting: "massage reduced cortisol")
        #expect(url == "https://example.org/page?x=1#:~:text=massage%20reduced%20cortisol")
    }

    @Test func longQuoteUsesStartAndEnd() {
        let quote = Fixtures.acaSentence
        let url = TextFragment.url("https://www.acatoday.org/facts", quoting: quote)
        #expect(url == "https://www.acatoday.org/facts#:~:text=Experts%20estimate%20that%20as%20much,some%20time%20in%20their%20lives.")
    }

    @Test func localFilesHaveNoFragmentURL() {
        #expect(TextFragment.url("/srv/sources/aca.html", quoting: "as much as 80 percent") == nil)
        #expect(TextFragment.url("file:///srv/sources/aca.html", quoting: "as much as 80 percent") == nil)
    }

    @Test func evidenceCarriesTheFragmentOfItsFinalURL() throws {
        var page = Fixtures.acaPage
        page.finalURL = "https://www.acatoday.org/patients/back-pain-facts#top"
        let check = ClaimScorer().check(Fixtures.backPainClaim, sources: [page])
        let first = try #require(check.evidence.first)
        #expect(first.url == "https://www.acatoday.org/patients/back-pain-facts#top")
        #expect(first.fragmentURL?.hasPrefix("https://www.acatoday.org/patients/back-pain-facts#:~:text=Experts%20") == true)
    }

    @Test func localFileSourceEvidenceHasNoFragment() throws {
        let page = Fixtures.source("/etc/factcheck/aca.txt", [Fixtures.acaSentence], origin: .registry)
        let check = ClaimScorer().check(Fixtures.backPainClaim, sources: [page])
        let first = try #require(check.evidence.first)
        #expect(first.url == "/etc/factcheck/aca.txt")
        #expect(first.fragmentURL == nil)
    }
}
