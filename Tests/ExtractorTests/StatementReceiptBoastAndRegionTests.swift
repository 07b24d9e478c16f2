import FactCheckModel
import Testing
@testable import Extractor

/// Session 19 (issue 18): a statement received or rebutted by its noun, a capital "Even" before a
/// source, and a place with the region it lies in. Each rule is tested on sentences of our own,
/// beside at least three where it must not fire.
@Suite struct SessionNineteenSourceTests: ExtractorProbing {
    /// The claim text a sentence gives after its source's lead-in.
    private func claimText(_ sentence: String) -> String? {
        AttributionParser.parse(sentence).map { String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst($0.claimStart))) }
    }

    /// "received reports that …": the receiver passes the statement on and is its source.
    @Test func aStatementReceivedByItsNounCreditsTheReceiver() {
        #expect(source("The ferry company has received reports that the northern pier is slowly sinking.") == "ferry company")
        #expect(claimText("The ferry company has received reports that the northern pier is slowly sinking.") == "the northern pier is slowly sinking.")
        #expect(source("The mayor received a warning that the pier would close for 6 months.") == "mayor")
    }

    /// A noun that is also a verb ("access", "work") opening the clause after "that", then a
    /// preposition's phrase and a finite auxiliary, is the clause's subject, not a relative clause.
    @Test func aClauseWhoseSubjectIsAlsoAVerbIsAStatement() {
        #expect(source("The ferry company has received reports that access to the northern pier is being restored.") == "ferry company")
        #expect(source("The ferry company has received reports that work on the northern pier will start in May.") == "ferry company")
        // No finite verb after the preposition's phrase: the clause is about the reports.
        #expect(source("The ferry company has received reports that travel on 3 websites.") == nil)
    }

    /// A deed of receiving, a report of something (no "that"), a relative clause and a denied
    /// receipt credit no one.
    @Test func aThingReceivedOrARelativeClauseCreditsNoOne() {
        #expect(source("The ferry company received a grant of 3 million euros for new boats.") == nil)
        #expect(source("The ferry company received reports of delays on 4 routes.") == nil)
        #expect(source("The ferry company received reports that were later withdrawn.") == nil)
        #expect(source("The ferry company never received reports that the pier was sinking.") == nil)
        #expect(AttributionParser.statementNounThat(WordCursor("The harbour office received stories that nobody believed."), verb: 3) == nil)
    }

    /// "hit back at stories that …", "slammed claims that …": the critic is the source of the
    /// sentence, and the claim keeps the verb, as after a verb of denial.
    @Test func aStatementRebuttedByItsNounCreditsTheCriticWithTheVerb() {
        let sentence = "The harbour master hit back at stories last year that the ferries ran without insurance."
        #expect(source(sentence) == "harbour master")
        #expect(claimText(sentence) == sentence)
        #expect(source("The mayor slammed claims that the pier will close for 6 months.") == "mayor")
        #expect(AttributionParser.rebuttalObjectStart(WordCursor("The mayor lashed out at reports that the pier had closed."), verb: 2) == 5)
    }

    /// The verb of criticism in another sense, with an object that is no statement, or a
    /// statement noun with no "that" clause: no one is credited.
    @Test func aCriticismWithNoStatementNounCreditsNoOne() {
        #expect(source("The visitors hit back at the home side in the second half.") == nil)
        #expect(source("The mayor slammed the door of the town hall that evening.") == nil)
        #expect(source("The harbour master hit back at stories about his pay.") == nil)
        #expect(source("The harbour master hit back at the stories that circulate on 3 websites.") == nil)
        #expect(AttributionParser.rebuttalObjectStart(WordCursor("The mayor said that the pier had closed."), verb: 2) == nil)
    }

    /// A capital "Even" opening the sentence before a lowercase word or a name of two words or
    /// more is the focusing adverb, no part of the source.
    @Test func aCapitalEvenBeforeAWholeNameIsTheAdverb() {
        #expect(source("Even Maria Lopes, the island's harbour master, has described the pier as unsafe.") == "Maria Lopes")
        #expect(source("Even the harbour master said that the pier had 3 cracks.") == "harbour master")
        #expect(source("Even cautious island planners have argued that the pier needs 2 new piles.") == "cautious island planners")
    }

    /// Before a single capitalised word "Even" may be a first name, and it stays; lower in the
    /// sentence it is no opener.
    @Test func aCapitalEvenBeforeOneNameStays() {
        #expect(source("Even Ulstad said that the pier had 3 cracks.") == "Even Ulstad")
        #expect(source("Even Ulstad, a harbour pilot, said that the pier had 3 cracks.") == "Even Ulstad")
        #expect(!SourcePhrase.opensSentenceAsAdverb(WordCursor("Even Ulstad said it."), 0..<2))
        #expect(!SourcePhrase.opensSentenceAsAdverb(WordCursor("Yes, Even Hotels said it."), 1..<3))
    }

    /// A place and the region it lies in, after a speaker's "in", are one phrase.
    @Test func aPlaceWithItsRegionStaysInTheSource() {
        #expect(source("Officials in Marion County, Florida, said that 300 homes lost power.") == "Officials in Marion County, Florida")
        #expect(source("Officials in Marion County, Florida — where the storm landed — announced that 300 homes lost power.")
            == "Officials in Marion County, Florida")
    }

    /// No speaker before "in", no region after the comma, or no "in": the name in apposition stays.
    @Test func aNameAfterAPlaceStaysTheSource() {
        #expect(source("In Marion County, Florida, officials said that 300 homes lost power.") == "officials")
        #expect(source("The ferry pilots in Marion County, Ana Ruiz, said that 300 homes lost power.") == "Ana Ruiz")
        #expect(source("The harbour master of Kent, Ana Ruiz, said that the pier had 3 cracks.") == "Ana Ruiz")
        #expect(!SourcePhrase.continuesPlace(WordCursor("Storms in Marion County, Ana Ruiz said"), 0..<4, with: 4..<6))
    }

    /// "boasted about" a gerund: the subject claims a deed of its own; the claim keeps the verb.
    @Test func aBoastOfADeedCreditsTheSubjectWithTheVerb() {
        let sentence = "The port authority has boasted about getting 40 ferries through the strait in a week."
        #expect(source(sentence) == "port authority")
        #expect(claimText(sentence) == sentence)
        #expect(source("Ana Ruiz bragged about winning 3 sailing titles in a row.") == "Ana Ruiz")
    }

    /// A thing boasted of, a thing that "boasts" a feature, and a denied boast credit no one.
    @Test func aBoastOfAThingOrAFeatureCreditsNoOne() {
        #expect(source("The skipper boasted about his new boat with 2 engines.") == nil)
        #expect(source("The harbour hotel boasts of having 300 rooms with a sea view.") == nil)
        #expect(source("The port authority never boasted about getting 40 ferries through the strait.") == nil)
        #expect(!AttributionParser.boastLead(WordCursor("The island boasts of having 3 beaches."), 2))
        // A body that can speak, with a feature after "having": still no boast of a deed.
        #expect(source("The sailing club boasts of having 4,000 members across the islands.") == nil)
        #expect(source("The sailing club boasted of having won 3 regattas in a row.") == "sailing club")
    }
}
