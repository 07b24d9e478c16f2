import FactCheckModel
import Testing
@testable import Extractor

/// Session 11 (issue 18): a participle of saying hung on a main clause ("…, saying …") has the
/// main clause's subject as its speaker. Every sentence is our own.
@Suite struct ParticipleSpeakerTests: ExtractorProbing {
    @Test func theSubjectOfTheMainClauseSaysTheParticiple() {
        #expect(source("Harbour unions have attacked the new rota, saying 300 crew jobs will go by May.") == "Harbour unions")
        #expect(source("The Ferry Owners Association of Wales have hit out at the levy, saying 1,200 sailors will lose work.")
            == "Ferry Owners Association of Wales")
        #expect(source("But port pilots have reacted angrily to the cuts, claiming the board ignored 40 safety warnings.") == "port pilots")
        #expect(source("But harbour pilots have reacted angrily to the cuts, saying the board ignored 40 safety warnings.") == "harbour pilots")
        #expect(source("The court also found the ferry firm liable, noting that it had skipped 12 inspections.") == "court")
    }

    /// The claim is the whole sentence and the speaker the subject's head: no figure is lost, not
    /// even one in the subject.
    @Test func theClaimKeepsTheWholeSentence() throws {
        let found = try claims("Harbour unions have attacked the 12% pay cut, saying 300 crew jobs will go by May.")
        #expect(found.first?.attribution?.source == "Harbour unions")
        #expect(found.first?.quantities.map(\.value).sorted() == [12, 300])
        let staff = try claims("The dockers unions representing 300,000 staff rejected the offer, saying it was worth 2 percent.")
        #expect(staff.first?.attribution?.source == "dockers unions")
        #expect(staff.first?.quantities.map(\.value).sorted() == [2, 300_000])
    }

    /// Each of these was credited to the main clause's subject before its guard: an "-ing" clause
    /// with a subject of its own, or with no comma before it (it describes the noun before it).
    @Test func aParticipleWithoutTheCommaOrWithItsOwnSubjectCreditsNobody() {
        #expect(source("The board backed the harbour plan, with two members saying it broke 12 rules.") == nil)
        #expect(source("Medics treated 300 patients, many saying they had waited 12 hours.") == nil)
        #expect(source("The council fined the ferry firm 12 million pounds, the firm saying it would appeal.") == nil)
        #expect(source("Police questioned a deckhand claiming to have seen 12 men near the quay.") == nil)
        #expect(source("Reporters interviewed 12 dockers saying the water had been unsafe for 40 days.") == nil)
        // Without the comma "the levy saying" may describe the levy; such a sentence is given up,
        // unless a verb of criticism stands before it (session 18: `aParticipleAfterAVerbOfCriticismCreditsTheSubject`, below).
        #expect(source("The Ferry Owners Association of Wales have published the levy saying 1,200 sailors will lose work.") == nil)
        #expect(source("The Ferry Owners Association of Wales have hit out at the levy saying 1,200 sailors will lose work.") == "Ferry Owners Association of Wales")
    }

    /// A participle followed by "to" or by an object alone says nothing: it tells a deed.
    @Test func aParticipleWithoutAStatementCreditsNobody() {
        #expect(source("Lifeboat crews rescued 12 sailors overnight, responding to 300 calls along the coast.") == nil)
        #expect(source("Police closed the coast road for 12 hours, warning drivers to avoid the harbour.") == nil)
        #expect(source("Harbour officials raised fees by 2 percent, claiming victory over the smugglers.") == nil)
    }

    /// The speaker is the subject's head, before a preposition: a share or a number cannot speak.
    @Test func theHeadOfTheSubjectMustBeAbleToSpeak() {
        #expect(source("Shares in the port operator jumped 12 percent on Monday, noting that 40 berths were empty.") == nil)
        #expect(source("The number of pilots dropped by 300 last year, noting that 12 ports were short of staff.") == nil)
    }

    /// The subject of a passive, with "been" and any participle, is acted upon.
    @Test func theSubjectOfAPassiveIsNoSpeaker() {
        #expect(source("The ferry firm has been hit with 12 lawsuits, alleging it hid 40 faults.") == nil)
        #expect(source("The harbour charity has been sent 300 letters, claiming the fund is broke.") == nil)
    }

    /// "be" after words between it and the verb ("has this week been hit") is still a passive.
    @Test func aFormOfBeAnywhereInTheVerbGroupCreditsNobody() {
        #expect(source("The ferry firm has this week been hit with 12 lawsuits, alleging it hid 40 faults.") == nil)
    }

    /// A subject that only is something ("is a lobby of …") does nothing the participle could go with.
    @Test func theSubjectOfACopulaIsNoSpeaker() {
        #expect(source("The Ferry Owners Association of Wales is a lobby of 300 firms, adding that 12 ports are short of staff.") == nil)
    }

    /// "…and the union called a strike, saying …": two subjects, so no speaker; one subject with
    /// two verbs keeps it.
    @Test func aSecondClauseBeforeTheParticipleCreditsNobody() {
        #expect(source("The harbour council closed 12 depots and the dockers union called a strike, saying 300 jobs were at risk.") == nil)
        #expect(source("Harbour unions have attacked and rejected the new rota, saying 300 crew jobs will go by May.") == "Harbour unions")
    }

    /// The statement begins right after the participle: an object followed by a verb of its own
    /// ("drivers affected by …", "smugglers who had cost …") is a deed, not a statement.
    @Test func theStatementBeginsAtTheParticiple() {
        #expect(source("Police closed the coast road for 12 hours, warning drivers affected by the closures to avoid the harbour.") == nil)
        #expect(source("Harbour officials raised fees by 2 percent, claiming victory over smugglers who had cost 300 jobs.") == nil)
        #expect(source("The dockers union met on Monday, announcing strikes planned for 300 depots.") == nil)
        // A pronoun and a determiner before a finite verb open a statement.
        #expect(source("Harbour unions attacked the 12% cut, saying they would strike for 300 days.") == "Harbour unions")
        #expect(source("Harbour unions attacked the 12% cut, saying the board ignored 300 warnings.") == "Harbour unions")
    }

    /// A quotation opens a statement, whatever its first words are.
    @Test func aQuotationOpensTheStatement() {
        #expect(source("Harbour unions attacked the 12% cut, saying: \"Strike now, before 300 more jobs go.\"") == "Harbour unions")
    }

    /// "The harbour minister remains opposed …": the subject would hold a verb the rules do not
    /// know ("minister remains"), so nobody is credited.
    @Test func aSubjectThatHoldsAVerbCreditsNobody() {
        #expect(source("The harbour minister remains opposed to the 12 percent cut, saying it would cost 300 jobs.") == nil)
        #expect(source("The harbour minister stays opposed to the 12 percent cut, saying it would cost 300 jobs.") == nil)
    }

    /// A speaker holds no figure: "The 12 harbour pilots" would take a figure out of the claim.
    @Test func aSpeakerHoldsNoFigure() {
        #expect(source("The 12 harbour pilots rejected the offer, saying 300 crew jobs will go by May.") == nil)
    }

    /// A subject opened by a pronoun with an auxiliary written onto it ("We've …") names nobody,
    /// though a name follows in it. (Other guards refuse "We dockers", "We Ferry Union members".)
    @Test func aPronounIsNoSpeaker() {
        #expect(source("We've the Ferry Union behind us and rejected the 12% offer, saying 300 crew jobs will go by May.") == nil)
    }

    /// A verb of criticism and its object, then a participle of saying with no comma: the subject
    /// said what the participle's clause says (``AttributionParser/criticismBefore(_:from:participle:)``).
    @Test func aParticipleAfterAVerbOfCriticismCreditsTheSubject() {
        #expect(source("The ferry union has slammed the new levy saying 300 crossings will be cut.") == "ferry union")
        #expect(source("The Harbour Pilots Association have hit out at the merger claiming more than 2,000 pilots in the port will lose shifts.") == "Harbour Pilots Association")
        // A timetable or a ruling says things itself: the participle after one is its statement.
        #expect(source("The ferry union has slammed the new timetable saying 300 crossings will be cut.") == nil)
        #expect(source("Island growers welcomed the deal saying it will double their exports.") == "Island growers")
        // "groups" names speakers, as "unions" does (``Lexicon/sourceRoleNouns``), with or without the comma.
        #expect(source("Angry pub and hotel groups have slammed the decision to close every bar claiming it will cost 300 jobs.") == "Angry pub and hotel groups")
        #expect(source("Hotel groups have slammed the decision to close every bar, claiming it will cost 300 jobs.") == "Hotel groups")
        #expect(AttributionParser.criticismBefore(WordCursor("Dockers condemned the plan saying 500 jobs would be cut by March."), from: 1, participle: 4))
    }

    /// A participle right after a message noun tells what the message says, and a denied verb
    /// criticises nothing: the guard stops the rule where it would credit the critic.
    @Test func aParticipleAfterAMessageOrADeniedCriticismCreditsNoOne() {
        #expect(!AttributionParser.criticismBefore(WordCursor("Dockers condemned the memo saying 500 jobs would be cut by March."), from: 1, participle: 4))
        #expect(!AttributionParser.criticismBefore(WordCursor("Pilots slammed the tweet claiming 40 ferries had sunk."), from: 1, participle: 4))
        #expect(!AttributionParser.criticismBefore(WordCursor("Doctors criticised the study claiming tea cures 9 in 10 colds."), from: 1, participle: 4))
        #expect(!AttributionParser.criticismBefore(WordCursor("Dockers had not slammed the plan saying 300 jobs would go."), from: 1, participle: 6))
        // Inside a quotation that opens the sentence, the words are the quoter's claim.
        #expect(!AttributionParser.criticismBefore(WordCursor("“Dockers condemned the plan saying 500 jobs would go,” the headline read."), from: 1, participle: 4))
        #expect(source("Ministers criticised the harbour report claiming 3 piers had closed.") == nil)
        #expect(source("Islanders welcomed the sign saying the pier would reopen in 2 weeks.") == nil)
        #expect(source("Critics have slammed a film claiming that the ferry was sunk on purpose in 2019.") == nil)
    }
}
