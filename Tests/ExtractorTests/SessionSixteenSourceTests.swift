import FactCheckModel
import Testing
@testable import Extractor

/// Session 16 (issue 18): attribution errors left on batches 1–8 of the claim labels, each fixed as
/// a rule of English, tested on sentences of our own, with at least three where it must not fire.
@Suite struct SessionSixteenSourceTests: ExtractorProbing {
    /// "X, according to Y, verb …": the phrase set off between a subject and its verb leaves the
    /// claim running on, so the figures after the source stay the claim's.
    @Test func aMidSentenceAccordingToKeepsTheFiguresAfterIt() throws {
        let demand = "Peak demand on the island, according to the grid operator, reached 4,100 megawatts on Friday.\n"
        let claim = try #require(try claims(demand).first)
        #expect(claim.attribution?.source == "grid operator")
        #expect(claim.quantities.map(\.value) == [4100])
        #expect(claim.quantities.map(\.unit) == ["mw"])
        let count = try #require(try claims("The mayor, according to a tally by the Harbour Gazette, has the backing of 14 councillors.\n").first)
        #expect(count.attribution?.source == "a tally by the Harbour Gazette")
        #expect(count.quantities.map(\.value) == [14])
    }

    /// Where the phrase is not set between a subject and its verb, the claim is cut as before.
    @Test func otherAccordingToShapesKeepTheirCut() throws {
        // A relative clause after the source describes the source.
        let maker = try #require(try claims("The tablet cut ferry sickness by 30%, according to its maker, which sold 2 billion doses.\n").first)
        #expect(maker.quantities.map(\.value) == [30])
        // A trailing phrase ends the claim at its comma.
        let trailing = try #require(try claims("Ferry fares rose 12 percent last year, according to the harbour board.\n").first)
        #expect(trailing.text == "Ferry fares rose 12 percent last year")
        // An opening phrase starts the claim after its comma.
        let opening = try #require(try claims("According to the harbour board, ferry fares rose 12 percent last year.\n").first)
        #expect(opening.text == "ferry fares rose 12 percent last year")
        // A second clause after "and" is left as it was: the claim ends before the phrase.
        let joined = try #require(try claims("Fares rose 12 percent, according to the board, and wages fell 3 percent.\n").first)
        #expect(joined.text == "Fares rose 12 percent")
    }

    /// A stop before a footnote marker ends the source's sentence, though the splitter joined two.
    @Test func aFootnotedStopEndsAnAccordingToSource() {
        #expect(source("Rents rose by 8 percent, according to the Harbour Gazette.[4] Wages rose by 2 percent.") == "Harbour Gazette")
    }

    /// Abbreviations, a stop without a marker and a bracket inside the name leave the source whole.
    @Test func stopsWithoutAMarkerLeaveTheSourceWhole() {
        #expect(source("Rents rose by 8 percent, according to Mr. Ana Ruiz of the harbour board.") == "Mr. Ana Ruiz of the harbour board")
        #expect(source("Rents rose by 8 percent, according to the U.S. Harbour Office.") == "U.S. Harbour Office")
        #expect(source("Rents rose by 8 percent, according to the board [4].") == "board")
    }

