import FactCheckModel
import Testing
@testable import Extractor

/// A bracketed acronym after a name that spells the name's initials repeats it and is dropped
/// from the source; any other bracket stays. Sentences of our own (written in session 16, issue 18).
@Suite struct BracketedAcronymTests: ExtractorProbing {
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
