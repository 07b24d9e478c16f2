import Testing
@testable import Extractor

/// "claimed the poorest 20 percent pay …": a superlative right after a verb of claiming usually
/// opens a bare clause, a statement, even when its verb is a plain present form, or comes after an
/// aside set off by commas or dashes. The speaker stays. (Session 21 tried reading "claimed the
/// coldest night of the winter" as a rank taken; it misread these shapes and was removed.)
@Suite struct ClaimedSuperlativeStatementTests: ExtractorProbing {
    @Test func aBareClauseAfterClaimedTheSuperlativeKeepsItsSpeaker() {
        #expect(source("Ana Ruiz claimed the poorest 20 percent pay too much rent.") == "Ana Ruiz")
        #expect(source("Okafor claimed the oldest boats lose 5 percent of their value a year.") == "Okafor")
        #expect(source("Okafor claimed the lowest tide in 30 years, 2 metres, came from the drought.") == "Okafor")
        #expect(source("Okafor claimed the sharpest fall — 30 percent — came in June.") == "Okafor")
        #expect(source("The harbour master claims the biggest risk, by far, is the 40 rotten piles.") == "harbour master")
    }
}
