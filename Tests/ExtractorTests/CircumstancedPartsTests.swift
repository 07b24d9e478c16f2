import FactCheckModel
import Testing
@testable import Extractor

/// A second source introduced after a phrase of where and when still opens a part of its own.
@Suite struct CircumstancedPartsTests {
    func extract(_ text: String) throws -> [Claim] {
        try ClaimExtractor().extract(bytes: Array(text.utf8), path: "port.md", format: .markdown).claims
    }

    @Test func aTimeOrPlaceBeforeTheSecondSourceStillSplits() throws {
        let statement = AttributedParts.parts(
            of: "The audit found that cranes stood idle for 40 days, and in a statement on Monday the Port Authority said the delays cost $2 million.")
        #expect(statement.map(\.attribution?.attribution.source) == ["audit", "Port Authority"])
        let tuesday = AttributedParts.parts(
            of: "The survey found that 40 patients were infected, and on Tuesday the health ministry said 12 of them had died.")
        #expect(tuesday.map(\.attribution?.attribution.source) == ["survey", "health ministry"])
    }

    @Test func aClauseBeforeTheSecondVerbStaysOnePart() {
        // No new source: participants continue the first source's account.
        let one = AttributedParts.parts(of: "The trial found that pain fell by 40%, and participants in the trial reported that they slept better.")
        #expect(one.count == 1)
        let clause = AttributedParts.parts(of: "The audit found that cranes stood idle, and in the end the cranes were sold for $2 million.")
        #expect(clause.count == 1)
    }
}
