import FactCheckModel
import Testing
@testable import Extractor

/// The counter-shapes of session 15's attribution rules (issue 18), from the branch's adversarial
/// review: our own sentences of each shape the first build misread, so each rule is held to the
/// grammar that makes it a report. Each test also keeps the shape the rule was built for.
@Suite struct ReportedObjectCounterShapeTests: ExtractorProbing {
    @Test func aPlaceOrOccasionBeforeANameIsNoPremodifier() {
        #expect(source("In the harbour square Ana Ruiz said that ferry fares rose by 12 percent.") == "Ana Ruiz")
        #expect(source("At the yacht club Bo Lee said that ferry fares rose by 12 percent.") == "Bo Lee")
        #expect(source("On the board Bo Lee said that ferry fares rose by 12 percent.") == "Bo Lee")
        #expect(source("Among the dockers Ana Ruiz said that ferry fares rose by 12 percent.") == "Ana Ruiz")
        #expect(source("Like the other pilots Ana Ruiz said that ferry fares rose by 12 percent.") == "Ana Ruiz")
        // A determiner and a role before the name are its title.
        #expect(source("As our reporter Bo Lee wrote, the ferry lost 30 percent of its riders.") == "our reporter Bo Lee")
        #expect(source("As the harbour pilot Bo Lee wrote, the ferry lost 30 percent of its riders.") == "harbour pilot Bo Lee")
    }

    @Test func aNumberAfterAVerbOfSayingIsADeedUnlessTheVerbTallies() {
        #expect(source("The harbour council approved 40 new berths on the old pier.") == nil)
        #expect(source("The harbour master cited 3 surveys in his report to the board.") == nil)
        #expect(source("The port chef described 3 ways to cook mussels in her new book.") == nil)
        #expect(source("The pilot signalled 3 minutes of delay to the tugs.") == nil)
        #expect(source("The ferry company listed 12 cabins on its website.") == nil)
        // A verb of tallying reports its figure; a study reports any figure it names.
        #expect(source("The harbour office logged 1,204 groundings over the decade.") == "harbour office")
        #expect(source("The harbour survey lists 12 failures in the pier's design.") == "harbour survey")
    }

    @Test func aCapitalisedSubjectTallyingAFigureCreditsNoOne() {
        // A place WordNet does not know records what happened in it, as one it knows does.
        #expect(source("Valdoria recorded 300 new cases of the fever on Friday.") == nil)
        #expect(source("Port Elmsley documented 40 cases of the fever in May.") == nil)
        // A name still reports a judgement.
        #expect(source("Maya Okafor described 12 of the ferries as ‘badly outdated’.") == "Maya Okafor")
    }

    @Test func thePerfectsParticipleBeforeAnObjectOrAParticleTellsADeed() {
        #expect(source("The firm had written 3 letters to the harbour board about the 40 berths.") == nil)
        #expect(source("Critics have written off the 30 percent rise in fares as a fluke.") == nil)
        #expect(source("Harbour economists have shown they can cut fares by 12 percent.") == "Harbour economists")
    }

    @Test func aRaisingPassiveOfSayingNamesNoSpeaker() {
        #expect(source("The anchor, said to be worth $3,000, was stolen from the pier.") == nil)
        #expect(source("The ferry, a boat built to carry 300 people between the two harbours twice a day, said to cost $2 million, was sold.") == nil)
        #expect(source("The old pier is said to hold 300 boats.") == nil)
        #expect(source("Currently, said to be the largest in the county, the harbour holds 300 boats.") == nil)
        // "said to" before its addressee is a verb of saying.
        #expect(source("Ana Ruiz said to reporters that the ferry cost $2 million.") == "Ana Ruiz")
    }

    @Test func aRelativeClauseCreditsItsSourceWithItsFigure() {
        #expect(source("The harbour wall, which, engineers say, holds back 30 million tonnes of water, is the oldest in the county.") == "engineers")
        #expect(source("The harbour wall, which, according to engineers, holds back 30 million tonnes of water, is the oldest in the county.") == "engineers")
        // A clause that holds only a judgement credits nothing.
        #expect(source("Ticket sales rose 20 percent, which, critics say, makes the ferry the best-run in the region.") == nil)
    }

    @Test func aParticipleOfSayingInsideTheWordsMakesThemNoSubject() {
        #expect(source("The harbour master kept saying pilots ignored 40 warnings about the pier.") != "harbour master kept saying pilots")
        #expect(source("The harbour master kept saying pilots ignored 40 warnings about the pier.") == nil)
    }

    @Test func anInstrumentFindsNothing() {
        #expect(source("The gauge showed the water to be 40 degrees.") == nil)
        #expect(source("The tide gauge showed it to be 3 metres deep.") == nil)
    }

    @Test func namingOrAdvertisingAsIsNoJudgement() {
        #expect(source("The agency listed the 3 flats as available from 1 May.") == nil)
        #expect(source("The agency advertised the 3 flats as spacious and bright.") == nil)
        #expect(source("The regulators blamed the ferry firm for causing 200 delays in June.") == "regulators")
    }

    @Test func aCapitalEvenMayBeAName() {
        #expect(source("Even Ulving, a Norwegian pilot, said that ferry fares rose by 12 percent.") == "Even Ulving")
        #expect(source("But even the harbour master has said that ferry fares rose by 12 percent.") == "harbour master")
    }

    @Test func aDashOnlyEndsWhatStandsBeforeASourceOfItsOwn() {
        // A dash-closed aside after the name is no source.
        #expect(source("The pilots — 40 of them in all — said that ferry fares rose by 12 percent.") == "pilots")
        #expect(source("The harbour board — chaired by Ana Ruiz since 2019 — said that fares rose by 12 percent.") == "harbour board")
    }

    @Test func aSpeakerInsideTheClaimNeedsASpeechVerbWithASpeaker() {
        // An opening phrase and a participle without a speaker name no one.
        #expect(source("Currently, said to be the largest in the county, the harbour holds 300 boats.") == nil)
        #expect(source("Today, said to be the busiest day of the year, the harbour holds 300 boats.") == nil)
        // With a speaker closed by its comma the claim is around it.
        #expect(source("Today, said Ana Ruiz, the harbour holds 300 boats.") == "Ana Ruiz")
    }
}
