import Testing
@testable import Extractor

/// A reporting verb's form right after "to" and a verb that needs an object ("to get estimates",
/// "to file reports") is that object, a plural noun: nobody reports. Beside it, an infinitive that
/// can stand alone before the sentence's verb, "to" as a preposition, and a comma between.
@Suite struct InfinitiveObjectTests: ExtractorProbing {
    @Test func theObjectOfAnInfinitiveIsNoReportingVerb() {
        #expect(source("Ferry planners need two soundings to get estimates of river depth near the quay.") == nil)
        #expect(source("The crews need several surveys to get estimates of the catch.") == nil)
        #expect(AttributionParser.isObjectOfInfinitive(WordCursor("Volunteers were hired to file reports on 3 beaches."), 5))
    }

    /// "to act shows how …": "act" needs no object, so "shows" is the verb; "to reporters" is a
    /// preposition's object; "asked to comment, says": a comma between; "to make claims that":
    /// the statement noun's "that".
    @Test func aVerbAfterAnInfinitiveThatStandsAloneStillReports() {
        #expect(!AttributionParser.isObjectOfInfinitive(WordCursor("The failure to act shows how little the council cared about 3 warnings."), 4))
        #expect(source("Okafor, asked to comment, says that 12 boats sank in the storm.") == "Okafor")
        #expect(source("Okafor said to reporters that 12 boats sank in the storm.") == "Okafor")
        #expect(!AttributionParser.isObjectOfInfinitive(WordCursor("The mayor went on to make claims that 12 boats sank."), 6))
    }
}
