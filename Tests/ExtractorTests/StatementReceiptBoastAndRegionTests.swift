import FactCheckModel
import Testing
@testable import Extractor

/// Sources read from a statement received or rebutted by its noun ("received reports that …"), a
/// boast of a deed, a capital "Even" before a source, and a place with the region it lies in. Each
/// rule is tested on sentences of our own, beside sentences where it must not fire: among them the
/// shapes an adversarial review found the first version reading wrongly (relative clauses after
/// "report" and "story", a boast of being something, a speech tag after the clause).
@Suite struct StatementReceiptBoastAndRegionTests: ExtractorProbing {
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
        // Two capitalised words, the first no word WordNet lists: a first name and a surname.
        #expect(!SourcePhrase.opensSentenceAsAdverb(WordCursor("Even Tveitnes Haugen said it."), 0..<3))
        #expect(source("Even Tveitnes Haugen said that 9 ferries were late.") == "Even Tveitnes Haugen")
        #expect(source("Even Tveitnes Haugen, the pilot, said that 9 ferries were late.") == "Even Tveitnes Haugen")
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

    /// A relative clause whose object is the report or story ("the report that inspectors wrote
    /// in 2021 …") or whose verb follows "that" in a past form ("reports that came from …") is
    /// about the document, not what it states: no one is credited.
    @Test func aRelativeClauseAfterAReportOrStoryCreditsNoOne() {
        #expect(source("The harbour office received the report that inspectors wrote in 2021 about 9 piers.") == nil)
        #expect(source("The ferry firm received stories that sailors had written over 40 years.") == nil)
        #expect(source("The port issued a report that its divers filed about 30 wrecks.") == nil)
        #expect(source("The mayor welcomed stories that pupils wrote about the 1962 storm.") == nil)
        #expect(source("The board slammed the report that the pilots delivered on 4 May.") == nil)
        #expect(source("The harbour office received reports that came from 9 islands overnight.") == nil)
        #expect(source("The ferry firm made a story that sold 3 million copies.") == nil)
        #expect(source("Sailors slammed the story that ran on page 5 of the island paper.") == nil)
    }

    /// The same nouns before a statement whose verb has its object or needs none stay credited.
    @Test func aStatementAfterAReportKeepsItsReceiver() {
        #expect(source("The harbour office received reports that 3 ferries had sunk near the pier.") == "harbour office")
        #expect(source("The harbour office received reports that seals killed 12 fish in the nets.") == "harbour office")
        #expect(source("The harbour office received reports that 30 passengers were overcharged.") == "harbour office")
    }

    /// A speech tag after the clause, or the verb inside a "which" clause: the noun's clause does
    /// not run on to the end of the sentence.
    @Test func aStatementNounClauseStopsBeforeASpeechTagOrTheMainVerb() {
        #expect(AttributionParser.statementNounThat(WordCursor("The harbour office received reports that 3 ferries had sunk, a pilot said."), verb: 3) == nil)
        #expect(AttributionParser.statementNounThat(WordCursor("The port office, which received reports that 3 ferries sank, said 2 crews were rescued."), verb: 4) == nil)
        #expect(AttributionParser.statementNounThat(WordCursor("The port office, which opened in May, received reports that 3 ferries sank."), verb: 7) == 9)
    }

    /// A boast of being something is a feature; of being done something, a deed.
    @Test func aBoastOfBeingSomethingCreditsNoOne() {
        #expect(source("The town boasts of being home to 30 lighthouses.") == nil)
        #expect(source("The country boasts of being the 2nd largest grower of kelp in the north.") == nil)
        #expect(source("The skipper boasted about being re-elected 4 times.") == "skipper")
    }

    /// "bragged that …" states its clause as "said that …" does: the claim is the clause.
    @Test func aBragBeforeThatGivesTheClause() {
        #expect(claimText("The skipper bragged that his crew had won 9 races in a row.") == "his crew had won 9 races in a row.")
    }

    /// A story or a rumour is no speaker: "the story continued, “…”" credits no one.
    @Test func aStoryThatContinuesIsNoSpeaker() {
        #expect(source("The story continued, \"Nine ferries sank in 1921.\"") == nil)
        #expect(source("The rumour continued: \"the yard lost 400 jobs.\"") == nil)
    }
}
