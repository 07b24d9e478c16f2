import Testing
@testable import ScholarlySources

struct EuropePMCAndEutilsParserTests {
    @Test func europePMCSearchHits() throws {
        let records = try EuropePMCSearchParser.records(from: Fixtures.bytes(Fixtures.europePMCSearch))
        #expect(records.count == 2)
        let hit = records[0]
        #expect(hit.pmid == "31000001" && hit.pmcid == "PMC7000001" && hit.doi == "10.5555/jss.2019.0001")
        #expect(hit.isOpenAccess && hit.year == 2019 && hit.journal == "Journal of Sleep Studies")
        #expect(hit.title == "Evening walking and insomnia in older adults.")
        #expect(hit.passages.map(\.heading) == ["Background", "Results"])
        #expect(hit.passages[1].text == "H2O intake and walks had no significant effect.")
        #expect(records[1].retracted && !records[1].isOpenAccess)
        #expect(records[1].passages.map(\.heading) == ["Abstract"])
        #expect(try EuropePMCSearchParser.records(from: Fixtures.bytes(Fixtures.europePMCEmpty)).isEmpty)
        #expect(throws: ScholarlyParseError.self) { try EuropePMCSearchParser.records(from: Fixtures.bytes("[1,")) }
    }

    @Test func esearchIDs() throws {
        let result = try ESearchParser.result(from: Fixtures.bytes(Fixtures.eSearch))
        #expect(result.ids == ["31000001", "31000003", "31000002"])
        #expect(result.count == 2543)  // the top-level Count, not the TermSet's
        let empty = try ESearchParser.result(from: Fixtures.bytes(Fixtures.eSearchEmpty))
        #expect(empty.ids.isEmpty && empty.count == 0)
    }

    @Test func elinkPMCIDs() throws {
        #expect(try ELinkParser.linkedIDs(from: Fixtures.bytes(Fixtures.eLink)) == ["7000001"])
        #expect(try ELinkParser.linkedIDs(from: Fixtures.bytes(Fixtures.eLink), database: "pubmed") == ["5"])
    }

    @Test func taggedText() {
        let passages = TaggedTextReader.passages(from: "<jats:p>A &amp; B &#x3B2; &#946;</jats:p><jats:p>  </jats:p><p>C<br/>D</p>")
        #expect(passages.map(\.text) == ["A & B β β", "C", "D"])
        #expect(TaggedTextReader.passages(from: "no tags at all").map(\.text) == ["no tags at all"])
        #expect(TaggedTextReader.passages(from: "x < y and <unclosed").map(\.text) == ["x < y and <unclosed"])
    }
}
