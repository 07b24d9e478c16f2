import FactCheckModel
import Testing
@testable import Extractor

/// Attribution shapes met on real news pages, each written here as a sentence of our own: who a
/// claim is credited to is a noun phrase before or after it, never a capitalised word that only
/// looks like a verb, and never a clause.
@Suite struct AttributionParsingTests: ExtractorProbing {
    @Test func aCapitalisedWordInsideANameIsNoVerb() {
        #expect(source("The United States does not publish its fuel reserves.") == nil)
        #expect(source("Flood Reports rose sharply across the valley this spring.") == nil)
        #expect(source("Trade between Canada and the United States grew, the minister argued.") == "minister")
    }

    @Test func deedsAreNoAttributions() {
        #expect(source("Divers found a bronze anchor off the northern coast.") == nil)
        #expect(source("The band published a second album in May.") == nil)
        #expect(source("An estimated 400 people attended the vigil on Sunday.") == nil)
        #expect(source("Further investigations discovered a crack behind the boiler.") == "Further investigations")
        // A participle before the main verb is not the verb: the paper is the source.
        let paper = AttributionParser.parse("A paper published in the Coastal Journal found that the dunes moved inland.")
        #expect(paper?.attribution.source == "A paper published in the Coastal Journal")
    }

    @Test func aSpeakerAfterAQuoteIsTheSource() throws {
        let quoted = "“Harbour fees will double next year,” said Maya Okafor, a scholar at the Port Institute."
        #expect(source(quoted) == "Maya Okafor")
        // Through the whole extractor the quote must be a checkable statement: a forecast alone in
        // an article sits on the learned gate's boundary (the labels call forecasts no claim), and
        // this test is about where the claim ends, not about the gate.
        let reported = "“Harbour fees doubled last year,” said Maya Okafor, a scholar at the Port Institute."
        let claim = try #require(try claims(reported).first)
        #expect(claim.text == "Harbour fees doubled last year")
        #expect(source("The ferry left port twenty minutes late, said Tomas Verdi, the harbour master.") == "Tomas Verdi")
        #expect(source("“The pier was closed for repairs,” Verdi said, adding that it would reopen in May.") == "Verdi")
        #expect(source("Ticket sales fell by a third, the port authority told reporters.") == "port authority")
        // A pronoun is nobody a reader could ask.
        #expect(source("“The pier was closed for repairs,” he said.") == nil)
    }

    @Test func speakersCarryNoExtraWords() {
        #expect(source("He also said the bridge would close in June.") == nil)
        #expect(source("In a research note early Tuesday, Lakeside Bank analysts said the index would fall.") == "Lakeside Bank analysts")
        #expect(source("Maya Okafor, an economist at the Port Institute, said that fees had doubled.") == "Maya Okafor")
    }

    @Test func plainSpeakersAreFound() throws {
        #expect(source("Prosecutors said the captain ignored three warnings before the collision.") == "Prosecutors")
        let that = try #require(AttributionParser.parse("Okafor said that the fees had doubled since 2019."))
        #expect(that.attribution.source == "Okafor")
        let claim = try #require(try claims("Okafor said that the fees had doubled since 2019.").first)
        #expect(claim.text == "the fees had doubled since 2019")
    }

    @Test func aClauseIsNoSource() {
        #expect(source("Prices rose so quickly that nobody said a word at the meeting.") == nil)
        #expect(source("The rebound was stronger than most forecasters had estimated.") == nil)
    }

    @Test func whoSaidItIsPartOfTheSourceNotAFigure() throws {
        let sentence = "The reservoir is half empty, according to two people familiar with the matter."
        #expect(source(sentence) == "two people familiar with the matter")
        let claim = try #require(try claims(sentence).first)
        #expect(claim.text == "The reservoir is half empty")
        #expect(!claim.quantities.contains { $0.value == 2 })
    }

    @Test func aSourceBetweenCommasLeavesTheClaimWhole() throws {
        let sentence = "The toll, Okafor notes, matters as much to lorry drivers as it does to commuters.\n"
        let claim = try #require(try claims(sentence).first)
        #expect(claim.attribution?.source == "Okafor")
        #expect(claim.text == "The toll, Okafor notes, matters as much to lorry drivers as it does to commuters")
        let adding = try #require(try claims("None of the ten ferries ran on Sunday, Okafor said, adding that the crews were on strike.\n").first)
        #expect(adding.text == "None of the ten ferries ran on Sunday")
        #expect(adding.attribution?.source == "Okafor")
    }

