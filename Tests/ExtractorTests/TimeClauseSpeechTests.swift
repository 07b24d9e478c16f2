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
        #expect(!AttributionParser.speaksInTimeClauseWithNothingSaid(parts, 7..<10, verb: 10))
    }

    /// "that" after an aside the verb's comma or dash opens is what was said; and a preposition of
    /// time inside a subject that opens the sentence ("Nurses at the ward since March said, …")
    /// is no clause of time when the verb is followed by a comma: the source stays.
    @Test func somethingSaidAfterAnAsideOrATimeWordInsideTheSubjectKeepsTheSource() {
        #expect(source("When Ana Ruiz said, on Friday, that 12 boats were lost, nobody believed her.") == "Ana Ruiz")
        #expect(source("When Ana Ruiz announced — to nobody's surprise — that 80 jobs would go, the shares fell 6 percent.") == "Ana Ruiz")
        #expect(AttributionParser.thatFollowsAside(WordCursor("When Okafor said, on Friday, that 12 boats were lost, few cared."), verb: 2))
        #expect(!AttributionParser.speaksInTimeClauseWithNothingSaid(
            WordCursor("Nurses at the ward since March said, in a letter, 30 percent of beds were empty."), 0..<6, verb: 6))
        #expect(!AttributionParser.speaksInTimeClauseWithNothingSaid(
            WordCursor("Fishermen questioned after Easter said, by 3 votes to 1, that the harbour should shut."), 0..<4, verb: 4))
    }
}
