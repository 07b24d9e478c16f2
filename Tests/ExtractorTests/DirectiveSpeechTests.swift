import FactCheckModel
import Testing
@testable import Extractor

/// "warned/told" an object "to" do something is a directive, no statement
/// (`AttributionParser.directiveFollows`); a clause after the object, "that", a forecast or a
/// figure of the speaker's still report. Sentences of our own (written in session 18, issue 18).
@Suite struct DirectiveSpeechTests: ExtractorProbing {
    /// "warned/told" an object "to" do something is a directive, no statement.
    @Test func aDirectiveToTheObjectCreditsNoOne() {
        #expect(source("Police warned drivers in the north to avoid the bridge.") == nil)
        #expect(source("The mayor told residents of the island to leave by noon.") == nil)
        // A participle of "be" after the infinitive opens no clause.
        #expect(source("The navy warned people in the north to move south or risk being fined.") == nil)
        #expect(AttributionParser.directiveFollows(WordCursor("The coastguard warned skippers to stay in port."), verb: 2))
    }

    /// A clause after the object, an infinitive inside the clause's subject, or "that" still report;
    /// so does a forecast ("to expect", "to brace for") and a directive with a participle of saying after its comma.
    @Test func aStatementAfterWarnOrTellStillCreditsTheSpeaker() {
        #expect(source("Police warned drivers the bridge was shut.") == "Police")
        #expect(source("The mayor told reporters plans to widen the pier had stalled.") == "mayor")
        #expect(source("Police warned that ferries were due to stop at 6 p.m.") == "Police")
        #expect(!AttributionParser.directiveFollows(WordCursor("Police warned drivers the bridge was about to close."), verb: 1))
        #expect(!AttributionParser.directiveFollows(WordCursor("The port minister told skippers to expect a 5% rise in fees."), verb: 3))
        #expect(!AttributionParser.directiveFollows(WordCursor("Forecasters warned islanders to brace for 50 cm of snow."), verb: 1))
        #expect(!AttributionParser.directiveFollows(WordCursor("Doctors warned sailors over 65 to get a booster, saying the risk doubles after 6 months."), verb: 1))
        // A figure after the verb is the speaker's: "or face 2 metres", "…, which raised the risk by 30%".
        #expect(!AttributionParser.directiveFollows(WordCursor("Geologists warned the council to act now or face 2 metres of flooding."), verb: 1))
        #expect(!AttributionParser.directiveFollows(WordCursor("Doctors warned sailors to avoid the pill, which raised the risk of falls by 30%."), verb: 1))
        #expect(source("The port minister told skippers to expect a 5% rise in fees.") == "port minister")
        #expect(source("Doctors warned sailors over 65 to get a booster, saying the risk doubles after 6 months.") == "Doctors")
    }
}
