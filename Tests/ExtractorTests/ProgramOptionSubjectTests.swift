import Testing
@testable import Extractor

/// "the -nodes parameter specifies that …": a subject holding a command-line option names a
/// part of a program, no source. Beside it, hyphens that belong to names and roles, and a list
/// item's dash. Sentences our own.
@Suite struct ProgramOptionSubjectTests: ExtractorProbing {
    @Test func aProgramOptionIsNoSource() {
        #expect(source("A note on this command: the -keep parameter specifies that the old key is not encrypted.") == nil)
        #expect(source("The --force flag says that the file is replaced without a prompt.") == nil)
        #expect(AttributionParser.holdsProgramOption(WordCursor("the -keep parameter specifies"), 0..<3))
    }

    /// Where it must not fire: a hyphen inside a name or a role, a list item's dash, a quotation
    /// with its speaker, a minus sign before a figure.
    @Test func hyphensInNamesAndRolesStillSpeak() {
        #expect(source("Jean-Luc Moreau said that fares rose 12 percent.") == "Jean-Luc Moreau")
        #expect(source("The co-chair of the harbour board said that fares rose 12 percent.") == "co-chair of the harbour board")
        // A list item: main keeps the item's dash in the source ("- Ana Ruiz"); the option rule stays out of it.
        #expect(source("- Ana Ruiz said that fares rose 12 percent.")?.hasSuffix("Ana Ruiz") == true)
        #expect(source("“Fares rose 12 percent,” the X-ray unit's head said.") == "X-ray unit's head")
        #expect(!AttributionParser.holdsProgramOption(WordCursor("- Ana Ruiz said"), 0..<3))
    }

    /// A dash typed as hyphens around an aside closes on a word ending in a hyphen, and a list
    /// marker glued to a capital is no option: the speaker keeps the sentence's claim.
    @Test func asidesAndListMarkersAreNoOptions() {
        #expect(source("The treasurer --who left in June-- said that 30 percent of the fund was spent.") != nil)
        #expect(source("Ana Ruiz -the harbour pilot- said that 70 percent of the berths were full.") != nil)
        #expect(source("-Inspectors said that 200 boats were checked in 4 ports.") != nil)
        #expect(!AttributionParser.holdsProgramOption(WordCursor("Ana Ruiz -the harbour pilot- said"), 0..<5))
        #expect(!AttributionParser.holdsProgramOption(WordCursor("-Inspectors said"), 0..<1))
    }
}
