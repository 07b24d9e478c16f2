import FactCheckModel
import Testing
@testable import Extractor

/// "according to Y": where the phrase stands (opening, trailing, or set off between a subject and
/// its verb) decides where the claim is cut, and a stop before a footnote marker ends the source's
/// name. Each a rule of English on sentences of our own (written in session 16, issue 18).
@Suite struct AccordingToSourceTests: ExtractorProbing {
    /// "X, according to Y, verb …": the phrase set off between a subject and its verb leaves the
    /// claim running on, so the figures after the source stay the claim's.
    @Test func aMidSentenceAccordingToKeepsTheFiguresAfterIt() throws {
        let demand = "Peak demand on the island, according to the grid operator, reached 4,100 megawatts on Friday.\n"
        let claim = try #require(try claims(demand).first)
        #expect(claim.attribution?.source == "grid operator")
        #expect(claim.quantities.map(\.value) == [4100])
        #expect(claim.quantities.map(\.unit) == ["mw"])
        let count = try #require(try claims("The mayor, according to a tally by the Harbour Gazette, has the backing of 14 councillors.\n").first)
        #expect(count.attribution?.source == "a tally by the Harbour Gazette")
        #expect(count.quantities.map(\.value) == [14])
    }

    /// Where the phrase is not set between a subject and its verb, the claim is cut as before.
    @Test func otherAccordingToShapesKeepTheirCut() throws {
        // A relative clause after the source describes the source.
        let maker = try #require(try claims("The tablet cut ferry sickness by 30%, according to its maker, which sold 2 billion doses.\n").first)
        #expect(maker.quantities.map(\.value) == [30])
        // A trailing phrase ends the claim at its comma.
        let trailing = try #require(try claims("Ferry fares rose 12 percent last year, according to the harbour board.\n").first)
        #expect(trailing.text == "Ferry fares rose 12 percent last year")
        // An opening phrase starts the claim after its comma.
        let opening = try #require(try claims("According to the harbour board, ferry fares rose 12 percent last year.\n").first)
        #expect(opening.text == "ferry fares rose 12 percent last year")
        // A second clause after "and" is left as it was: the claim ends before the phrase.
        let joined = try #require(try claims("Fares rose 12 percent, according to the board, and wages fell 3 percent.\n").first)
        #expect(joined.text == "Fares rose 12 percent")
    }

    /// A stop before a footnote marker ends the source's sentence, though the splitter joined two.
    @Test func aFootnotedStopEndsAnAccordingToSource() {
        #expect(source("Rents rose by 8 percent, according to the Harbour Gazette.[4] Wages rose by 2 percent.") == "Harbour Gazette")
    }

    /// Abbreviations, a stop without a marker and a bracket inside the name leave the source whole.
    @Test func stopsWithoutAMarkerLeaveTheSourceWhole() {
        #expect(source("Rents rose by 8 percent, according to Mr. Ana Ruiz of the harbour board.") == "Mr. Ana Ruiz of the harbour board")
        #expect(source("Rents rose by 8 percent, according to the U.S. Harbour Office.") == "U.S. Harbour Office")
        #expect(source("Rents rose by 8 percent, according to the board [4].") == "board")
    }

    /// After a whole clause, a participle's clause, a second source or an age after the name keep
    /// the old cut: the claim is the clause before the phrase.
    @Test func accordingToAfterAWholeClauseKeepsTheCut() throws {
        let citing = try #require(try claims("Fares rose 12 percent, according to the Gazette, citing two harbour officials.\n").first)
        #expect(citing.text == "Fares rose 12 percent")
        let second = try #require(try claims("Fares rose 12 percent, according to the board, the ministry said.\n").first)
        #expect(second.text == "Fares rose 12 percent")
        let age = try #require(try claims("Fares, according to Ana Ruiz, 52, a harbour pilot, rose 12 percent.\n").first)
        #expect(!age.quantities.map(\.value).contains(52))
    }
}