    /// A participle or conjunction after the source's verb ("…, the company said, citing …",
    /// "…, Okafor said in an interview on Tuesday, adding that …") hangs a new clause on the source:
    /// the claim is the clause before the source, not the words after it.
    @Test func aClauseAfterTheSourceLeavesTheClaimBeforeIt() throws {
        let citing = try #require(try claims("Ticket sales rose 5% in the quarter, the ferry company said, citing strong demand.\n").first)
        #expect(citing.text == "Ticket sales rose 5% in the quarter")
        #expect(citing.attribution?.source == "ferry company")
        let interview = try #require(try claims("Harbour fees rose 8% in March, Okafor said in an interview on Tuesday, adding that costs fell.\n").first)
        #expect(interview.text == "Harbour fees rose 8% in March")
        // Still a lead-in: what follows the verb is the claim.
        let lead = try #require(try claims("Okafor said on Tuesday that harbour fees rose 8% in March.\n").first)
        #expect(lead.text == "harbour fees rose 8% in March")
    }

    /// A feeling in the clause hung on a trailing source is no feeling of the claim before it.
    @Test func aFeelingAfterTheSourceLeavesTheClaim() throws {
        let scared = try #require(try claims("The harbour master closed the quay on Friday, Okafor said, adding that he was scared for the crews.\n").first)
        #expect(scared.text == "The harbour master closed the quay on Friday")
        // A feeling in the claim itself is still no claim.
        #expect(try claims("“The new quay has me thinking now,” Okafor said.\n").isEmpty)
    }

    /// A source of any noun phrase set between commas inside the claim ("the FDA", "workers") is
    /// read like a bare name: the claim keeps its subject.
    @Test func anyShortSourceBetweenCommasKeepsTheSubject() throws {
        let agency = try #require(try claims("The tablet, the Harbour Health Agency said, cuts ferry sickness by half.\n").first)
        #expect(agency.attribution?.source == "Harbour Health Agency")
        #expect(agency.text.hasPrefix("The tablet"))
        #expect(agency.text.hasSuffix("cuts ferry sickness by half"))
        let workers = try #require(AttributionParser.parse("The depot, workers say, dumps 300 tonnes of silt into the bay every year."))
        #expect(workers.attribution.source == "workers")
        #expect(workers.claimStart == 0)
        // No commas around it: still no source.
        #expect(source("The depot workers dump silt into the bay every year.") == nil)
    }

    /// "…, a port spokesman, who asked not to be named, said.": the claim ends before the source,
    /// not before the description's last comma.
    @Test func aDescribedSourceAfterTheClaimIsCutWhole() throws {
        let spokesman = try #require(try claims("Cargo volumes fell by 40% in 2023, a port spokesman, who asked not to be named, said.\n").first)
        #expect(spokesman.text == "Cargo volumes fell by 40% in 2023")
        let plain = try #require(try claims("Cargo volumes fell by 40% in 2023, a port spokesman said.\n").first)
        #expect(plain.text == "Cargo volumes fell by 40% in 2023")
    }

    /// "“It works,” said Dr. Lee, who led …": the quotation without its marks, and none of the
    /// speaker's description's figures.
    @Test func aQuotedClaimLosesBothMarks() throws {
        // (Session 15's first stage no longer takes a two-word quotation, "It floats", for a claim:
        // a causal one of the same shape, without a figure of its own.)
        let quoted = try #require(try claims("\"Salt water makes the hull float higher,\" said Dr. Okafor, who led the survey of 400 pilots.\n").first)
        #expect(quoted.text == "Salt water makes the hull float higher")
        #expect(quoted.quantities.isEmpty)
        let longer = try #require(try claims("\"Harbour fees doubled to 40 euros,\" said Dr. Okafor, who ran the port for 20 years.\n").first)
        #expect(longer.text == "Harbour fees doubled to 40 euros")
        #expect(longer.quantities.map(\.value).contains(40))
        #expect(!longer.quantities.contains { $0.value == 20 })
    }

