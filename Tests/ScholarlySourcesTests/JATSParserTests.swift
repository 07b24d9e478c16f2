import Testing
@testable import ScholarlySources

struct JATSParserTests {
    @Test func fullTextArticle() throws {
        let records = try JATSArticleParser.records(from: Fixtures.bytes(Fixtures.jatsArticleSet))
        let article = try #require(records.first)
        #expect(records.count == 1)
        #expect(article.title == "Evening walking and insomnia in older adults")
        #expect(article.journal == "Journal of Sleep Studies")
        #expect(article.pmid == "31000001" && article.pmcid == "PMC7000001" && article.doi == "10.5555/jss.2019.0001")
        #expect(article.year == 2019)
        #expect(article.hasFullText)
        let pairs = article.passages.map { "\($0.heading ?? "-") | \($0.text)" }
        #expect(pairs == [
            "Background | Insomnia affects one adult in three.",
            "Results | Walking had no significant effect.",
            "- | Sleep matters to everyone.",
            "Introduction | Evening walks are widely recommended [1].",
            "Prior work | Earlier trials were small.",
            "Introduction | We ran a larger trial.",
            "Figure 1 | Insomnia by group. Bars show the proportion with insomnia.",
            "Table 1 | Baseline characteristics.",
            "Results | The risk ratio was overall.",
        ])
        #expect(article.passages.map(\.index) == Array(0..<9))
        #expect(!article.passages.contains { $0.text.contains("secret cell") || $0.text.contains("picture") })
    }

    @Test func referenceList() throws {
        let article = try #require(try JATSArticleParser.records(from: Fixtures.bytes(Fixtures.jatsArticleSet)).first)
        #expect(article.references.count == 2)
        #expect(article.references[0].label == "1")
        #expect(article.references[0].doi == "10.5555/sleepj.2010.1")
        #expect(article.references[0].pmid == "20000001")
        #expect(article.references[0].text.hasPrefix("Doe J (2010) Walking helps sleep. Sleep J 1: 1."))
        #expect(article.references[1].text == "Roe R Another study Rest 2011")
        #expect(article.references[1].doi == nil)
    }

    @Test func retractionLinks() throws {
        let retracted = try #require(try JATSArticleParser.records(from: Fixtures.bytes(Fixtures.jatsRetracted)).first)
        #expect(retracted.retracted)
        #expect(retracted.retractionNotice == "https://doi.org/10.5555/cl.2020.9")
        #expect(retracted.pmcid == "PMC7000002")
        let notice = try #require(try JATSArticleParser.records(from: Fixtures.bytes(Fixtures.jatsNotice)).first)
        #expect(notice.isRetractionNotice && !notice.retracted)
        #expect(notice.retracts == "https://pubmed.ncbi.nlm.nih.gov/31000002/")
    }

    @Test func frontMatterOnlyHasNoFullText() throws {
        let front = """
        <pmc-articleset><article><front><article-meta><article-id pub-id-type="pmc">1</article-id>
        <title-group><article-title>Only metadata</article-title></title-group></article-meta></front></article></pmc-articleset>
        """
        let record = try #require(try JATSArticleParser.records(from: Fixtures.bytes(front)).first)
        #expect(!record.hasFullText && record.passages.isEmpty && record.pmcid == "PMC1")
    }
}
