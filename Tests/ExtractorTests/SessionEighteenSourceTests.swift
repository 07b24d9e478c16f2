import FactCheckModel
import Testing
@testable import Extractor

/// Session 18 (issue 18): sources credited, and deeds no longer read as reports, each a rule of
/// general English tested on sentences of our own, with at least three where it must not fire.
@Suite struct SessionEighteenSourceTests: ExtractorProbing {
    /// The claim text a sentence gives after its source's lead-in.
    private func claimText(_ sentence: String) -> String? {
        AttributionParser.parse(sentence).map { String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst($0.claimStart))) }
    }

    /// A verb of criticism and its object, then a participle of saying with no comma: the subject
    /// said what the participle's clause says (``AttributionParser/criticismBefore(_:from:participle:)``).
    @Test func aParticipleAfterAVerbOfCriticismCreditsTheSubject() {
        #expect(source("The ferry union has slammed the new timetable saying 300 crossings will be cut.") == "ferry union")
        #expect(source("The Harbour Pilots Association have hit out at the ruling claiming more than 2,000 pilots in the port will lose shifts.") == "Harbour Pilots Association")
        #expect(source("Island growers welcomed the deal saying it will double their exports.") == "Island growers")
        // "groups" names speakers, as "unions" does (``Lexicon/sourceRoleNouns``), with or without the comma.
        #expect(source("Angry pub and hotel groups have slammed the decision to close every bar claiming it will cost 300 jobs.") == "Angry pub and hotel groups")
        #expect(source("Hotel groups have slammed the decision to close every bar, claiming it will cost 300 jobs.") == "Hotel groups")
    }

    /// Without a verb of criticism, without a statement after the participle, or with the verb's
    /// literal sense, no one is credited.
    @Test func aParticipleWithoutCriticismCreditsNoOne() {
        #expect(source("He slammed the door saying nothing.") == nil)
        #expect(source("The team hit back in the second half.") == nil)
        #expect(source("Fans slammed the referee's decision saying goodbye to the cup.") == nil)
        #expect(source("The ferry crew rescued a man claiming to be a pilot.") == nil)
        #expect(source("Dockers blasted the horn, and a pilot claiming 20 years at sea waved.") == nil)
    }

    /// "warned/told" an object "to" do something is a directive, no statement.
    @Test func aDirectiveToTheObjectCreditsNoOne() {
        #expect(source("Police warned drivers in the north to avoid the bridge.") == nil)
        #expect(source("The mayor told residents of the island to leave by noon.") == nil)
        // A participle of "be" after the infinitive opens no clause.
        #expect(source("The navy warned people in the north to move south or risk being fined.") == nil)
        #expect(AttributionParser.directiveFollows(WordCursor("The coastguard warned 40 skippers to stay in port."), verb: 2))
    }

    /// A clause after the object, an infinitive inside the clause's subject, or "that" still report.
    @Test func aStatementAfterWarnOrTellStillCreditsTheSpeaker() {
        #expect(source("Police warned drivers the bridge was shut.") == "Police")
        #expect(source("The mayor told reporters plans to widen the pier had stalled.") == "mayor")
        #expect(source("Police warned that ferries were due to stop at 6 p.m.") == "Police")
        #expect(!AttributionParser.directiveFollows(WordCursor("Police warned drivers the bridge was about to close."), verb: 1))
    }

    /// "announced a …" with no figure and no clause tells a deed.
    @Test func anAnnouncedThingIsADeed() {
        #expect(source("The senator announced a resignation in May and left the island.") == nil)
        #expect(source("The club announced a new coach on Friday.") == nil)
    }

    /// A figure in the object, a clause, or "that" keep the announcement a report.
    @Test func anAnnouncedFigureOrClauseStillCreditsTheSpeaker() {
        #expect(source("The ferry firm announced a 12 percent rise in fares.") == "ferry firm")
        #expect(source("The port announced a deal would close in June.") == "port")
        #expect(source("The port announced that a deal was signed in June.") == "port")
    }

    /// A verb of belief before "that" or a clause with its own subject credits the subject.
    @Test func aBeliefWithAClauseCreditsTheSubject() {
        #expect(source("Some engineers believe that the new hull is stronger than the old one.") == "Some engineers")
        #expect(source("The ferry firm believes its new engines will cut fuel use by 12 percent.") == "ferry firm")
        // The claim keeps the verb that tells it is a belief, as a denial does.
        #expect(claimText("The ferry firm believes its new engines will cut fuel use by 12 percent.") == "The ferry firm believes its new engines will cut fuel use by 12 percent.")
    }

    /// Belief in something, belief of a thing, a pronoun and a negation credit no one.
    @Test func aBeliefWithoutAClauseCreditsNoOne() {
        #expect(source("She believes in ghosts.") == nil)
        #expect(source("The ferry firm believes in fair fares for the islands.") == nil)
        #expect(source("The captain believed the story about the wreck.") == nil)
        #expect(source("The pilots do not believe that the pier is safe.") == nil)
        // Believers counted by a figure are a poll's finding, no source.
        #expect(source("Two in five islanders believe that the pier is unsafe.") == nil)
        #expect(source("One-third of pilots believe that the pier is unsafe.") == nil)
    }

    /// "went on to claim that" carries the reporting verb on: its subject is the source.
    @Test func aContinuedReportCreditsTheSubject() {
        #expect(source("The lawsuit went on to claim that the ferry had sailed without a licence.") == "lawsuit")
        #expect(source("The harbour report has gone on to say that 40 berths are empty.") == "harbour report")
    }

    /// "went on to" a deed, or a verb of saying with no clause, credits no one.
    @Test func aContinuedDeedCreditsNoOne() {
        #expect(source("The team went on to win the cup in 2019.") == nil)
        #expect(source("The lawsuit went on for 3 years.") == nil)
        #expect(AttributionParser.continuationLead(WordCursor("The mayor went on to say nothing about the pier."), 5) == nil)
    }

    /// "continued," and a quotation carries a speaker's words on.
    @Test func aQuotationAfterContinuedCreditsTheSpeaker() {
        #expect(source("The ferry company continued, “Our boats sailed on time in 9 of 10 crossings.”") == "ferry company")
        #expect(AttributionParser.quotedContinuation(WordCursor("The harbour board continued: “We closed 3 berths.”"), 3))
    }

    /// "continued" before an infinitive, a participle or an adjective says nothing of speech.
    @Test func continuedWithoutAQuotationCreditsNoOne() {
        #expect(source("Sales continued to rise in May.") == nil)
        #expect(!AttributionParser.quotedContinuation(WordCursor("Sales continued, rising 5 percent in May."), 1))
        #expect(!AttributionParser.quotedContinuation(WordCursor("The rain continued, heavy and cold."), 2))
    }

    /// A role named by "vice-chancellor" or "chancellor" is a source, as "president" is: a
    /// described speaker before "agreed:" and a quotation.
    @Test func aChancellorAgreeingBeforeAColonIsTheSource() {
        #expect(source("A second vice-chancellor, who runs a small college, agreed: “Fees have doubled in 10 years.”") == "A second vice-chancellor")
        #expect(source("The chancellor said that fees rose by 9 percent.") == "chancellor")
    }
}