    /// Figures outside the claim text (an age, a description of the speaker or of the source)
    /// are no figures of the claim.
    @Test func aClaimsFiguresAreThoseInItsText() throws {
        let age = try #require(try claims("Ms. Okafor, 45, said the clinic turned away 120 patients last month.\n").first)
        #expect(age.quantities.map(\.value).contains(120))
        #expect(!age.quantities.contains { $0.value == 45 })
        let trial = try #require(try claims("Dr. Okafor, 61, who led the 2019 harbour survey, said the new quay cut delays by 30%.\n").first)
        #expect(trial.quantities.map(\.value) == [30])
        let maker = try #require(try claims("The tablet cut ferry sickness by 30%, according to its maker, which sold 2 billion doses.\n").first)
        #expect(maker.quantities.map(\.value) == [30])
        // A claim read whole keeps every figure.
        let whole = try #require(try claims("Ferry fares rose 12 percent in 2024 and 15 percent in 2025.\n").first)
        #expect(whole.quantities.count >= 2)
    }

    @Test func spansKeepTheirSubjectAndDropLeftovers() throws {
        let friday = try #require(try claims("The council said on Friday that bus fares will rise by 10 percent in April.").first)
        #expect(friday.text == "bus fares will rise by 10 percent in April")
        #expect(friday.attribution?.source == "council")
        let earnings = "Lakeside Foods reported $1.80 in earnings per share for the quarter."
        let reported = try #require(try claims(earnings).first)
        #expect(reported.text == "Lakeside Foods reported $1.80 in earnings per share for the quarter")
        #expect(reported.attribution?.source == "Lakeside Foods")
    }

    @Test func feelingsFiguresOfSpeechAndDatelinesAreNoClaims() throws {
        let text = """
        “The new park has me thinking now,” Ana Ruiz said. Walking is also a great balm for a tired mind. \
        Posted: Monday, March 3, 2025. Nine of the 40 stalls at the market closed last winter, the traders' association said.
        """
        let found = try claims(text)
        #expect(!found.contains { $0.sentence.contains("thinking now") })
        #expect(!found.contains { $0.sentence.contains("balm") })
        #expect(!found.contains { $0.sentence.contains("Posted") })
        #expect(found.contains { $0.sentence.contains("40 stalls") })
        #expect(ClaimNoise.reason("“It’s tragic,” she said.", quantities: [], attributed: true) == "a feeling")
        #expect(ClaimNoise.reason("Ana Ruiz said she was appalled by the closure.", quantities: [], attributed: true) == "a feeling")
    }

    /// A source after the claim whose verb is followed only by where and when it spoke: the claim is
    /// the clause before the comma, never "in a note" (review of the first round).
    @Test func whereAndWhenASourceSpokeIsNotTheClaim() throws {
        let note = try #require(AttributionParser.parse("Wheat futures climbed 4% on Friday after the harvest report, analysts at Harbour Bank wrote in a note."))
        #expect(note.attribution.source == "analysts at Harbour Bank")
        #expect(note.claimStart == 0 && note.claimEnd != nil)
        let statement = try #require(AttributionParser.parse("The new booster was 88% effective in the trial, Corvale said in a statement on March 3."))
        #expect(statement.attribution.source == "Corvale")
        #expect(statement.claimEnd != nil)
    }

    /// Officials, sources and analysts nobody names are vague: the claim needs a citation.
    @Test func unnamedOfficialsAndSourcesAreVague() throws {
        for sentence in ["River traffic fell by a third last month, officials said.", "Rents rose 9 percent in the spring, sources said."] {
            let found = try #require(AttributionParser.parse(sentence), "\(sentence)")
            #expect(found.attribution.vague, "\(sentence)")
        }
        #expect(AttributionParser.parse("Rents rose 9 percent, Harbour Bank analysts said.")?.attribution.vague == false)
        #expect(try claims("River traffic fell by a third last month, officials said.\n").first?.attribution?.vague == true)
    }

    /// A source that ends the sentence (", officials said.", "…,” Okafor said.") is no part of the
    /// claim: the claim text ends before its comma.
    @Test func aTrailingSourceIsCutFromTheClaimText() throws {
        let officials = try #require(try claims("Ferry fares rose by a tenth in March, officials said.\n").first)
        #expect(officials.text == "Ferry fares rose by a tenth in March")
        #expect(officials.attribution?.source == "officials")
        let quoted = try #require(AttributionParser.parse("He knows the harbour better than anyone,\u{201D} Okafor said."))
        #expect(quoted.attribution.source == "Okafor")
        #expect(quoted.claimEnd != nil)
    }

