import FactCheckModel
import Testing
@testable import Extractor

/// "…, comes after officials said": the subject of the clause after the conjunction is the source.
@Suite struct SequenceClauseSourceTests: ExtractorProbing {
    @Test func aClauseAfterAVerbOfSequenceHoldsTheSource() {
        #expect(source("The new toll, due to start in May, comes after harbour officials this week said that ferry fares will rise.")
            == "harbour officials")
        #expect(source("The ban, which starts on Friday, arrives after the port board said that 40 ferries failed checks.") == "port board")
    }

    /// A noun phrase opening the words, a capitalised word or no comma before leave the rule unread.
    @Test func otherWordsBeforeAConjunctionAreNoPredicate() {
        #expect(source("Harbour officials after the vote said the ferry will stop in May.") != "vote")
        #expect(source("The ferry comes after the storm.") == nil)
    }

    /// After an opening comma a plural noun that is also a verb ("reports", "talks") is the name:
    /// only the verbs of sequence read as a predicate.
    @Test func aPluralNounAfterAnOpeningCommaStaysTheName() {
        #expect(source("Meanwhile, reports after the flood said 30 ferries were damaged.") != nil)
        #expect(source("In Bergen, talks after the summit showed that 9 ports agree.") != "summit")
        #expect(source("Overall, pilots after the vote said 20 percent of routes had closed.") != "vote")
    }
}
