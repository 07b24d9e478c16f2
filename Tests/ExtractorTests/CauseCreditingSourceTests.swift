import FactCheckModel
import Testing
@testable import Extractor

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

    /// After a capitalised word "attribute" is the noun unless its object opens as an object does
    /// (a determiner, a possessive, a number): "The SQL attribute id …" names no source.
    @Test func theNounAfterACapitalisedWordCreditsNoOne() {
        #expect(source("The SQL attribute id to index is set in 4 of 5 tables.") == nil)
        #expect(source("The XML attribute names to escape were listed in 2004.") == nil)
        #expect(source("The Swift attribute name to mark is checked in 3 places.") == nil)
        #expect(source("Researchers from Leeds attribute the rise to fog.") == "Researchers from Leeds")
    }
}

/// Inside an open quotation the verb of crediting a cause is the quoted speaker's words.
@Suite struct QuotedCauseCreditingTests: ExtractorProbing {
    @Test func aQuotedCreditingOfACauseIsNoSource() {
        #expect(!AttributionParser.attributesCause(
            WordCursor("“The captain attributes the delay to fog, but the fog had lifted,” the notice read."), verb: 2))
        #expect(AttributionParser.attributesCause(WordCursor("The captain attributes the delay to fog."), verb: 2))
        #expect(!AttributionParser.attributesCause(
            WordCursor("“Pilots attribute the delays to fog,” the harbour notice read, citing 12 late sailings."), verb: 1))
        #expect(!AttributionParser.attributesCause(
            WordCursor("“Our crews attribute every loss to the weather,” one skipper wrote."), verb: 2))
    }
}
