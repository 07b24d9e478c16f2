import FactCheckModel
import Testing
@testable import Extractor

/// Kinds of attribution error found on the labelled pages (issue 18, round s10), fixed at the
/// level of the speaker's grammar: a role and a name in apposition, a verb of saying the lexicon
/// lacks (WordNet files it under communication) before a statement, the same verb in the
/// progressive, and a quotation closed by such a verb. Every sentence is our own.
@Suite struct VerbGroupAttributionTests: ExtractorProbing {
    /// "Role, Name, said" credits the name, as "Name, role, said" does.
    @Test func aNameInAppositionAfterARoleIsTheSource() {
        #expect(source("The harbour board's chair, Ana Ruiz, says that ferry fares rose 9% last year.") == "Ana Ruiz")
        #expect(source("Another, Harbourline, announced that it had doubled its fleet to 12 ships.") == "Harbourline")
        #expect(
            source("Chief Pilot (Acting) of the Harbour Port Authority, Tomas Lee, said that cargo fell by 8% in May.") == "Tomas Lee")
        // The name first, or no name at all, reads as before.
        #expect(source("Ana Ruiz, the harbour board's chair, says that ferry fares rose 9% last year.") == "Ana Ruiz")
        #expect(source("The port authority, a public body, said that cargo fell by 8% in May.") == "port authority")
    }

    /// A verb of saying outside the lexicon credits its subject when a statement follows it.
    @Test func aVerbOfSayingBeforeAStatementCreditsItsSubject() {
        #expect(source("Harbourline's owners countered that fares rose only 3% in two years.") == "Harbourline's owners")
        #expect(source("Ana Ruiz now denies she ever approved the 12% rise in ferry fares.") == "Ana Ruiz")
        #expect(source("The port authority declared: cargo fell by 8% in May.") == "port authority")
        // Followed by a noun phrase the verb tells a deed; a verb of thinking or feeling credits nobody.
        #expect(source("Ana Ruiz praised the crew in May after 12 years at the port.") == nil)
        #expect(source("Harbourline fears that fares will rise by 9% next year.") == nil)
        // A participle hangs on another clause; a quoted title and a pointing "that" open no statement.
        #expect(source("Fares rose 9% in May, indicating that demand had doubled.") == nil)
        #expect(source("A ferry club called ‘We love the Harbourline’ has 8,000 members.") == nil)
        #expect(source("Harbour Ports listed that quay in its plan at 12 metres.") == nil)
    }

    /// "are warning that", "is now warning that": the progressive of a verb of saying.
    @Test func aProgressiveVerbOfSayingCreditsItsSubject() {
        #expect(source("Harbour doctors are warning that flu cases doubled in two weeks.") == "Harbour doctors")
        #expect(source("A senior port engineer is now warning that the quay sank by 12 cm.") == "A senior port engineer")
        // A negated or a non-speech progressive credits nobody.
        #expect(source("Harbour doctors are not warning that flu cases doubled in two weeks.") == nil)
        #expect(source("Harbour doctors are hoping that flu cases fall by half this winter.") == nil)
    }

    /// After a closing quotation, a verb of saying the lexicon lacks names the speaker.
    @Test func aQuotationClosedByAVerbOfSayingCreditsTheSpeaker() {
        #expect(source("“The ferry carried 40,000 riders in May,” Ana Ruiz declared.") == "Ana Ruiz")
        // Without the quotation, a verb after a comma is no speaker's.
        #expect(source("The ferry carried 40,000 riders in May, the crowd cheered.") == nil)
    }
}
