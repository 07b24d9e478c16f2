import FactCheckModel
import Testing
@testable import Extractor

/// A stressing "do"/"does"/"did" before a reporting verb's base form, with "that" opening the
/// verb's clause, ends the subject as a progressive's "is" does (``AttributionParser/emphaticDoLead(_:_:)``).
@Suite struct EmphaticDoLeadTests: ExtractorProbing {
    @Test func aStressingDoBeforeAReportingVerbCreditsTheSubject() {
        #expect(source("The ferry board did say however that night crossings would resume in May.") == "ferry board")
        #expect(claimText("The ferry board did say however that night crossings would resume in May.") == "night crossings would resume in May.")
        #expect(source("The harbour office does say that two berths are closed for repairs.") == "harbour office")
    }

    /// A denial, a "do" with no clause after its verb, a question, a pronoun subject and a
    /// headline in title case credit no one by this rule.
    @Test func aStressingDoWithoutAClauseOrInADenialOrQuestionCreditsNoOne() {
        #expect(source("The ferry board did not say that night crossings would resume.") == nil)
        #expect(source("The pilots did say hello to the crew before the crossing.") == nil)
        #expect(source("Did the ferry board say that night crossings would resume?") == nil)
        #expect(source("I did say that the ferry was late again.") == nil)
        #expect(source("Ferry Board Did Say That Crossings Resume") == nil)
    }
}
