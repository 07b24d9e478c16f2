import Testing
@testable import ScholarlySources

/// Responses are untrusted input: a hostile or compromised server must not make a parser expand
/// entities without bound (billion laughs) or read local files (XXE). Either the parse is refused
/// or the entity stays unexpanded; both are fine, a blown-up or leaked text is not.
struct HostileXMLTests {
    static let pubMedInner = "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>T PAYLOAD</ArticleTitle><Abstract><AbstractText>Text PAYLOAD end.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    static let jatsInner = "<article><front><article-meta><title-group><article-title>T PAYLOAD</article-title></title-group></article-meta></front><body><p>Body PAYLOAD end.</p></body></article>"
    static let eSearchInner = "<eSearchResult><Count>1</Count><IdList><Id>1PAYLOAD</Id></IdList></eSearchResult>"

    private func allText(_ records: [ScholarlyRecord]) -> String {
        records.flatMap { [$0.title ?? ""] + $0.passages.map(\.text) }.joined(separator: " ")
    }

    @Test func billionLaughsDoesNotExpand() {
        let pubMed = Fixtures.bytes(Fixtures.billionLaughs(root: "PubmedArticleSet", inner: Self.pubMedInner))
        if let records = try? PubMedArticleParser.records(from: pubMed) {
            #expect(allText(records).count < 1_000)
            #expect(!allText(records).contains("lollol"))
        }
        let jats = Fixtures.bytes(Fixtures.billionLaughs(root: "article", inner: Self.jatsInner))
        if let records = try? JATSArticleParser.records(from: jats) {
            #expect(allText(records).count < 1_000)
        }
        let eSearch = Fixtures.bytes(Fixtures.billionLaughs(root: "eSearchResult", inner: Self.eSearchInner))
        if let result = try? ESearchParser.result(from: eSearch) {
            #expect(result.ids.joined().count < 100)
        }
    }

    @Test func externalEntitiesAreNotLoaded() {
        let pubMed = Fixtures.bytes(Fixtures.externalEntity(root: "PubmedArticleSet", inner: Self.pubMedInner))
        if let records = try? PubMedArticleParser.records(from: pubMed) {
            #expect(!allText(records).contains("root:"))
            #expect(records.first?.passages.first?.text == "Text end.")
        }
        let jats = Fixtures.bytes(Fixtures.externalEntity(root: "article", inner: Self.jatsInner))
        if let records = try? JATSArticleParser.records(from: jats) {
            #expect(!allText(records).contains("root:"))
        }
    }

    /// The JSON-embedded markup readers never resolve entities beyond the five XML ones.
    @Test func taggedTextLeavesUnknownEntitiesAlone() {
        let passages = TaggedTextReader.passages(from: "<jats:p>&xxe; &lol9; &#0;</jats:p>")
        #expect(passages.first?.text.hasPrefix("&xxe; &lol9;") == true)
    }
}
