import FactCheckModel
import Testing
@testable import Extractor

/// A verb that puts a statement forward by its noun ("made a claim that", "issued a warning that")
/// credits its subject with the clause after "that" (`AttributionParser.statementNounThat`); a
/// relative clause about the noun credits no one. Sentences of our own (written in session 17,
/// issue 18, with the guards of its review).
@Suite struct StatementNounSourceTests: ExtractorProbing {
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

    /// Fix round (review of issue 18): a relative clause after the noun is about the noun, not
    /// what it states. The noun as the clause's subject (a base-form verb straight after "that")
    /// or as its object (a verb that takes a statement, with no object of its own), a statement
    /// denied, and a "that" before a noun of time credit no one.
    @Test func aRelativeClauseAfterTheNounCreditsNoOne() {
        #expect(source("The skeptics repeated claims that spread on 5 forums.") == nil)
        #expect(source("The port offered projections that expect 3 percent growth.") == nil)
        #expect(source("The ferry firm cited estimates that vary from 4 to 9 percent.") == nil)
        #expect(source("The port issued warnings that skippers ignored for 2 weeks.") == nil)
        #expect(source("The ferry firm cited estimates that auditors had already doubted.") == nil)
        #expect(source("The captain offered a prediction that no one believed.") == nil)
        #expect(source("The harbour board made a claim that we could not check about 300 berths.") == nil)
        #expect(source("The ferry firm repeated estimates that most pilots now reject as too low.") == nil)
        #expect(source("The pilots made a claim on the pension fund that the judge rejected in 2021.") == nil)
        #expect(source("The harbour board never issued a warning that the pier could collapse, and 12 boats sank.") == nil)
        #expect(AttributionParser.statementNounThat(WordCursor("The mayor made a claim that week that fares fell to 2 dollars."), verb: 2) == nil)
    }

    /// The same guards leave a stated clause alone: a verb-like noun as its subject before a finite
    /// verb, and a verb of judging a statement that has an object of its own.
    @Test func aStatedClauseStillCreditsTheSubject() {
        #expect(source("The harbour board made a claim that water is unsafe in 3 berths.") == "harbour board")
        #expect(source("The ferry union issued a warning that pilots rejected 14 new routes.") == "ferry union")
        #expect(source("The port repeated its estimate that 200 ferries will sail in May.") == "port")
    }
}
