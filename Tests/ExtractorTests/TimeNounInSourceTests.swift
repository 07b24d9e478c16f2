import FactCheckModel
import Testing
@testable import Extractor

/// A phrase of time between a source and its verb ("officials this week said") is no part of the
/// source's name. Sentences of our own (written in session 17, issue 18).
@Suite struct TimeNounInSourceTests: ExtractorProbing {
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
