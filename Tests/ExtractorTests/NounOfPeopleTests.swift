import Testing
import TextAnalysis
@testable import Extractor

/// Session 16: `AttributionParser.isNounOfPeople` is the one home of "does this noun name people
/// or a body", with two sense policies: the first sense (for rules that would credit a figure to
/// the word) and any sense (for whether a subject's head can speak at all).
@Suite struct NounOfPeopleTests {
    /// A word whose first sense is a person or a body passes under both policies; a hyphened word
    /// is read by its last part.
    @Test func firstSenseNounsOfPeoplePassEitherWay() throws {
        let wordNet = try WordNet.shared()
        for word in ["residents", "council", "vice-chancellors"] {
            #expect(AttributionParser.isNounOfPeople(word, wordNet: wordNet), "\(word)")
            #expect(AttributionParser.isNounOfPeople(word, wordNet: wordNet, anySense: true), "\(word)")
        }
        #expect(!AttributionParser.isNounOfPeople("thermometer", wordNet: wordNet, anySense: true))
        #expect(!AttributionParser.isNounOfPeople("thermometer", wordNet: wordNet))
    }

    /// "cases" are first of all instances; only a rarer sense is a person (a patient): the
    /// first-sense policy says no, the any-sense policy yes. Without organisations a body is no
    /// person.
    @Test func aRarerSenseCountsOnlyUnderAnySense() throws {
        let wordNet = try WordNet.shared()
        #expect(!AttributionParser.isNounOfPeople("cases", wordNet: wordNet))
        #expect(AttributionParser.isNounOfPeople("cases", wordNet: wordNet, anySense: true))
        #expect(AttributionParser.isNounOfPeople("council", wordNet: wordNet))
        #expect(!AttributionParser.isNounOfPeople("council", wordNet: wordNet, organisations: false))
    }
}
