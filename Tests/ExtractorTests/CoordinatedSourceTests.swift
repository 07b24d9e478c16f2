import FactCheckModel
import Testing
@testable import Extractor

/// "and" in front of a verb: words closed by it are half a coordinated predicate, no source, while
/// names joined by it, or a name after it, still speak. Sentences of our own (written in session
/// 16, issue 18).
@Suite struct CoordinatedSourceTests: ExtractorProbing {
    /// Words closed by "and" are half a coordinated predicate, no source of the verb after it.
    @Test func aPhraseClosedByAConjunctionIsNoSource() {
        #expect(source("Ana Ruiz founded the Harbour Gazette and writes for its sports desk.") == nil)
    }

    /// Two names joined by "and", and a name after "and", are still sources.
    @Test func namesJoinedByAndAreSources() {
        #expect(source("Ana Ruiz and Bo Lee wrote that fares rose 12 percent.") == "Ana Ruiz and Bo Lee")
        #expect(source("Fares rose, and the harbour board said 40 ships docked.") == "harbour board")
        #expect(source("The board of Smith and Jones said 40 ships docked.") == "board of Smith and Jones")
    }
}
