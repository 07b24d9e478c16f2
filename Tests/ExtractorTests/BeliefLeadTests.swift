import FactCheckModel
import Testing
@testable import Extractor

/// A verb of belief before "that" or a clause with its own subject credits the subject, and the
/// claim keeps the verb (`AttributionParser.beliefLead`); belief in a thing, a denied or a counted
/// belief credits no one. Sentences of our own (written in session 18, issue 18).
@Suite struct BeliefLeadTests: ExtractorProbing {
    /// A verb of belief before "that" or a clause with its own subject credits the subject. The
    /// claim keeps the verb that tells it is a belief, as a denial does, on both lead-ins: a named
    /// believer's and the vague "Experts believe that" (``AttributionParser/keepsItsVerb(_:)``).
    @Test func aBeliefWithAClauseCreditsTheSubject() {
        #expect(source("Some engineers believe that the new hull is stronger than the old one.") == "Some engineers")
        #expect(source("The ferry firm believes its new engines will cut fuel use by 12 percent.") == "ferry firm")
        #expect(claimText("Engineers believe that the dam will fail within 5 years.") == "Engineers believe that the dam will fail within 5 years.")
        #expect(claimText("Experts believe that the dam will fail within 5 years.") == "Experts believe that the dam will fail within 5 years.")
        #expect(AttributionParser.parse("Experts believe that the dam will fail within 5 years.")?.attribution.vague == true)
    }

    /// Belief in something, belief of a thing, a pronoun, a negation, few believers and believers
    /// counted by a number word credit no one.
    @Test func aBeliefWithoutAClauseCreditsNoOne() {
        #expect(source("She believes in ghosts.") == nil)
        #expect(source("The captain believed the story about the wreck.") == nil)
        #expect(source("The pilots do not believe that the pier is safe.") == nil)
        // Believers counted by a figure are a poll's finding, no source.
        #expect(source("Two in five islanders believe that the pier is unsafe.") == nil)
        #expect(!AttributionParser.beliefLead(WordCursor("Hardly anyone believed that the ferry would sail 5 times a day."), 2))
        #expect(!AttributionParser.beliefLead(WordCursor("Few islanders believed that the bridge would open in 2025."), 2))
        #expect(!AttributionParser.beliefLead(WordCursor("Millions believe that the vote was rigged in 2020."), 1))
        #expect(AttributionParser.beliefLead(WordCursor("Pilots believe that the bridge will open in 2025."), 1))
        // An object and "to be" is no clause: "believed the wreck to be 40 years old".
        #expect(!AttributionParser.beliefLead(WordCursor("Divers believed the wreck to be 40 years old."), 1))
        #expect(AttributionParser.beliefLead(WordCursor("The firm believes its ferries will be 40 years old by 2030."), 2))
    }
}
