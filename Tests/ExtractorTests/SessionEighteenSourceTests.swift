import FactCheckModel
import Testing
@testable import Extractor

/// Session 18 (issue 18): sources credited, and deeds no longer read as reports, each a rule of
/// general English tested on sentences of our own, and the guards its review asked for, each
/// tested where it must stop the rule.
@Suite struct SessionEighteenSourceTests: ExtractorProbing {
    /// "announced a …" reports what was announced, figure or not: a rise, a loss, an outbreak
    /// (the session's "announced a …" deed rule was dropped after its review).
    @Test func anAnnouncedThingStillCreditsTheSpeaker() {
        #expect(source("The ferry firm announced a 12 percent rise in fares.") == "ferry firm")
        #expect(source("The port announced a deal would close in June.") == "port")
        #expect(source("The harbour board announced a sharp rise in ferry delays.") == "harbour board")
        #expect(source("The port authority announced a fall in cargo to its lowest level since 1975.") == "port authority")
    }

    /// A role named by "vice-chancellor" or "chancellor" is a source, as "president" is: a
    /// described speaker before "agreed:" and a quotation.
    @Test func aChancellorAgreeingBeforeAColonIsTheSource() {
        #expect(source("A second vice-chancellor, who runs a small college, agreed: “Fees have doubled in 10 years.”") == "A second vice-chancellor")
        #expect(source("The chancellor said that fees rose by 9 percent.") == "chancellor")
    }
}
