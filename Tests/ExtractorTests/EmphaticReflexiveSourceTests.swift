import FactCheckModel
import Testing
@testable import Extractor

/// A reflexive that stresses a source ("the ferry company itself has said") is no part of the
/// source's name (``Lexicon/emphaticReflexives``); a reflexive anywhere else stays where it was.
@Suite struct EmphaticReflexiveSourceTests: ExtractorProbing {
    /// The stressed name is credited without its reflexive, with or without "that".
    @Test func aReflexiveAfterTheNameIsNoPartOfIt() {
        #expect(source("Harbourline itself has stated to expect delays throughout the winter.") == "Harbourline")
        #expect(source("The ferry company itself has said that 3 sailings were cancelled.") == "ferry company")
        #expect(source("The pilots themselves told reporters that the channel was too shallow.") == "pilots")
    }

    /// A reflexive that is an object, inside the claim, or the whole subject stays as it was: the
    /// speaker is still whoever said it, and a pronoun credits no one.
    @Test func aReflexiveElsewhereChangesNothing() {
        #expect(source("The mayor told reporters that he blamed himself for the delays.") == "mayor")
        #expect(source("Ana Ruiz said the pier itself was safe.") == "Ana Ruiz")
        #expect(claimText("Ana Ruiz said the pier itself was safe.") == "the pier itself was safe.")
        #expect(source("Itself a small port with 2 piers, the town said little.") == "town")
    }
}
