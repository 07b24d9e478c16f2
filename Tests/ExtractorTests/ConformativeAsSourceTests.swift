import FactCheckModel
import Testing
@testable import Extractor

/// A conformative "as" opening the sentence ("As the harbour master says, the fleet …") credits
/// the noun phrase after it with the clause after the verb's comma
/// (``SourcePhrase/conformativeAsSource(_:_:)``).
@Suite struct ConformativeAsSourceTests: ExtractorProbing {
    @Test func aConformativeAsCreditsItsSubject() {
        #expect(source("As the harbour master says, the ferry fleet needs new engines.") == "harbour master")
        #expect(claimText("As the harbour master says, the ferry fleet needs new engines.") == "the ferry fleet needs new engines.")
        #expect(source("Just as the pilot noted, the channel silts up every spring.") == "pilot")
        #expect(source("As the port authority has warned, 3 berths will close in May.") == "port authority")
    }

    /// Shapes the rule leaves as they were: a temporal "as" before a clause that names its source
    /// after a comma, a verb of speaking that takes no clause, a verb with no comma after it, and
    /// the article pointing at itself.
    @Test func otherShapesOfAsStayAsTheyWere() {
        #expect(source("As prices rose by 5%, officials said the port would raise its fees.") == "officials")
        #expect(source("As the mayor spoke, 300 protesters gathered outside the town hall.") == nil)
        #expect(source("As the council says it cannot pay, the pier will stay shut.") == nil)
        #expect(source("As the chart below shows, ferry fares rose by 12%.") == nil)
    }
}
