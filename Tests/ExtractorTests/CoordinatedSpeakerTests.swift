import FactCheckModel
import Testing
@testable import Extractor

/// A verb of saying joined by "and" to the main clause's verb shares its subject, who is the
/// source (``AttributionParser/coordinatedSpeaker(_:)``).
@Suite struct CoordinatedSpeakerTests: ExtractorProbing {
    @Test func aCoordinatedVerbOfSayingCreditsTheSubject() {
        #expect(source("But many councils are relying on private contractors and say residents are waiting weeks for repairs.") == "many councils")
        #expect(source("The dock workers rejected the offer and said 300 jobs would go by May.") == "dock workers")
        #expect(source("The harbour board voted on Monday and warned that the pier was unsafe.") == "harbour board")
    }

    /// No verb of saying, an object instead of a statement, a pronoun subject, a passive subject:
    /// no one is credited, as before.
    @Test func otherCoordinationsCreditNoOne() {
        #expect(source("Ana Ruiz founded the paper and writes for it every week.") == nil)
        #expect(source("The harbour board met on Monday and said nothing about the cuts.") == nil)
        #expect(source("They closed the pier on Monday and said it would reopen in June.") == nil)
        #expect(source("The ferry firm was fined in May and says the fine was unfair.") == nil)
    }
}
