import FactCheckModel
import Testing
@testable import Extractor

/// Session 18 (issue 18): sources credited, and deeds no longer read as reports, each a rule of
/// general English tested on sentences of our own, and the guards its review asked for, each
/// tested where it must stop the rule.
@Suite struct SessionEighteenSourceTests: ExtractorProbing {
    /// "announced a …" reports what was announced, figure or not: a rise, a loss, an outbreak
    /// (the session's "announced a …" deed rule was dropped after its review).
    @Test func anAnnouncedThingStillCreditsTheSpeaker() {
        #expect(source("The ferry firm announced a 12 percent rise in fares.") == "ferry firm")
        #expect(source("The port announced a deal would close in June.") == "port")
        #expect(source("The harbour board announced a sharp rise in ferry delays.") == "harbour board")
        #expect(source("The port authority announced a fall in cargo to its lowest level since 1975.") == "port authority")
    }

    /// "went on to claim that" carries the reporting verb on: its subject is the source.
    @Test func aContinuedReportCreditsTheSubject() {
        #expect(source("The lawsuit went on to claim that the ferry had sailed without a licence.") == "lawsuit")
        #expect(source("The harbour report has gone on to say that 40 berths are empty.") == "harbour report")
    }

    /// "went on to" a deed, or "that" as a determiner with no clause after it, credits no one.
    @Test func aContinuedDeedCreditsNoOne() {
        #expect(AttributionParser.continuationLead(WordCursor("The mayor went on to say nothing about the pier."), 5) == nil)
        #expect(AttributionParser.continuationLead(WordCursor("The fare went on to claim that level again in 2021."), 5) == nil)
        #expect(AttributionParser.continuationLead(WordCursor("Her voyage went on to say that much about 3 decades at sea."), 5) == nil)
        #expect(AttributionParser.continuationLead(WordCursor("The lawsuit went on to claim that the ferry had sailed."), 5) == 2)
    }

    /// "continued," and a quotation carries a speaker's words on.
    @Test func aQuotationAfterContinuedCreditsTheSpeaker() {
        #expect(source("The ferry company continued, “Our boats sailed on time in 9 of 10 crossings.”") == "ferry company")
        #expect(AttributionParser.quotedContinuation(WordCursor("The port’s release continued, “Fees rose 9% in a year.”"), 3))
        #expect(AttributionParser.quotedContinuation(WordCursor("The harbour board continued: “We closed 3 berths.”"), 3))
        #expect(AttributionParser.quotedContinuation(WordCursor("She continued, “We lost 40% of our fares in a year.”"), 1))
    }

    /// A quotation after a subject that cannot speak (a storm, a list, a match) is nobody's words.
    @Test func continuedWithoutASpeakerCreditsNoOne() {
        #expect(!AttributionParser.quotedContinuation(WordCursor("The gale continued, “relentless” in the words of one skipper, for 3 days."), 2))
        #expect(!AttributionParser.quotedContinuation(WordCursor("The cargo list continued: “rope, tar, 2 anchors.”"), 3))
        #expect(!AttributionParser.quotedContinuation(WordCursor("The regatta continued, “a scrappy affair” as one sailor put it, until 10 p.m."), 2))
        #expect(!AttributionParser.quotedContinuation(WordCursor("Sales continued, rising 5 percent in May."), 1))
    }

    /// A role named by "vice-chancellor" or "chancellor" is a source, as "president" is: a
    /// described speaker before "agreed:" and a quotation.
    @Test func aChancellorAgreeingBeforeAColonIsTheSource() {
        #expect(source("A second vice-chancellor, who runs a small college, agreed: “Fees have doubled in 10 years.”") == "A second vice-chancellor")
        #expect(source("The chancellor said that fees rose by 9 percent.") == "chancellor")
    }
}
