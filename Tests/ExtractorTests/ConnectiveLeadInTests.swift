import FactCheckModel
import Testing
@testable import Extractor

/// Session 12 (issue 18): a connective of two words before "according to X," ("For example", "In
/// fact") opens the sentence as a one-word one ("Also") does: the claim is what follows the
/// source's comma, not the connective. Every sentence is our own.
@Suite struct ConnectiveLeadInTests: ExtractorProbing {
    @Test func theClaimFollowsTheSourceAfterAConnective() throws {
        let found = try #require(AttributionParser.parse(
            "For example, according to a harbour survey, ferries that sailed for three years or longer broke down less."))
        #expect(["a harbour survey", "harbour survey"].contains(found.attribution.source))
        #expect(found.claimStart > 0 && found.claimEnd == nil)
        let claim = try #require(try claims(
            "In fact, according to the port authority, 40 ferries sailed for three years or longer without a repair.").first)
        #expect(claim.text.hasPrefix("40 ferries"))
        #expect(claim.quantities.contains { $0.value == 3 && $0.unit == "years" && $0.bound == .lower })
    }

    /// Review of issue 18 (S4): connectives of three and four words, compared whole.
    @Test func longerConnectivesAreLeadIns() throws {
        for opener in ["As a result", "On the other hand", "In short"] {
            let found = try #require(AttributionParser.parse("\(opener), according to the port authority, 40 ferries sailed late."))
            #expect(found.claimStart > 0 && found.claimEnd == nil, "\(opener)")
        }
    }

    @Test func aTrailingSourceStaysTrailing() throws {
        let found = try #require(AttributionParser.parse("Ferry fares rose 12% last year, according to the port authority."))
        #expect(found.attribution.source == "the port authority" || found.attribution.source == "port authority")
        #expect(found.claimEnd != nil)
    }
}
