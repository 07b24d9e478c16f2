import FactCheckModel
import Testing
@testable import Extractor

/// "a great shortage", "a great deal": before a noun of amount or lack (``Lexicon/amountNouns``)
/// a word of praise tells a size, and the sentence is no figure of praise; praise of a thing stays one.
@Suite struct FigureOfPraiseSizeTests {
    func reason(_ text: String) -> String? { ClaimNoise.reason(text, quantities: [], attributed: true) }

    @Test func aGreatAmountIsNoPraise() {
        #expect(reason("“All winter there was a great shortage of spare parts at the yard,” the engineer said.") == nil)
        #expect(reason("There was a great deal of damage to the northern pier.") == nil)
        #expect(reason("It was a great loss for the island's fishing fleet.") == nil)
    }

    /// Praise in the shape of a noun is still dropped as a figure of speech.
    @Test func praiseOfAThingIsStillAFigureOfSpeech() {
        #expect(reason("Sea air is also a great balm for tired lungs.") == "a figure of speech")
        #expect(reason("The harbour walk is a wonderful gift to visitors.") == "a figure of speech")
        #expect(reason("The old ferry was a perfect way to see the coast.") == "a figure of speech")
        #expect(reason("The pier is a great place for an evening stroll.") == "a figure of speech")
    }
}
