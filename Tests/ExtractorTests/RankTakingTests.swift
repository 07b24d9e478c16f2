import Testing
@testable import Extractor

/// "claimed the coldest night of the winter": a rank or a prize taken, with no verb of its own
/// after the superlative to the sentence's end, is no statement and credits no one. Beside it, the
/// claims a superlative stands in that are still statements (`ClaimedSuperlativeStatementTests`
/// holds more), and the shapes where the rule must not fire at all. Sentences our own.
@Suite struct RankTakingTests: ExtractorProbing {
    @Test func aRankTakenCreditsNoOne() {
        #expect(source("The town of Vardo claimed the coldest night of the winter at minus 31 degrees on Monday.") == nil)
        #expect(source("The Vardo rowing crew claimed the fastest crossing of the bay this year.") == nil)
        #expect(source("Lindqvist claimed the highest score in the league at 41 goals in the morning.") == nil)
        // Held back on the safe side: a plural noun that is also a verb form ("points") reads as a finite verb.
        #expect(source("Lindqvist claimed the highest score in the league at 41 points in the morning.") == "Lindqvist")
    }

    /// A finite verb after the superlative (a bare clause), a plain present verb right after the
    /// superlative's noun, "that", no superlative, a later verb of saying: the verb reports.
    @Test func aStatementWithASuperlativeKeepsItsSource() {
        #expect(source("The harbour master claimed the best results came from 12 weeks of rest.") == "harbour master")
        #expect(source("The harbour master claimed the highest tides in 40 years were caused by the storm.") == "harbour master")
        #expect(source("The harbour master claimed that the coldest night was in May, at minus 31 degrees.") == "harbour master")
        #expect(source("The harbour master claimed the plan will cost 3 million euros.") == "harbour master")
        #expect(source("Ana Ruiz claimed the richest 10 percent pay too little tax.") == "Ana Ruiz")
        #expect(source("Ana Ruiz claimed the biggest firms hire 40 percent of the town's workers.") == "Ana Ruiz")
        #expect(source("Ana Ruiz claimed the fastest time, at 3 hours, and said the course was flat.") == "Ana Ruiz")
    }

    /// Where the rule must not fire: "claim" as a noun, the quoted speaker before and after, a
    /// passive, another verb of saying before the superlative. A question, a headline and a list
    /// item get no check of their own: they are read like any sentence, and the finite verb after
    /// the superlative ("is", "get", "earn") keeps them statements.
    @Test func theRuleStaysOutOfOtherShapes() {
        #expect(source("A claim of the fastest crossing was filed by 3 crews in May.") == nil)
        #expect(!AttributionParser.takesARank(WordCursor("The pilot said the fastest crossing took 3 hours."), subject: 0..<2, verb: 2, base: "say"))
        #expect(AttributionParser.takesARank(WordCursor("The crew claimed the fastest crossing of the bay."), subject: 0..<2, verb: 2, base: "claim"))
        #expect(source("“The oldest piles rot 5 times faster,” Okafor claimed the next day.") == "Okafor")
        #expect(source("Okafor claimed, “the oldest piles rot 5 times faster than the new ones.”") == "Okafor")
        #expect(source("Okafor claims the deepest berth in the port is 14 metres.") == "Okafor")
        #expect(!AttributionParser.takesARank(WordCursor("Did Okafor claim the deepest berth is 14 metres?"), subject: 1..<2, verb: 2, base: "claim"))
        #expect(source("Mayor claims the poorest streets get 5 percent less cleaning") == "Mayor")
        // A list item: main keeps the item's dash in the source; the rank rule stays out of it.
        #expect(source("- Okafor claimed the best crews earn 40 percent more")?.hasSuffix("Okafor") == true)
        #expect(!AttributionParser.takesARank(WordCursor("The record was claimed by the fastest crew of the year."), subject: 0..<2, verb: 3, base: "claim"))
    }

    /// A subject that names a role that speaks (``Lexicon/sourceRoleNouns``: a mayor, a firm)
    /// reports a record with "claims the lowest …"; the rule is read only for other subjects.
    @Test func aRoleThatSpeaksReportsTheRecord() {
        #expect(source("The ferry company claims the lowest fares on the coast at 4 euros a trip.") == "ferry company")
        #expect(source("The governor claimed the smallest deficit in a decade, at 2 percent.") == "governor")
        #expect(source("The town of Vardo claimed the coldest night of the winter at minus 31 degrees.") == nil)
    }
}
