import FactCheckModel
import Testing
@testable import Extractor

/// Session 11 (issue 18): a participle of saying hung on a main clause ("…, saying …") has the
/// main clause's subject as its speaker. Every sentence is our own.
@Suite struct ParticipleSpeakerTests: ExtractorProbing {
    @Test func theSubjectOfTheMainClauseSaysTheParticiple() {
        #expect(source("Harbour unions have attacked the new rota, saying 300 crew jobs will go by May.") == "Harbour unions")
        #expect(source("The Ferry Owners Association of Wales have hit out at the levy saying 1,200 sailors will lose work.")
            == "Ferry Owners Association of Wales")
        #expect(source("But port pilots have reacted angrily to the cuts, claiming the board ignored 40 safety warnings.") == "port pilots")
        #expect(source("But harbour pilots have reacted angrily to the cuts, saying the board ignored 40 safety warnings.") == "harbour pilots")
        #expect(source("The court also found the ferry firm liable, noting that it had skipped 12 inspections.") == "court")
    }

    /// The claim is the whole sentence: no figure of the deed is lost.
    @Test func theClaimKeepsTheWholeSentence() throws {
        let found = try claims("Harbour unions have attacked the 12% pay cut, saying 300 crew jobs will go by May.")
        #expect(found.first?.attribution?.source == "Harbour unions")
        #expect(found.first?.quantities.map(\.value).sorted() == [12, 300])
    }

    @Test func noSpeakerWithoutASubjectThatNamesSomeone() {
        // A pronoun, a thing that cannot speak, and a text that says it itself credit nobody here.
        #expect(source("They have attacked the new rota, saying 300 crew jobs will go by May.") == nil)
        #expect(source("Fares rose 9% in May, indicating that demand had doubled.") == nil)
        #expect(source("Divers found a note saying the wreck held 40 crates.") == nil)
        #expect(source("A lawsuit was filed against the ferry firm, alleging it hid 12 faults.") == nil)
        // A gerund after a preposition, an "-ing" in a verb group, a subject that only is something.
        #expect(source("Ana Ruiz accused the ferry firm of arguing that 12 faults were minor.") == nil)
        #expect(source("We'll be covering and explaining the 12 new rules all day.") == nil)
        #expect(source("The Harbour Trust is a charity anyone can join, adding 40 members a year.") == nil)
        #expect(source("Harbour police found a note saying the ferry had been sold.") == nil)
    }
}
