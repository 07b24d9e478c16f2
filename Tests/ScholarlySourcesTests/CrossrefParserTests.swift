import Testing
@testable import ScholarlySources

struct CrossrefParserTests {
    @Test func retractedWorkNamesItsNotice() throws {
        let record = try CrossrefWorkParser.record(from: Fixtures.bytes(Fixtures.crossrefRetracted))
        #expect(record.doi == "10.5555/cl.2019.7")
        #expect(record.title == "Coffee prevents heart disease")
        #expect(record.journal == "Cardiology Letters")
        #expect(record.year == 2019)
        #expect(record.retracted && !record.isRetractionNotice)
        #expect(record.retractionNotice == "https://doi.org/10.5555/cl.2020.9")
        #expect(record.passages.map(\.heading) == ["Abstract", "Conclusions"])
        #expect(record.passages.first?.text == "Coffee drinkers had 50% fewer heart attacks (P < 0.05).")
    }

    @Test func noticePointsAtTheRetractedWork() throws {
        let record = try CrossrefWorkParser.record(from: Fixtures.bytes(Fixtures.crossrefNotice))
        #expect(record.isRetractionNotice && !record.retracted)
        #expect(record.retracts == "https://doi.org/10.5555/cl.2019.7")
        #expect(record.retraction == .init(kind: .notice, retracts: "https://doi.org/10.5555/cl.2019.7"))
    }

    @Test func retractedInPlace() throws {
        let record = try CrossrefWorkParser.record(from: Fixtures.bytes(Fixtures.crossrefInPlace))
        #expect(record.retracted)
        #expect(record.retractionNotice == "https://doi.org/10.5555/X.1")
        #expect(record.year == 2017)  // issued is [[null]]: the next date is used
    }

    @Test func plainWorkIsNotRetracted() throws {
        let record = try CrossrefWorkParser.record(from: Fixtures.bytes(Fixtures.crossrefPlain))
        #expect(!record.retracted && !record.isRetractionNotice && record.retraction == nil)
        #expect(record.year == 2019 && record.passages.isEmpty)
    }

    @Test func titleSaysNotice() throws {
        let json = #"{"message":{"DOI":"10.5555/n.1","title":["Notice of Retraction: Something"]}}"#
        #expect(try CrossrefWorkParser.record(from: Fixtures.bytes(json)).isRetractionNotice)
        let typed = #"{"message":{"DOI":"10.5555/n.2","title":["Something"],"type":"retraction"}}"#
        #expect(try CrossrefWorkParser.record(from: Fixtures.bytes(typed)).isRetractionNotice)
    }

    @Test func notCrossref() {
        #expect(throws: ScholarlyParseError.self) { try CrossrefWorkParser.record(from: Fixtures.bytes("<html>")) }
        #expect(throws: ScholarlyParseError.self) { try CrossrefWorkParser.record(from: Fixtures.bytes(#"{"status":"ok","message":{}}"#)) }
    }
}
