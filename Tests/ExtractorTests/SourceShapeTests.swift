import FactCheckModel
import Testing
@testable import Extractor

/// Session 14's attribution shapes (issue 18), each as sentences of our own of the shape that
/// failed on the labelled pages: the source is the noun phrase that is the subject of a reporting
/// verb, the speaker named after a quotation, or the object of "according to" / "per"; not a
/// subordinate clause's subject, not an adjective before a noun, not a phrase of when.
@Suite struct SourceShapeTests: ExtractorProbing {
    @Test func aReportingVerbBeforeItsSpeakerNamesThem() {
        // A finite reporting verb after the claim, then a name.
        #expect(source("The ferry burned about 4,000 litres of fuel a week, estimates Tomas Verdi, the harbour master.") == "Tomas Verdi")
        #expect(source("Ticket sales doubled in the spring, reports Harbour Weekly.") == "Harbour Weekly")
        // After a closing quotation, any verb of saying WordNet knows.
        #expect(source("“The old pier is finished,” declared Harbour Mayor Ana Ruiz.") == "Harbour Mayor Ana Ruiz")
        // A verb form that is also an adjective before a noun ("estimated Flu Cases rose") names
        // nobody: only a name closed by a comma or the sentence's end is a speaker.
        #expect(source("Schools closed early, estimated Flu Cases rose by a third, and buses stopped.") == nil)
    }

    @Test func aQuotationsSpeakerOutranksWhatItSaysInside() {
        #expect(source("“Several trials have found that the salt baths ease joint pain,” reported Coastal Health.") == "Coastal Health")
        #expect(source("“According to our records, the ferry never ran late,” said Maya Okafor.") == "Maya Okafor")
    }

    @Test func aVerbOfSayingMayBeFollowedByWhereItWasSaid() {
        #expect(source("“I sleep eight hours a night,” Okafor declared in an interview with Reuters.") == "Okafor")
    }

    @Test func aSubordinateClausesSubjectCreditsNothing() {
        #expect(source("While one survey found that tolls cut traffic, that says little about the bridge itself.") == nil)
        #expect(source("“While Council say the road will reopen in June, we have heard that before.") == nil)
        // The main clause's subject still does.
        #expect(source("When the storm passed, the harbour board said that 40 boats were lost.") == "harbour board")
    }

    @Test func aVerbFormAfterAPossessiveOrArticleIsAnAdjective() {
        #expect(source("The county's confirmed caseload is nearly 12,000, of whom 300 have died.") == nil)
        #expect(source("Its stated aim is to cut the harbour tolls by half.") == nil)
        // A form in -s before an auxiliary is a plural noun.
        #expect(source("Fuel claims had topped 2 million by March.") == nil)
        // A day after the name leaves with its preposition.
        #expect(source("New figures on Monday showed that fuel claims had topped 2 million for a second week.") == "New figures")
    }

    @Test func aPhraseOfWhenIsNoPartOfTheName() {
        #expect(source("Half a year later the Harbour Board announced that the ferry would pay $40,000 in fines.") == "Harbour Board")
        #expect(source("Two days earlier police said that the pier had been closed.") == "police")
        #expect(source("In September 2019 Ana Ruiz suggested that the tolls should double.") == "Ana Ruiz")
        #expect(source("On Tuesday Maya Okafor said that the pier had reopened.") == "Maya Okafor")
        #expect(source("Officials on Monday said that the pier had reopened.") == "Officials")
    }

    @Test func perAndAccordingToCreditTheirNounPhrase() throws {
        #expect(source("Okafor leads the council race by 12 points, per the Harbour Gazette tracker, but most voters are undecided.") == "Harbour Gazette tracker")
        #expect(source("Okafor is second in both wards, per Harbour Polling’s latest survey.") == "Harbour Polling’s latest survey")
        // "per" before a unit or a number is a rate.
        #expect(source("The ferry carries 300 passengers, per day, in the summer.") == nil)
        // "per the usual" names nobody.
        #expect(source("Okafor was calm at the helm, per the usual, but the crew was not.") == nil)
        // A dash closes the noun phrase after "according to".
        #expect(source("Ruiz is third in the polls, according to our model — ahead of Okafor.") == "our model")
    }
}
