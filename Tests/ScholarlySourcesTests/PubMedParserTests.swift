import Testing
@testable import ScholarlySources

struct PubMedParserTests {
    @Test func structuredAbstract() throws {
        let records = try PubMedArticleParser.records(from: Fixtures.bytes(Fixtures.pubMedSet))
        #expect(records.count == 2)
        let first = try #require(records.first)
        #expect(first.title == "Evening walking and insomnia in older adults: a randomised trial.")
        #expect(first.pmid == "31000001")  // not the cited PMID in CommentsCorrections
        #expect(first.doi == "10.5555/jss.2019.0001")  // ArticleIdList wins; the reference list's DOI is ignored
        #expect(first.pmcid == "PMC7000001")
        #expect(first.journal == "Journal of Sleep Studies")
        #expect(first.year == 2019)
        #expect(first.publicationTypes == ["Journal Article", "Randomized Controlled Trial"])
        #expect(first.passages.map(\.heading) == ["Background", "Results"])
        #expect(first.passages[0].text == "Insomnia is common in adults over 60 and treatment with β-blockers is rarely indicated.")
        #expect(first.passages[1].text == "Brisk evening walks had no significant effect on insomnia (P < 0.2).")
        #expect(!first.retracted && first.retraction == nil)
    }

    @Test func retractedPublication() throws {
        let records = try PubMedArticleParser.records(from: Fixtures.bytes(Fixtures.pubMedSet))
        let retracted = try #require(records.last)
        #expect(retracted.retracted)
        #expect(retracted.retractionNotice == "https://pubmed.ncbi.nlm.nih.gov/32000009/")
        #expect(retracted.year == 2018)  // from MedlineDate
        #expect(retracted.passages.map(\.heading) == [nil])
        #expect(retracted.retraction?.kind == .retracted)
    }

    @Test func retractionNotice() throws {
        let notice = try #require(try PubMedArticleParser.records(from: Fixtures.bytes(Fixtures.pubMedNotice)).first)
        #expect(notice.isRetractionNotice && !notice.retracted)
        #expect(notice.retracts == "https://pubmed.ncbi.nlm.nih.gov/31000002/")
        #expect(notice.retraction?.kind == .notice)
    }

    @Test func emptySetAndGarbage() throws {
        #expect(try PubMedArticleParser.records(from: Fixtures.bytes("<PubmedArticleSet></PubmedArticleSet>")).isEmpty)
        #expect(throws: ScholarlyParseError.self) { try PubMedArticleParser.records(from: Fixtures.bytes("<PubmedArticleSet><oops")) }
        #expect(throws: ScholarlyParseError.self) { try PubMedArticleParser.records(from: []) }
    }
}
