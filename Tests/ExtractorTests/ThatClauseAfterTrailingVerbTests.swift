import Testing
@testable import Extractor

/// "…, suggests that the pier served …": after a verb that follows a comma, "that" opening a
/// clause with a verb of its own is what the verb says, no speaker after it. Beside it, the
/// speakers after such a verb that must stay: a demonstrative "that" before a noun, a name
/// described by a relative clause, and a source before the claim.
@Suite struct ThatClauseAfterTrailingVerbTests: ExtractorProbing {
    @Test func aThatClauseAfterTheVerbIsNoSpeaker() {
        #expect(source("Keeping the cranes idle for 3 winters, which was never planned, suggests that the pier served far more ships than the records show.") == nil)
        #expect(AttributionParser.thatOpensClause(WordCursor("The gauges, placed in 3 bays, show that the tide has risen."), at: 7))
    }

    @Test func aSpeakerAfterTheVerbStays() {
        #expect(!AttributionParser.thatOpensClause(WordCursor("The pier was rebuilt 3 times, says that report from the Oslo port office."), at: 7))
        #expect(source("The pier was rebuilt 3 times, says that report from the Oslo port office.") == "that report from the Oslo port office")
        #expect(source("The pier was rebuilt 3 times, says Ana Ruiz, who has studied the port for 12 years.") == "Ana Ruiz")
        #expect(source("Ana Ruiz says that the pier was rebuilt 3 times by the Romans.") == "Ana Ruiz")
        // A demonstrative "that" before a speaker a relative clause describes: the clause's verb is not "that"'s.
        #expect(!AttributionParser.thatOpensClause(WordCursor("The pier was rebuilt 3 times, says that engineer at the Oslo port office who has surveyed it for 12 years."), at: 7))
    }
}
