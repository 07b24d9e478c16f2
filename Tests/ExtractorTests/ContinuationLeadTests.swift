import FactCheckModel
import Testing
@testable import Extractor

/// Words that carry a report on: "went on to claim that" (`AttributionParser.continuationLead`) and
/// "continued," before a quotation (`quotedContinuation`) credit their subject, unless what goes on
/// is a deed or a subject that cannot speak. Sentences of our own (written in session 18, issue 18).
@Suite struct ContinuationLeadTests: ExtractorProbing {
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
}