    /// "the WHO" after a claim, with the day it spoke: an organisation, not the pronoun "who".
    @Test func anAcronymThatSpellsAPronounIsASource() throws {
        let who = try #require(try claims("Measles cases doubled across the region in 2025, the WHO said on Tuesday.\n").first)
        #expect(who.attribution?.source == "WHO")
        #expect(who.text == "Measles cases doubled across the region in 2025")
        #expect(source("Who said the plan would fail?") == nil)
    }

    /// "announced a …" reports what was announced, figure or not: a rise, a loss, an outbreak
    /// (the session's "announced a …" deed rule was dropped after its review).
    @Test func anAnnouncedThingStillCreditsTheSpeaker() {
        #expect(source("The ferry firm announced a 12 percent rise in fares.") == "ferry firm")
        #expect(source("The port announced a deal would close in June.") == "port")
        #expect(source("The harbour board announced a sharp rise in ferry delays.") == "harbour board")
        #expect(source("The port authority announced a fall in cargo to its lowest level since 1975.") == "port authority")
    }

    /// A role named by "vice-chancellor" or "chancellor" is a source, as "president" is: a
    /// described speaker before "agreed:" and a quotation.
    @Test func aChancellorAgreeingBeforeAColonIsTheSource() {
        #expect(source("A second vice-chancellor, who runs a small college, agreed: “Fees have doubled in 10 years.”") == "A second vice-chancellor")
        #expect(source("The chancellor said that fees rose by 9 percent.") == "chancellor")
    }
}

/// Speakers met on real pages whose verb, name or punctuation the parser missed, each written
/// here as a sentence of our own.
@Suite struct MissedSpeakerTests: ExtractorProbing {
    @Test func answeringVerbsCreditBeforeThat() {
        #expect(source("Mr. Okafor responded that the ferry had never been inspected.") == "Mr. Okafor")
        #expect(source("The Harbour Users Group complained in May that the port had hidden its accounts.") == "Harbour Users Group")
        #expect(source("The ferry ran late all winter, Okafor acknowledged.") == "Okafor")
        #expect(source("A long line of harbour surveys has pointed out that silt builds up each spring.") == "A long line of harbour surveys")
        #expect(source("The dredging must start soon, Okafor pointed out.") == "Okafor")
        #expect(source("Okafor pointed to the silt along the quay.") == nil)
        // Without "that" they tell a deed.
        #expect(source("Firefighters responded to a blaze at the Harbour Street depot.") == nil)
    }

    @Test func aCommaAfterABracketClosesTheClause() throws {
        let sentence = "The vote marks a win for the Harbour Pilots Union (HPU), and union secretary Ana Ruiz told Coast FM it took years."
        #expect(source(sentence) == "union secretary Ana Ruiz")
        let bracket = try #require(AttributionParser.parse("Fares fell sharply at the port (HPU), officials said."))
        #expect(bracket.claimEnd.map { Array("Fares fell sharply at the port (HPU), officials said.".unicodeScalars)[$0] } == ",")
    }

    @Test func aPhraseOfCircumstanceBeforeTheNameIsNoPartOfIt() {
        let sentence = "Under questioning Maya Okafor, the port's finance director, conceded last week that the fees had doubled."
        #expect(source(sentence) == "Maya Okafor")
        #expect(source("After Ana left the room the clerks said that the fees had doubled.") == nil)
    }

    @Test func someoneTheArticleIntroducedIsASource() throws {
        #expect(source("On Monday, the landlord said a tenant had broken the lock twice.") == "landlord")
        #expect(source("On Monday, a man said the lock was broken.") == nil)
        let wrote = try #require(AttributionParser.parse("Tenants who kept a log had 20 percent fewer repairs, the authors wrote in their summary."))
        #expect(wrote.attribution.source == "authors")
        #expect(wrote.claimStart == 0)
    }

    @Test func aRoleWithoutANameIsASource() {
        #expect(source("One academic told the inquiry that she had no contract for a year.") == "One academic")
    }

    @Test func aLongDescribedSourceAfterSays() {
        let sentence = "Ferry crews are working longer shifts than ever, says a report describing the “steady rise of unpaid overtime” in coastal shipping."
        #expect(source(sentence) == "a report describing the “steady rise of unpaid overtime” in coastal shipping")
    }
}

