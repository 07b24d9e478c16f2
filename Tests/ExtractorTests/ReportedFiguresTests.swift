import FactCheckModel
import Testing
@testable import Extractor

/// Session 11 (issue 18, review): a group named by its ages and the whole a share is counted out
/// of leave the figures a claim reports, and only those; the sentence stays a claim. Every
/// sentence is our own.
@Suite struct ReportedFiguresTests: ExtractorProbing {
    @Test func aClaimReportsTheShareNotItsWholeNorAnAgeGroup() throws {
        let clinics = try claims("Half of the 30 harbour clinics have closed since May, the health board said.")
        #expect(clinics.count == 1)
        #expect(clinics.first?.quantities.map(\.value) == [50])
        let flu = try claims("Flu cases rose 12% among 20- to 29-year-olds in the port towns, the health board said.")
        #expect(flu.first?.quantities.map(\.value) == [12])
    }
}
