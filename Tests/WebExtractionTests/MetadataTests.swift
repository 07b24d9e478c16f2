import Testing
@testable import WebExtraction

@Suite struct MetadataTests {
    @Test func jsonLDWinsOverMetaTags() throws {
        let html = """
            <html><head><title>Site title</title>
            <meta name="author" content="Meta Author"><meta property="article:published_time" content="2020-01-01">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example"},
             {"@type": "NewsArticle", "headline": "The  real headline", "datePublished": "2024-03-03T10:00:00Z",
              "author": [{"@type": "Person", "name": "Ada Lovelace"}, {"@type": "Person", "name": "Alan Turing"}]}]}
            </script></head><body><p>Body text.</p></body></html>
            """
        let page = try WebPageExtractor.extract(bytes: Array(html.utf8))
        #expect(page.title == "The real headline")
        #expect(page.author == "Ada Lovelace, Alan Turing")
        #expect(page.date == "2024-03-03T10:00:00Z")
    }

    @Test func metaTagsWhenThereIsNoJSONLD() throws {
        let html = """
            <html lang="de"><head><title> Nur  ein Titel </title><meta name="author" content="Erika Mustermann">
            <meta property="article:published_time" content="2021-05-04"><meta property="og:url" content="https://example.de/a">
            </head><body><p>Text.</p></body></html>
            """
        let page = try WebPageExtractor.extract(bytes: Array(html.utf8))
        #expect(page.title == "Nur ein Titel")
        #expect(page.author == "Erika Mustermann")
        #expect(page.date == "2021-05-04")
        #expect(page.canonicalURL == "https://example.de/a")
        #expect(page.language == "de")
    }

    @Test func timeElementGivesTheDateAsALastResort() throws {
        let html = "<html><body><article><time datetime=\"2019-09-09\">9 Sept</time><p>Text of the article.</p></article></body></html>"
        #expect(try WebPageExtractor.extract(bytes: Array(html.utf8)).date == "2019-09-09")
    }

    @Test func brokenJSONLDIsIgnored() throws {
        let html = "<html><head><title>T</title><script type=\"application/ld+json\">{\"headline\": </script></head><body><p>x</p></body></html>"
        #expect(try WebPageExtractor.extract(bytes: Array(html.utf8)).title == "T")
    }

    @Test func articleBodyStandsInForAPageBuiltByScripts() throws {
        let body = String(repeating: "The study found a clear effect of the treatment on sleep. ", count: 12)
        let html = """
            <html><head><script type="application/ld+json">{"@type": "Article", "headline": "H", "articleBody": "\(body)\\nSecond paragraph of the article."}</script>
            </head><body><div id="app"><a href="/">Home</a></div><script>render()</script></body></html>
            """
        let page = try WebPageExtractor.extract(bytes: Array(html.utf8))
        #expect(page.blocks.count == 2)
        #expect(page.blocks.last?.text == "Second paragraph of the article.")
    }
}
