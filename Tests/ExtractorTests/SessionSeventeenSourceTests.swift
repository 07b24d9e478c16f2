import FactCheckModel
import Testing
@testable import Extractor

/// Session 17 (issue 18): sources credited by other frames than a verb of saying, each a rule of
/// English tested on sentences of our own, with at least three where it must not fire.
@Suite struct SessionSeventeenSourceTests: ExtractorProbing {
    /// A verb that puts a statement forward by its noun ("made a claim that", "touted estimates
    /// that", "issued a warning that") credits its subject with the clause after "that".
    @Test func aStatementPutForwardByItsNounCreditsTheSubject() {
        #expect(source("The harbour board has previously touted estimates that 3,000 ferries could sail each year.") == "harbour board")
        #expect(source("Last week Mayor Ana Ruiz made a bold claim on local radio that the budget was balanced.") == "Mayor Ana Ruiz")
        #expect(source("The ferry union issued a warning that fares will rise by 12 percent.") == "ferry union")
        // The claim is the clause after "that", as after "said that".
        let warning = "The ferry union issued a warning that fares will rise by 12 percent."
        let start = AttributionParser.parse(warning)?.claimStart
        #expect(start.map { String(String.UnicodeScalarView(warning.unicodeScalars.dropFirst($0))) } == "fares will rise by 12 percent.")
    }

    /// The noun alone, the verb after the noun, a relative clause after "that" or a deed with no
    /// clause credit no one through the frame.
    @Test func aStatementNounOutsideTheFrameCreditsNoOne() {
        #expect(AttributionParser.statementNounThat(WordCursor("The estimates that followed were wrong by half."), verb: 0) == nil)
        #expect(source("The estimates that followed were wrong by half.") == nil)
        #expect(source("The claim that he made was false.") == nil)
        #expect(source("The ferry union made a claim that was false.") == nil)
        #expect(source("The council issued a permit that lets the ferry dock at night.") == nil)
        #expect(source("The council made a cake that everyone ate.") == nil)
        // A comma between the noun and "that" ends the noun's phrase.
        #expect(source("The ferry union made a claim, that much is clear.") == nil)
    }

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

/// "attribute the rise to …": who credits an effect to a cause is the source.
@Suite struct CauseCreditingSourceTests: ExtractorProbing {
    @Test func anActiveVerbOfCreditingACauseNamesItsSubject() {
        #expect(source("Researchers at the Harbour Lab attribute this rise to a warmer sea.") == "Researchers at the Harbour Lab")
        #expect(source("The ferry company attributed the loss to weak demand in the winter.") == "ferry company")
        #expect(source("Economists ascribe the fall in fares to cheaper fuel.") == "Economists")
    }

    /// The passive, the noun and a verb with no cause after it credit no one through the rule.
    @Test func thePassiveAndTheNounCreditNoOne() {
        #expect(source("The quote was attributed to a ferry captain from the harbour.") == nil)
        #expect(source("A saying attributed to the harbour master is printed on every ticket.") == nil)
        #expect(source("A key attribute to look for in a ferry is speed.") == nil)
        #expect(source("The rise was later attributed by critics to a warmer sea.") == nil)
        #expect(!AttributionParser.attributesCause(WordCursor("Critics attribute no blame, and the rise goes on."), verb: 1))
    }
}

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
        #expect(!SourcePhrase.isThirdPersonVerb("officials"))
        #expect(!SourcePhrase.isThirdPersonVerb("press"))
        #expect(SourcePhrase.isThirdPersonVerb("comes"))
    }
}

/// Inside an open quotation the verb of crediting a cause is the quoted speaker's words.
@Suite struct QuotedCauseCreditingTests: ExtractorProbing {
    @Test func aQuotedCreditingOfACauseIsNoSource() {
        #expect(!AttributionParser.attributesCause(
            WordCursor("“The captain attributes the delay to fog, but the fog had lifted,” the notice read."), verb: 2))
        #expect(AttributionParser.attributesCause(WordCursor("The captain attributes the delay to fog."), verb: 2))
    }
}
