import Testing
@testable import Extractor

/// "according to X" inside a subordinate clause still open before it ("…, though a rider can
/// queue 3 days according to the port office.") credits that clause only: the sentence's claim has
/// no source. Beside it, the phrase where a comma closes the clause first, opens the sentence, or
/// follows a main clause: the source stays.
@Suite struct SubordinateAccordingToTests: ExtractorProbing {
    @Test func accordingToInsideAnOpenSubordinateClauseCreditsNoOne() {
        #expect(source("Most crossings leave on schedule, though a rider can queue 3 days for a berth according to the Oslo port office.") == nil)
        #expect(source("Although the ferry was late on 3 days according to the Oslo port office, the line kept its licence.") == nil)
    }

    @Test func accordingToOutsideASubordinateClauseKeepsItsSource() {
        #expect(source("If the storm returns, according to the Oslo port office, the ferry will stop for 3 days.") == "Oslo port office")
        #expect(source("According to the Oslo port office, the ferry was late on 3 days.") == "Oslo port office")
        #expect(source("The ferry was late on 3 days because of the storm, according to the Oslo port office.") == "Oslo port office")
        #expect(source("The ferry was late on 3 days according to the Oslo port office.") == "Oslo port office")
        // A subject clause from the sentence's start, with no comma to close it: the phrase may be the main clause's.
        #expect(source("Whether the pier reopens in May depends on the weather according to the Oslo port office.") == "Oslo port office")
        // "whether" after a comma may open a subject clause; "because of" is a preposition.
        #expect(source("The tide rose 2 metres, and whether the quay floods depends on the wind according to the Oslo port office.") == "Oslo port office")
        #expect(source("Because of the gale 12 boats sank according to the Oslo port office, and 2 piers shut.") == "Oslo port office")
    }
}