/// A phrase before a name is trimmed only when it is a phrase of circumstance, not a clause.
@Suite struct CircumstanceBeforeNameTests {
    @Test func aRelativeOrSubordinateClauseIsNoCircumstance() {
        #expect(AttributionParser.parse("The levy raised 2,000 more votes than Measure 4 (road repairs), for which Okafor said he is grateful.")?.attribution.source != "Okafor")
        #expect(AttributionParser.parse("Among the ten questions that Ms. Ruiz said that the port could not answer were the fees.")?.attribution.source == nil)
        let subordinate = "While an earlier memo told members that crews had met the Blue Standard, under questioning Maya Okafor, the port's director, conceded that they had not."
        #expect(AttributionParser.parse(subordinate)?.attribution.source == "Maya Okafor")
    }
}

/// A speaker's belief, hope or wish is a view, no claim to check.
@Suite struct ViewsAreNoClaimsTests {
    func reason(_ text: String) -> String? { ClaimNoise.reason(text, quantities: [], attributed: true) }

    @Test func aViewAfterTheSpeakerIsNoClaim() {
        #expect(reason("Harbour pilot Ana Ruiz told Coast FM she believes the new quay is safer than the old one.") == "a view")
        #expect(reason("Okafor says he hopes that visitors will come back to the island.") == "a view")
        #expect(reason("Ruiz said she and some neighbours worried that the port would close.") == "a view")
        #expect(reason("She wanted other ferry crews to find work on the island.") == "a view")
    }

    /// A hope, wish or belief is a view even when it holds a figure; a fear of a figure may report one.
    @Test func aHopeWithAFigureIsAView() {
        let hope = "The minister said he hopes that harbour fees will fall to 2% next year."
        #expect(ClaimNoise.reason(hope, quantities: ClaimExtractor.figures(in: hope, from: 0, to: nil), attributed: true) == "a view")
        let report = "The minister said that harbour fees fell to 2% last year."
        #expect(ClaimNoise.reason(report, quantities: ClaimExtractor.figures(in: report, from: 0, to: nil), attributed: true) == nil)
    }

    @Test func aViewReportedLaterLeavesTheClaim() {
        #expect(reason("Okafor told the board that the fees had doubled, but members said they wanted a copy of the accounts.") == nil)
        #expect(reason("The quay closed on Friday, Ruiz said, but “I want to stress that nobody was hurt.”") == nil)
        #expect(reason("Okafor said she inspected the quay on Friday.") == nil)
    }
}

/// Words in quotation marks inside a report are the source's words; a quotation of speech opens or
/// closes a clause.
@Suite struct ScareQuoteTests {
    @Test func quotedWordsInsideAReportAreNoSpeech() {
        #expect(!ClaimExtractor.quotesSpeech("The flyers promised “luxury cabins” for every guest, the complaint stated."))
        #expect(ClaimExtractor.quotesSpeech("“The cabins were never built,” Okafor said."))
        #expect(ClaimExtractor.quotesSpeech("The cabins were never built,\" Okafor said."))
        #expect(ClaimExtractor.quotesSpeech("Tell us if he comes back,'\" Okafor said."))
        #expect(ClaimExtractor.quotesSpeech("Okafor told the board: “The cabins were never built.”"))
        #expect(!ClaimExtractor.quotesSpeech("Okafor warned that crews were tired, adding that rest “is what keeps a ferry safe.”"))
        #expect(!ClaimExtractor.quotesSpeech("Ruiz called the closure “shameful,” according to the Harbour Gazette."))
    }

    @Test func aReportWithQuotedWordsIsCued() {
        let text = "The flyers promised “luxury cabins” for every guest, the complaint stated, listing prices and photographs.\n"
        #expect(ClaimExtractor.isCued(text, attribution: Attribution(source: "complaint", vague: false), quantities: []))
    }
}

/// A speaker's age is no figure of what they said: it does not make a quotation a claim.
@Suite struct SpeakerAgeTests {
    @Test func theAgeAfterASpeakersNameIsNoCue() {
        let sentence = "“The quay is quieter now and families like it,” said Okafor, 61."
        let figures = AttributionParser.parse(sentence).map { ClaimExtractor.figures(in: sentence, from: $0.claimStart, to: $0.claimEnd) }
        #expect(figures?.isEmpty == true)
        let stated = "Ferry fares rose by 12 percent last year, said Okafor, 61."
        let statedFigures = AttributionParser.parse(stated).map { ClaimExtractor.figures(in: stated, from: $0.claimStart, to: $0.claimEnd) }
        #expect(statedFigures?.map(\.value) == [12])
    }
}

