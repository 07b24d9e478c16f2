import Testing
@testable import Extractor

/// "The council voted on Monday and said …": a verb of saying that is the second half of a
/// coordinated predicate is said by the first clause's subject. Beside it, the shapes where the
/// rule must not fire. Sentences our own.
@Suite struct CoordinatedSpeakerTests: ExtractorProbing {
    @Test func theFirstClausesSubjectSaysTheSecondHalf() {
        #expect(source("The council voted on Monday and said the new levy would raise 3 million euros.") == "council")
        #expect(source("The port authority will close the north pier in May, and has said the repairs will cost 4 million euros.") == "port authority")
        #expect(source("Harbour bakery The Salt Loaf will be shutting, and have said it is unlikely to reopen within 6 weeks.") == "Harbour bakery The Salt Loaf")
        #expect(claimText("The council voted on Monday and said the new levy would raise 3 million euros.") == "the new levy would raise 3 million euros.")
    }

    /// Where it must not fire: a verb that says nothing, a new subject after "and", names joined by
    /// "and", a quotation before the verb, a question, a fronted phrase with a comma, a passive.
    @Test func theRuleStaysOutOfOtherShapes() {
        #expect(source("Ana Ruiz founded the Harbour Gazette and writes for its sports desk.") == nil)
        #expect(source("Fares rose 5 percent, and the harbour board said 40 ships docked.") == "harbour board")
        #expect(source("Ana Ruiz and Bo Lee wrote that fares rose 12 percent.") == "Ana Ruiz and Bo Lee")
        #expect(source("“Fares rose 12 percent,” Ana Ruiz said and left the room.") == "Ana Ruiz")
        #expect(source("Did the council vote on Monday and say the levy would raise 3 million euros?") == nil)
        #expect(source("After the vote, the council met and said the levy would raise 3 million euros.") == nil)
        #expect(source("The pier was closed in May and said to be unsafe for 40 boats.") == nil)
        #expect(source("Rising tides flooded the pier and said nothing about 40 boats.") == nil)
        #expect(source("Rents rose 12 percent in the city and said nothing about wages.") == nil)
    }

    /// A verb that can take a clause but takes none here names no speaker: an object ("claimed 5
    /// million euros in damages"), a directive ("told him to rest 2 hours a day"), "nothing".
    @Test func aVerbWithNoClauseAfterItCreditsNoOne() {
        #expect(source("The tenants sued the landlord and claimed 5 million euros in damages.") == nil)
        #expect(source("The militia took the port and claimed responsibility for 6 raids.") == nil)
        #expect(source("The harbour board shut the pier and warned skippers to avoid it for 5 days.") == nil)
        #expect(source("The trainer dropped her and told her to rest 2 hours a day.") == nil)
        #expect(source("The ferry firm folded in 2020 and has said nothing since about its 300 staff.") == nil)
        #expect(source("The harbour board met twice and told reporters the dredging will cost 2 million euros.") == "harbour board")
    }

    /// The bare form after a modal or "to" shares a hypothetical: nothing was said yet.
    @Test func aHypotheticalSaysNothing() {
        #expect(source("The harbour board may raise the fees next year and say that 30 percent of berths are empty.") == nil)
        #expect(source("The harbour board is expected to raise the fees and say that 30 percent of berths are empty.") == nil)
        #expect(source("The harbour board could raise the fees and said that 30 percent of berths were empty.") == "harbour board")
    }
}
