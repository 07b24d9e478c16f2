import FactCheckModel
import Testing
@testable import Extractor

/// Session 17 (issue 18): sources credited by other frames than a verb of saying, each a rule of
/// English tested on sentences of our own, with at least three where it must not fire.
@Suite struct SessionSeventeenSourceTests: ExtractorProbing {

    /// "health officials this week said": a noun of time takes its determiner out of the name.
    @Test func aTimeNounTakesItsDeterminerOutOfTheName() {
        #expect(source("Harbour officials this week said the ferry will stop in May.") == "Harbour officials")
        #expect(source("The pilots' union last month said the ferry will stop in May.") == "pilots' union")
    }

    /// A determiner with no noun of time after it stays in the name, and so does a name that
    /// ends in a word of time.
    @Test func aDeterminerWithoutATimeNounStays() {
        #expect(source("The Morning Post said the ferry will stop in May.") == "Morning Post")
        #expect(source("The pilots' union said this week that the ferry will stop in May.") == "pilots' union")
        #expect(source("Harbour officials said the ferry will stop in May.") == "Harbour officials")
    }
}
