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
        #expect(source("The harbour survey counted 23 kinds of moss growing on the old pier.") == "harbour survey")
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
        #expect(source("But even the harbour master has described the ferry rules as ‘badly outdated’, with boats crammed into the old dock.") == "harbour master")
        // "for" before a noun is no judgement: praise for a thing is no report.
        #expect(source("Ana Ruiz praised the new funding for the harbour schools.") == nil)
    }

    @Test func aFindingWithToBeCreditsWhoFoundIt() {
        #expect(source("The plank was found on the beach near the old pier—the Harbour Lab showed it to be about 900 years old.") == "Harbour Lab")
        // Without "to be" a finding verb after a subject that is no study tells a deed.
        #expect(source("Divers showed the plank to the museum staff on Friday.") == nil)
    }

    @Test func thePerfectsOwnParticipleIsAFiniteVerb() {
        #expect(source("In survey after survey, harbour economists have shown that tolls barely change traffic.") == "harbour economists")
        #expect(source("Maya Okafor has written that the ferry never ran at a profit.") == "Maya Okafor")
        // An auxiliary after the apposition's comma belongs to the verb.
        #expect(source("Ana Ruiz, an editor at the Harbour Gazette, has said that the ferry never ran at a profit.") == "Ana Ruiz")
        // A lowercase focusing "even" is no part of the name.
        #expect(source("But even the port's pilot has said that the tolls are far too high.") == "port's pilot")
        // "shown" without the perfect's auxiliary is a passive participle.
        #expect(source("The ferry shown in the photograph was built in 1912.") == nil)
    }

    @Test func aReportingVerbAfterAQuotationNamesItsSpeaker() {
        #expect(source("I swim every morning at 60,” Okafor revealed in an interview on Tuesday.") == "Okafor")
        #expect(source("The pier will close in May,” Verdi confirmed.") == "Verdi")
    }

    @Test func aNameDescribedAtLengthBeforeItsSpeechVerbIsRead() {
        // A relative clause inside the description, no "that" after the verb.
        #expect(source("The Harbour Grid Operator, the nonprofit body that runs the power lines for 80 percent of the county, said it cut supply after two plants failed.") == "Harbour Grid Operator")
        // A title quoted whole inside the description is no quotation of speech.
        #expect(source("Lopez, author of the much-read 2017 essay \"The Case for Tolls,\" argued that the old bridge was safer than the new one.") == "Lopez")
        // A quotation before the verb is still the claim, not the source's description.
        #expect(source("“The old bridge was safer,” Lopez argued.") == "Lopez")
        #expect(AttributionParser.parse("“The old bridge was safer,” Lopez argued.")?.claimEnd != nil)
    }

    @Test func aDashEndsWhatStandsBeforeTheSource() {
        #expect(source("If so, given his record — the Harbour Gazette’s audit team documented 4,210 late sailings under him — the new master may not last.") == "Harbour Gazette’s audit team")
    }

    @Test func aSourceInsideARelativeClauseCreditsNoClaim() {
        #expect(source("The mayor met the harbour board to widen the inquiry, which is due to last six months and which, critics say, does not include any engineers.") == nil)
        // Set off in the main clause, the source stands.
        #expect(source("The inquiry, critics say, does not include any engineers.") == "critics")
    }

    @Test func aPlaceRecordsAFigureItDoesNotReportIt() {
        #expect(source("Portugal has recorded about 12,000 cases and Malta 900, while Iceland has nearly 800.") == nil)
        // Someone who can report does: a role, a team, a name WordNet lacks.
        #expect(source("The port’s audit team documented 312 late sailings last year.") == "port’s audit team")
    }

    @Test func aBarePluralOfPeopleAfterAParticipleOpensAStatement() {
        #expect(source("But harbour pilots have reacted angrily to the new rules, saying ministers ignored every safety report.") == "harbour pilots")
        // An object after the participle, with no verb of its own, is no statement.
        #expect(source("But harbour pilots have reacted angrily to the new rules, warning ministers of strikes.") == nil)
    }

    @Test func aSpeakerInsideTheClaimIsItsSource() {
        let sentence = "Currently, said Dr. Omar Haddad, the director of the clinic, there are 70 children in its care."
        #expect(source(sentence) == "Dr. Omar Haddad")
        // The claim resumes after the speaker's description.
        let claimStart = AttributionParser.parse(sentence)?.claimStart ?? 0
        #expect(String(String.UnicodeScalarView(Array(sentence.unicodeScalars)[claimStart...])).hasPrefix("there are 70 children"))
        // Without a description the claim resumes right after the name.
        #expect(source("Today, said Ana Ruiz, the clinic holds 70 children.") == "Ana Ruiz")
    }

    @Test func aNamesPremodifiersAfterAPrepositionStayWithIt() {
        #expect(source("The ferry has never made money, as my colleague Ana Ruiz wrote recently.") == "my colleague Ana Ruiz")
        // A noun that is no person is circumstance, not a premodifier.
        #expect(source("After the verdict Ana Ruiz said that the ferry would stop.") == "Ana Ruiz")
    }
}
