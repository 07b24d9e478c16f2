import FactCheckModel
import Testing
@testable import Extractor

/// Shapes the review of round s10 found misread by the WordNet path for verbs of saying and by
/// the role-and-name apposition rule: a noun before a relative "that", a denial, a directive or a
/// subjunctive clause, a list in apposition; and a count re-counting a list, which must not
/// change whether a sentence is a claim. Every sentence is our own.
@Suite struct VerbGroupReviewTests: ExtractorProbing {
    /// Where the claim starts in the sentence; 0 when it is the whole sentence.
    private func claimStart(_ sentence: String) -> Int? {
        AttributionParser.parse(sentence)?.claimStart
    }

    /// A noun before "that" (after an article, a possessive or an adjective) is no verb of
    /// saying, and a "that" followed straight by a verb opens a relative clause, no statement.
    @Test func aNounBeforeARelativeThatIsNoVerbOfSaying() {
        #expect(source("The harbour court issued an edict that bans ferries for 30 days.") == nil)
        #expect(source("The port sent a message that reached 2,000 riders in May.") == nil)
        #expect(source("Early promises that ferry fares would fall worried 40 percent of skippers.") == nil)
        #expect(source("The crew's protests that the port ignored in May cost $5 million.") == nil)
        #expect(source("Skippers' protests that the port ignored rose by 40 percent.") == nil)
        // Where it is the clause's verb, a statement after it still credits its subject.
        #expect(source("Harbourline's owners countered that fares rose only 3% in two years.") == "Harbourline's owners")
    }

    /// "Officials deny that …": the source is who denies, the claim keeps the denial.
    @Test func aDenialKeepsItsVerbInTheClaim() {
        let sentence = "Harbour officials deny that 40 riders were hurt in May."
        #expect(source(sentence) == "Harbour officials")
        #expect(claimStart(sentence) == 0)
        #expect(claimStart("The ferry firm disputes that its quay moved by 12 cm.") == 0)
        #expect(claimStart("Ana Ruiz now denies she ever approved the 12% rise in ferry fares.") == 0)
    }

    /// A directive, a request, a proposal, a prayer or a subjunctive clause states nothing.
    @Test func aDirectiveOrASubjunctiveIsNoStatement() {
        #expect(source("The harbour judge ordered that the ferry logs be released by Friday.") == nil)
        #expect(source("Harbour doctors are asking that skippers get vaccinated before winter.") == nil)
        #expect(source("Skippers petitioned that the 3 quays stay open.") == nil)
        #expect(source("The port minister proposed that fees rise by 2 percent.") == nil)
        #expect(source("The harbour pastor prayed that the 12 missing sailors come home.") == nil)
        #expect(source("“Vote for the 3 percent cut,” Ana Ruiz urged.") == nil)
        // What a thing implies is no one's statement.
        #expect(source("The quay's great length means that it can berth 12 ferries at once.") == nil)
        // A verb of saying outside the list, before a subjunctive.
        #expect(source("Skippers countered that the quay be rebuilt by 2030.") == nil)
    }

    /// A list in apposition after a role, or a second role and name, names several: the role stays.
    @Test func aListInAppositionLeavesTheRole() {
        #expect(source("The three firms, Harbourline, Baycross and Tidal, said fares rose 9%.") == "three firms")
        #expect(source("The port's lawyer, Ana Ruiz, and its spokesman, Bo Lee, said 12 berths closed.") == "port's lawyer")
        // One name after the role is still the source.
        #expect(source("The port's lawyer, Ana Ruiz, said 12 berths closed.") == "Ana Ruiz")
    }

    /// A count that re-counts a named list is no reported figure, but the sentence is a claim as
    /// it was before that rule.
    @Test func aRecountLeavesTheSentenceAClaim() throws {
        let found = try claims("The renaming of three streets in Harbourside — Elm Row, Oak Lane and Ash Way — was approved by the council.")
        #expect(found.count == 1)
        #expect(found.first?.quantities.isEmpty == true)
    }
}