    /// A colon ends what stands before it, as a comma does: the source is the noun phrase after it.
    @Test func aColonEndsTheWordsBeforeTheSource() {
        #expect(source("The plan is costly and slow: a growing body of research indicates that ferries lose riders.")
            == "a growing body of research")
        #expect(source("The port was busy: the harbour board said 40 ships docked.") == "harbour board")
    }

    /// With no colon the subject is read as before, and a colon after the verb opens the claim.
    @Test func withoutAColonBeforeItTheSubjectStands() {
        #expect(source("A growing body of research indicates that ferries lose riders.") == "A growing body of research")
        #expect(source("Ana Ruiz told the council: “Fares rose 12 percent.”") == "Ana Ruiz")
        #expect(source("The harbour board said 40 ships docked.") == "harbour board")
    }

    /// A bracketed acronym after a name repeats it: it is dropped from the source.
    @Test func aBracketedAcronymIsDropped() {
        #expect(source("The Harbour Safety Board (HSB) recently stated that 40 ships ran aground.") == "Harbour Safety Board")
        #expect(source("The Coastal Research Institute (CRI) found that sea levels rose 3 mm a year.") == "Coastal Research Institute")
    }

    /// A word in brackets that is no acronym, an acronym that is the whole name and one with no
    /// bracket stay in the source.
    @Test func otherBracketsAndAcronymsStay() {
        #expect(source("The CRI found that sea levels rose 3 mm a year.") == "CRI")
        #expect(source("The Coastal Research Institute CRI found that sea levels rose 3 mm a year.") == "Coastal Research Institute CRI")
        #expect(source("Chief Pilot (Acting) Ana Ruiz said that 40 ships docked.") == "Chief Pilot (Acting) Ana Ruiz")
    }

    /// Words closed by "and" are half a coordinated predicate, no source of the verb after it.
    @Test func aPhraseClosedByAConjunctionIsNoSource() {
        #expect(source("Ana Ruiz founded the Harbour Gazette and writes for its sports desk.") == nil)
    }

    /// Two names joined by "and", and a name after "and", are still sources.
    @Test func namesJoinedByAndAreSources() {
        #expect(source("Ana Ruiz and Bo Lee wrote that fares rose 12 percent.") == "Ana Ruiz and Bo Lee")
        #expect(source("Fares rose, and the harbour board said 40 ships docked.") == "harbour board")
        #expect(source("The board of Smith and Jones said 40 ships docked.") == "board of Smith and Jones")
    }

    // MARK: - Fix round (the review's near misses, in sentences of our own)

    /// After a whole clause, a participle's clause, a second source or an age after the name keep
    /// the old cut: the claim is the clause before the phrase.
    @Test func accordingToAfterAWholeClauseKeepsTheCut() throws {
        let citing = try #require(try claims("Fares rose 12 percent, according to the Gazette, citing two harbour officials.\n").first)
        #expect(citing.text == "Fares rose 12 percent")
        let second = try #require(try claims("Fares rose 12 percent, according to the board, the ministry said.\n").first)
        #expect(second.text == "Fares rose 12 percent")
        let age = try #require(try claims("Fares, according to Ana Ruiz, 52, a harbour pilot, rose 12 percent.\n").first)
        #expect(!age.quantities.map(\.value).contains(52))
    }

    /// A colon in a clock time, after a numbered heading or inside a title is no clause's end.
    @Test func aColonInATimeOrTitleEndsNothing() throws {
        #expect(source("By 11:45 the coastguard said 30 boats had returned.")?.hasPrefix("45") != true)
        #expect(source("At 9:15 a harbour spokesman said 30 boats had returned.")?.hasPrefix("15") != true)
        let update = try #require(try claims("Update 3: Harbour police said 2 ships sank.\n").first)
        #expect(update.quantities.map(\.value) == [2])
    }

    /// A bracketed acronym that is not the initials of the words before it stays in the source.
    @Test func aBracketedAcronymOfOtherWordsStays() {
        #expect(source("A report by the agency (NOAA) said 40 ships sank.")?.hasSuffix("(NOAA)") == true)
        #expect(source("Ana Ruiz (BBC) said 40 ships docked.")?.hasSuffix("(BBC)") == true)
        #expect(source("A spokesperson (UN) said 40 ships docked.")?.hasSuffix("(UN)") == true)
    }

    /// An acronym of the name's initials is dropped, small words skipped and lowercase words too.
    @Test func anAcronymOfTheNamesInitialsIsDropped() {
        #expect(source("The Organisation for Harbour Safety and Trade (OHST) said 40 ships docked.")
            == "Organisation for Harbour Safety and Trade")
        #expect(source("Readings by sonar depth mapping (SDM) showed that the channel is 12 metres deep.")
            == "Readings by sonar depth mapping")
    }
}
