import FactCheckModel
import Testing
@testable import Extractor

/// A colon ends what stands before it, as a comma does: the source is the noun phrase after it,
/// while a colon in a clock time, a numbered heading or a title ends nothing. Sentences of our
/// own (written in session 16, issue 18).
@Suite struct ColonBeforeSourceTests: ExtractorProbing {
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

    /// A colon in a clock time, after a numbered heading or inside a title is no clause's end.
    @Test func aColonInATimeOrTitleEndsNothing() throws {
        #expect(source("By 11:45 the coastguard said 30 boats had returned.")?.hasPrefix("45") != true)
        #expect(source("At 9:15 a harbour spokesman said 30 boats had returned.")?.hasPrefix("15") != true)
        let update = try #require(try claims("Update 3: Harbour police said 2 ships sank.\n").first)
        #expect(update.quantities.map(\.value) == [2])
    }
}