/// Attribution shapes of the third round of issue 18, in our own sentences.
@Suite struct ThirdRoundAttributionTests: ExtractorProbing {
    @Test func aRelativeClauseAfterTheSpeakerDescribesThem() {
        let quoted = "“The ferry will run twice a day from June,” said Maya Okafor who is the harbour's operations chief."
        #expect(AttributionParser.parse(quoted)?.attribution.source == "Maya Okafor")
        #expect(AttributionParser.parse("The pier reopened in May, said Tomas Verdi, who runs the port.")?.attribution.source == "Tomas Verdi")
    }

    @Test func aSentenceAdverbBeforeAccordingToLeavesALeadIn() throws {
        let sentence = "Also, according to the port's audit, the cranes stood idle for 40 days last year."
        let result = try #require(AttributionParser.parse(sentence))
        #expect(result.attribution.source == "port's audit")
        let claim = try #require(try claims(sentence).first)
        #expect(claim.text == "the cranes stood idle for 40 days last year")
        #expect(claim.quantities.map(\.value) == [40])
        // A clause before it is still the claim.
        #expect(AttributionParser.parse("Ticket sales fell, according to the port's audit.")?.claimStart == 0)
    }

    @Test func aStudyBeforeWhichShowedThatIsTheSource() throws {
        let sentence = "We tuned the cranes with a simple rule, drawn from earlier surveys, which showed that idle time fell by a third."
        let result = try #require(AttributionParser.parse(sentence))
        #expect(result.attribution.source == "earlier surveys")
        #expect(AttributionParser.parse("The firm sold a new crane, which showed that demand held up.") == nil)
    }

    @Test func aProposalIsNoReport() {
        #expect(AttributionParser.parse("At the meeting, Dr Ruiz suggested a yearly forum for harbour pilots.") == nil)
        #expect(AttributionParser.parse("The survey suggested a link between noise and sick days.")?.attribution.source == "survey")
        #expect(AttributionParser.parse("Dr Ruiz suggested the levy would fall on small ports.")?.attribution.source == "Dr Ruiz")
    }

    @Test func aSourceAfterAClauseOfTheSecondPartCreditsTheWholeSentence() throws {
        let sentence = "With about 600 staff, 12 tugboats, and 40 cranes working across the harbour, the Port Authority says it handles a third of the nation's freight."
        #expect(AttributedParts.parts(of: sentence).count == 1)
        let claim = try #require(try claims(sentence).first)
        #expect(claim.attribution?.source == "Port Authority")
        // A second source that opens its clause still makes a second part.
        let two = "The audit found that cranes stood idle, and the Port Authority says the delays cost $2 million."
        #expect(AttributedParts.parts(of: two).count == 2)
    }
}

/// Open questions and requests are no claims, whatever the model scores them (issue 18, third round).
@Suite struct QuestionAndRequestNoiseTests {
    /// The reason as the extractor gives it, with the figures the parser reads in the sentence.
    func reason(_ text: String) -> String? {
        ClaimNoise.reason(text, quantities: ClaimExtractor.figures(in: text, from: 0, to: nil), attributed: false)
    }

    @Test func whatIsNotKnownIsNoClaim() {
        #expect(reason("It remains unclear whether the 17-year-old driver held a licence.") == "an open question")
        #expect(reason("It was not immediately clear if the two surveys used the same method.") == "an open question")
        #expect(reason("It is not known how the fire started.") == "an open question")
        // Said to be clear, it is a statement; an unclear thing named is a claim about it.
        #expect(reason("It is clear that the ferry left late.") == nil)
        #expect(reason("The cause of the fire is unclear, officials said.") == nil)
    }

