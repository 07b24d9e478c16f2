import FactCheckModel
import Testing
@testable import Extractor

/// Session 16 (issue 18): attribution errors left on batches 1–8 of the claim labels, each fixed as
/// a rule of English, tested on sentences of our own, with at least three where it must not fire.
@Suite struct SessionSixteenSourceTests: ExtractorProbing {

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
