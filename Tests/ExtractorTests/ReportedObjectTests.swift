import FactCheckModel
import Testing
@testable import Extractor

/// Session 15's attribution shapes (issue 18), each as sentences of our own of the shape that
/// failed on the labelled pages: a report carried by the verb's object (a figure, a judgement, a
/// state with "to be"), the perfect's own participle, a reporting verb after a quotation, a name
/// described at length, a dash before the source, and a source inside a relative clause.
@Suite struct ReportedObjectTests: ExtractorProbing {
    @Test func aVerbOfSayingWithAFigureAsItsObjectCreditsItsSubject() {
        #expect(source("A survey from 2015 counted 23 kinds of moss growing on the old pier.") == "A survey from 2015")
        #expect(source("The harbour office documented 1,204 groundings over the decade.") == "harbour office")
        // The whole sentence is the claim: the figure is the verb's object.
        #expect(AttributionParser.parse("The harbour office documented 1,204 groundings over the decade.")?.claimStart == 0)
        // Any other object tells a deed: nobody is credited.
        #expect(source("The harbour office documented the repairs in its minutes.") == nil)
        // A year is a date, no figure.
        #expect(source("The harbour office documented 2019 repairs in its minutes.") == nil)
    }

    @Test func aVerbOfJudgingWithItsComplementCreditsItsSubject() {
        #expect(source("Maya Okafor also criticized the board for ignoring the pier's cracks for a decade.") == "Maya Okafor")
        #expect(source("Even Tomas Verdi, the harbour master, has described the ferry rules as ‘badly outdated’, with boats crammed into the old dock.") == "Tomas Verdi")
        // "for" before a noun is no judgement: praise for a thing is no report.
        #expect(source("Ana Ruiz praised the new funding for the harbour schools.") == nil)
    }

    @Test func aFindingWithToBeCreditsWhoFoundIt() {
        #expect(source("The plank was found on the beach near the old pier—carbon dating showed it to be about 900 years old.") == "carbon dating")
        // Without "to be" a finding verb after a subject that is no study tells a deed.
        #expect(source("Divers showed the plank to the museum staff on Friday.") == nil)
    }

    @Test func thePerfectsOwnParticipleIsAFiniteVerb() {
        #expect(source("In survey after survey, harbour economists have shown that tolls barely change traffic.") == "harbour economists")
        #expect(source("Maya Okafor has written that the ferry never ran at a profit.") == "Maya Okafor")
        // "shown" without the perfect's auxiliary is a passive participle.
        #expect(source("The ferry shown in the photograph was built in 1912.") == nil)
    }

    @Test func aReportingVerbAfterAQuotationNamesItsSpeaker() {
        #expect(source("I swim every morning at 60,” Okafor revealed in an interview with the Harbour Gazette.") == "Okafor")
        #expect(source("The pier will close in May,” Verdi confirmed.") == "Verdi")
    }

    @Test func aNameDescribedAtLengthBeforeItsSpeechVerbIsRead() {
        // A relative clause inside the description, no "that" after the verb.
        #expect(source("The Harbour Grid Operator, the nonprofit body that runs the power lines for 80 percent of the county, said it cut supply after two plants failed.") == "Harbour Grid Operator")
        // A title quoted whole inside the description is no quotation of speech.
        #expect(source("Lopez, author of the much-read 2017 essay \"The Case for Tolls,\" argued that the old bridge was safer than the new one.") == "Lopez")
        // A quotation before the verb is still the claim, not the source's description.
        #expect(source("“The old bridge was safer,” Lopez argued.") == "Lopez")
        #expect(AttributionParser.parse("“The old bridge was safer,” Lopez argued.")?.claimStart == 0)
    }

    @Test func aDashEndsWhatStandsBeforeTheSource() {
        #expect(source("If so, given his record — the Harbour Gazette’s audit team documented 4,210 late sailings under him — the new master may not last.") == "Harbour Gazette’s audit team")
    }

    @Test func aSourceInsideARelativeClauseCreditsNoClaim() {
        #expect(source("The mayor met the harbour board to widen the inquiry, which is due to last six months and which, critics say, does not include any engineers.") == nil)
        // Set off in the main clause, the source stands.
        #expect(source("The inquiry, critics say, does not include any engineers.") == "critics")
    }
}