    /// What is asked about a fact keeps the fact: a second clause stating one, or a figure after a
    /// wh-word (presupposed), while "whether …" leaves its figure open.
    @Test func aFactInsideAnOpenQuestionIsAClaim() {
        #expect(reason("It was not immediately clear what sank the ferry, which carried 80 passengers and 12 crew.") == nil)
        #expect(reason("It is not known why the fever kills 8% of infected calves.") == nil)
        #expect(reason("It remains unclear whether the levy works, although it cut harbour debt by 30% in a year.") == nil)
        #expect(reason("It is unclear whether the 16-year-old was steering, but the coastguard said 3 sailors were hurt.") == nil)
        // Still open: no statement beside the question, a figure under "whether", a phrase after "after".
        #expect(reason("It is unclear whether the 16-year-old was steering.") == "an open question")
        #expect(reason("It was not immediately clear what sank the ferry.") == "an open question")
        #expect(reason("It is not known when the pier will reopen after the storm.") == "an open question")
    }

    @Test func aRequestIsNoClaim() {
        #expect(reason("He also urged patience while the inquiry runs.") == "a request")
        #expect(reason("She asked that the council publish the minutes within 14 days.") == nil)
        #expect(reason("She asked that the council publish the minutes.") == "a request")
        #expect(reason("The report calls on the ministry to audit every harbour.") == "a request")
        #expect(reason("Engineers urged drivers to avoid the bridge.") == "a request")
        // A request reported later, or with its count, or a call for something, stays.
        #expect(reason("The board met twice and then urged the mayor to resign.") == nil)
        #expect(reason("Police urged 300 families to leave their homes.") == nil)
        #expect(reason("The mayor called for calm after the flood.") == nil)
    }

    /// A legal appeal, a passive and a request with the fact behind it are statements.
    @Test func anAppealToACourtOrARequestWithItsReasonIsAClaim() {
        #expect(reason("The shipping firm appealed to the High Court, which upheld the fishing ban in May.") == nil)
        #expect(reason("The fine was appealed to the Court of Appeal by the port authority.") == nil)
        #expect(reason("Officials urged caution after the parasite was found in oysters in Cork Harbour.") == nil)
        #expect(reason("The report urges caution because the pill raised the risk of strokes in older men.") == nil)
        // Requests still: an appeal for something, a request timed by a phrase.
        #expect(reason("The mayor appealed for calm.") == "a request")
        #expect(reason("Officials urged caution after the storm.") == "a request")
    }
}

/// Headlines set in the body and a speaker's account of themselves are no claims (issue 18, third round).
@Suite struct HeadlineAndPersonalAccountTests {
    /// The reason as the extractor gives it, with the figures the parser reads in the sentence.
    func reason(_ text: String) -> String? {
        ClaimNoise.reason(text, quantities: ClaimExtractor.figures(in: text, from: 0, to: nil), attributed: false)
    }

    @Test func aTitleInTitleCaseIsAHeadline() {
        #expect(reason("Harbour Workers Win Longer Breaks, According to Union Chief Ana Ruiz") == "a headline")
        // A headline with a figure can be checked; capitals throughout are no title case.
        #expect(reason("Dock Fees Rise 5% After Vote") == nil)
        #expect(reason("Salt Causes More Than Sixty Percent Of Strokes In Norway") == nil)
        #expect(reason("THE PORT OPENED FOUR NEW BERTHS IN 2019 AFTER YEARS OF DELAYS.") == nil)
        #expect(reason("Harbour Fees Rise Again After Council Vote") == "a headline")
        #expect(reason("Ruiz Wins Port Vote") == nil) // four long words are too few to tell
        #expect(reason("Port Authority Director Ana Ruiz said the cranes were idle.") == nil)
    }

    @Test func aSpeakerOnThemselvesIsNoClaim() {
        #expect(reason("I have had many letters from sailors who want to help.") == "a personal account")
        #expect(reason("“My first thought was how odd the harbour looked,” she said.") == "a personal account")
        #expect(reason("But I want it on record that the captain did well.") == "a personal account")
        // An organisation's "we", a figure, or "I" later in the sentence leave the claim.
        #expect(reason("We filed the complaint with the port authority on Monday.") == nil)
        #expect(reason("I counted 40 ships in the bay that morning.") == nil)
        #expect(reason("What I can confirm is that the ferry was seized.") == nil)
    }

