import Testing
@testable import Extractor

/// A verb of saying in a clause of time with nothing said after it ("about two hours before
/// Okafor announced — the crews left") tells when something else happened and credits no one.
/// Beside it, the sentences where a conjunction of time stands near a source that does say
/// something, each of which must keep its source.
@Suite struct TimeClauseSpeechTests: ExtractorProbing {
    /// The conjunction right before the name, or inside the words before the verb, and a dash, a
    /// comma or the sentence's end right after the verb.
    @Test func aSpeakerInATimeClauseWithNothingSaidIsNoSource() {
        #expect(source("Late on Monday, about two hours before Okafor announced — the ferry crews had already moored 14 boats.") == nil)
        #expect(source("The ferries waited in port for 3 hours after Okafor announced.") == nil)
        #expect(source("Once Okafor said, the crowd of 400 left the square.") == nil)
    }

    /// Something said after the verb, a comma closing a time phrase before the source, a source
    /// set off after its claim, a comment clause with "as", and a dash that only sets off an
    /// aside: the source stays.
    @Test func aTimeWordNearASourceThatSaysSomethingKeepsIt() {
        #expect(source("Before the vote, Okafor said the pier will close for 6 months.") == "Okafor")
        #expect(source("Okafor announced — to nobody's surprise — that the pier will close for 6 months.") == "Okafor")
        #expect(source("The pier, as Okafor said, will close for 6 months.") == "Okafor")
        #expect(source("The pier closed for 6 months, Okafor announced.") == "Okafor")
        #expect(source("The harbour lost 12 boats in the storm, Okafor said.") == "Okafor")
    }

    /// "after" as a preposition in a source set off after its claim is no clause of time.
    @Test func aPrepositionOfTimeInATrailingSourceKeepsIt() {
        let parts = WordCursor("The pier will close for 6 months, officials after Easter said.")
        #expect(!AttributionParser.speaksInTimeClauseWithNothingSaid(parts, 8..<11, verb: 11))
    }
}
