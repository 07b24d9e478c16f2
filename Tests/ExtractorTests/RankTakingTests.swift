import Testing
@testable import Extractor

/// "claimed the coldest night of the winter": a rank or a prize taken, with no verb of its own
/// after the superlative, is no statement and credits no one. Beside it, the claims a superlative
/// stands in that are still statements.
@Suite struct RankTakingTests: ExtractorProbing {
    @Test func aRankTakenCreditsNoOne() {
        #expect(source("The town of Vardo claimed the coldest night of the winter at minus 31 degrees on Monday.") == nil)
        #expect(source("The Vardo rowing crew claimed the fastest crossing of the bay this year.") == nil)
    }

    /// A finite verb after the superlative (a bare clause), "that", no superlative, a noun
    /// "claim", and a question: the verb reports, or nothing here reports.
    @Test func aStatementWithASuperlativeKeepsItsSource() {
        #expect(source("The harbour master claimed the best results came from 12 weeks of rest.") == "harbour master")
        #expect(source("The harbour master claimed the highest tides in 40 years were caused by the storm.") == "harbour master")
        #expect(source("The harbour master claimed that the coldest night was in May, at minus 31 degrees.") == "harbour master")
        #expect(source("The harbour master claimed the plan will cost 3 million euros.") == "harbour master")
        #expect(source("A claim of the fastest crossing was filed by 3 crews in May.") == nil)
        // A later verb of saying keeps its speaker.
        #expect(source("Ana Ruiz claimed the fastest time, at 3 hours, and said the course was flat.") == "Ana Ruiz")
    }

    /// Only a verb that takes ranks: "said the fastest crossing" is no rank taken.
    @Test func onlyAVerbThatTakesRanksIsRead() {
        #expect(!AttributionParser.takesARank(WordCursor("The pilot said the fastest crossing took 3 hours."), verb: 2, base: "say"))
        #expect(AttributionParser.takesARank(WordCursor("The crew claimed the fastest crossing of the bay."), verb: 2, base: "claim"))
    }
}