    /// A finding told in the first person, a road named "I-…" and a dated account are claims.
    @Test func aFindingOrARoadOrADateIsNoPersonalAccount() {
        #expect(reason("I found that the enzyme binds to a receptor in the kidney.") == nil)
        #expect(reason("“I found no sign that the dredging harms the reef,” said Dr. Lena Ortiz, who led the survey.") == nil)
        #expect(reason("My colleagues and I showed that the coating slows rust on steel hulls.") == nil)
        #expect(reason("I-80 was closed in both directions near Reno after the crash.") == nil)
        #expect(reason("“My shop lost most of its customers in the first half of 2021,” she said.") == nil)
        // Still an account of themselves.
        #expect(reason("I have always loved the sound of the harbour at night.") == "a personal account")
    }
}

/// A photo caption's shape is no claim (issue 18, third round).
@Suite struct PhotoCaptionTests {
    @Test func aNamedPersonInThePresentTenseDatedIsACaption() {
        #expect(ClaimNoise.isPhotoCaption("Harbour Master Ana Ruiz speaks during a hearing in Lagos on March 3 before the vote."))
        #expect(ClaimNoise.isPhotoCaption("Mayor Tom Lee waves at supporters outside City Hall on Nov. 12."))
        // The past tense tells the event; an undated present is no caption either (each with a
        // capitalised name of four words, so that only the tense or the date decides).
        #expect(ClaimNoise.isPhotoCaption("Port Chief Ana Ruiz speaks during a hearing in Lagos on March 3."))
        #expect(!ClaimNoise.isPhotoCaption("Port Chief Ana Ruiz spoke during a hearing in Lagos on March 3."))
        #expect(ClaimNoise.isPhotoCaption("Port Chief Ana Ruiz works in Lagos with two deputies on May 2."))
        #expect(!ClaimNoise.isPhotoCaption("Port Chief Ana Ruiz works in Lagos with two deputies."))
        #expect(!ClaimNoise.isPhotoCaption("The Bajans will meet Cuba on June 2 in the second game."))
    }

    /// An organisation's report, a state and a dated line with a figure are statements.
    @Test func aReportOrAStateOrAFigureIsNoCaption() {
        func reason(_ text: String) -> String? {
            ClaimNoise.reason(text, quantities: ClaimExtractor.figures(in: text, from: 0, to: nil), attributed: false)
        }
        #expect(reason("The FAO reports in its monthly note on May 4 that grain prices rose 12% in Asia.") == nil)
        #expect(reason("The IMF estimates in a paper released on Oct. 9 that debt has doubled.") == nil)
        #expect(reason("Marin County remains in the red tier on Feb. 2 with 900 new cases a day.") == nil)
        #expect(reason("Marin County remains in the red tier on Feb. 2.") == nil)
        #expect(reason("Harbour Master Ana Ruiz speaks during a hearing in Lagos on March 3.") == "a caption")
    }
}

/// A quoted question, a byline and an embedded post's signature are no claims (issue 18, third round).
@Suite struct QuotedQuestionAndBylineTests {
    func reason(_ text: String) -> String? { ClaimNoise.reason(text, quantities: [], attributed: false) }

    @Test func aQuestionQuotedAtTheEndIsNoClaim() {
        #expect(reason("At the hearing, a member asked the mayor, “Why did the ferry stop running?”") == "a question")
        #expect(reason("She asked, \"Who pays for the new pier?\"") == "a question")
        // A question quoted inside a statement leaves the statement.
        #expect(reason("The mayor answered “Why not?” and then closed the pier for a week.") == nil)
        // A survey's result before the question is a claim.
        let survey = "About 58% of the sailors said yes when asked, “Would you sail again?”"
        #expect(ClaimNoise.reason(survey, quantities: ClaimExtractor.figures(in: survey, from: 0, to: nil), attributed: false) == nil)
    }

    @Test func aBylineOrASignatureIsNoClaim() {
        #expect(reason("By Ana Ruiz: The port cannot ignore the rising cost of fuel, the minister warned.") == "a byline")
        #expect(reason("— Tomas Verdi (@tverdi) March 4, 2021") == "a byline")
        #expect(reason("By noon the pier was closed: the storm had arrived.") == nil)
        // A handle in a statement is no signature: a signature opens with a dash and ends dated.
        #expect(reason("The account @PortOfLagos has 2 million followers on the platform.") == nil)
        #expect(reason("@PortOfLagos said 300 containers had arrived from Ghana.") == nil)
        #expect(reason("— Tomas Verdi (@tverdi) on the new quay") == nil)
    }
}
