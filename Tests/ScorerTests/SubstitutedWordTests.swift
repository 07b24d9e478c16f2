import FactCheckModel
import Testing
@testable import Scorer

/// A sentence that repeats every claim word but one and names another thing in its place
/// (``SubstitutedWord``, issue #17): no support, no contradiction, an `unverified` that names both
/// words; the same thing said otherwise (a synonym, a broader or narrower word, a pronoun, an
/// abbreviation, another form of the noun) still states the claim. Sentences written for these tests.
@Suite struct SubstitutedWordTests {
    let scorer = ClaimScorer()

    func check(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        scorer.check(Fixtures.claim(claimText), sources: [Fixtures.source("https://example.org/page", passages)])
    }

    // MARK: Another thing in one place: unverified, naming both

    @Test func anotherThingInOnePlaceIsUnverified() {
        for (claim, passage, source, article) in [
            ("The drug lowered blood pressure in mice.", "The drug lowered blood pressure in rats.", "rats", "mice"),
            ("The new clinic treats asthma in farmers.", "The new clinic treats asthma in miners.", "miners", "farmers"),
            // names as written; a common noun that opens the sentence in lower case
            ("The festival moved to Paris after the storm.", "The festival moved to Rome after the storm.", "Rome", "Paris"),
            ("Mice slept longer after the drug.", "Rats slept longer after the drug.", "rats", "mice"),
            ("The organ failed.", "The bank failed.", "bank", "organ"),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .unverified, "\(claim): \(result.verdict): \(result.reason)")
            #expect(result.reason == "the source says '\(source)' where the article says '\(article)'", "\(claim): \(result.reason)")
            #expect(!result.evidence.contains { $0.stance == .supports || $0.stance == .contradicts }, "\(result.evidence)")
        }
    }

    /// Under "every", "only" or "no" a narrower word in the source says less than the claim.
    @Test func aNarrowerWordUnderEveryOrOnlyIsAnotherThing() {
        for (claim, passage) in [
            ("Every vehicle was inspected.", "Every truck was inspected."),
            ("Only adults were enrolled.", "Only women were enrolled."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .unverified, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    /// Another sentence that states the claim still decides.
    @Test func anotherSentenceThatStatesItDecides() {
        let result = check("The drug lowered blood pressure in mice.",
                           ["The drug lowered blood pressure in rats.", "In mice, the drug lowered blood pressure within a week."])
        #expect(result.verdict == .supported, "\(result.verdict): \(result.reason)")
    }

    /// A swapped sentence is left out of what the trained verifier reads, not a veto on the others:
    /// another sentence that states the claim in other words still supports it.
    @Test func aSwapDoesNotSilenceAnotherSentence() {
        for (claim, passages) in [
            ("The drug lowered blood pressure in mice.",
             ["The drug lowered blood pressure in rats.", "Mice given the compound had lower arterial pressure."]),
            ("Exercise improved memory in older adults.",
             ["Exercise improved memory in older dogs.", "Older people who trained regularly remembered more words."]),
        ] {
            let alone = check(claim, [passages[1]])
            let result = check(claim, passages)
            #expect(result.verdict == alone.verdict, "\(claim): \(result.verdict) (alone: \(alone.verdict)): \(result.reason)")
        }
    }

    /// A swap is no support, so a source with one and another that contradicts make no dispute:
    /// the contradiction decides.
    @Test func aSwapIsNoSideOfADispute() {
        let result = scorer.check(
            Fixtures.claim("The drug lowered blood pressure in mice."),
            sources: [Fixtures.source("https://example.org/a", ["The drug lowered blood pressure in rats."]),
                      Fixtures.source("https://example.org/b", ["The drug did not lower blood pressure in mice."])])
        #expect(result.verdict == .contradicted, "\(result.verdict): \(result.reason)")
    }

    /// A sentence about another bridge (York for Leeds) in another year: the swap is read before
    /// the year cue, and the year is that bridge's (session 13; a known issue before).
    @Test func aChangedYearOnAnotherThing() {
        let result = check("The bridge over the river opened in 1932 in Leeds.", ["The bridge over the river opened in 1951 in York."])
        #expect(result.verdict == .unverified, "\(result.verdict): \(result.reason)")
        #expect(result.reason == "the source says 'York' where the article says 'Leeds'", "\(result.reason)")
    }

    /// Another year or figure of another named thing in one of the claim's places is that thing's.
    @Test func aYearOrFigureOfAnotherNamedThingIsNoContradiction() {
        for (claim, passage) in [
            ("The school for nurses opened in 1910 in Cardiff.", "The school for nurses opened in 1925 in Bristol."),
            ("The ferry service began in 1967 in Spain.", "The ferry service began in 1972 in France."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .unverified, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    /// Two common nouns are rivals enough to take support away, not a contradiction: "trial" for
    /// "study", "participants" for "patients", "city" for "town" are often the same thing in
    /// everyday words (session 13's review). The contradiction stands and its reason names the swap.
    @Test func aYearOrFigureBesideSwappedCommonNounsContradicts() {
        for (claim, passage, source, article) in [
            ("The study found the pill cut relapses by 40% in adults.", "The trial found the pill cut relapses by 4% in adults.", "trial", "study"),
            ("The therapy eased pain in 70% of patients.", "The therapy eased pain in 25% of participants.", "participants", "patients"),
            ("The town was granted a charter in 1820 by the king.", "The city was granted a charter in 1841 by the king.", "city", "town"),
            ("The drug lowered blood pressure by 12 percent in mice.", "The drug lowered blood pressure by 30 percent in rats.", "rats", "mice"),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict): \(result.reason)")
            #expect(result.reason.hasSuffix("the source says '\(source)' where the article says '\(article)'"), "\(claim): \(result.reason)")
        }
    }

    /// A wider place that holds the claim's ("England" for "Leeds", WordNet's part-of, not a
    /// broader word), or one first name written two ways before one surname, is no other thing:
    /// the year still contradicts.
    @Test func aYearBesideANestedPlaceOrAnotherSpellingContradicts() {
        for (claim, passage) in [
            ("The library opened in 1924 in Leeds.", "The library opened in 1936 in England."),
            ("The festival began in 1958 in Houston.", "The festival began in 1961 in Texas."),
            ("The singer was born in 1949 in Paris.", "The singer was born in 1953 in France."),
            ("The mine closed in 1969 in Bradford.", "The mine closed in 1977 in Yorkshire."),
            ("Volodymyr Zelenskyy became president in 2019.", "Vladimir Zelenskyy became president in 2017."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    /// A flanking figure the sentence has is met only by itself, not by another figure of the
    /// sentence ("250,000" for "40,000"; "2 June" for "20th"): the swap is still found, and a
    /// date's own words are no swap.
    @Test func aFigureTheSentenceHasFramesItsOwnPlace() {
        let swap = check("The concert was attended by 40,000 sheets.",
                         ["The concerts were attended by a total of 40,000 people, and raised close to US$ 250,000 for relief."])
        #expect(swap.reason == "the source says 'people' where the article says 'sheets'", "\(swap.verdict): \(swap.reason)")
        let date = check("Richard Roe was born November 20th 1932.", ["Richard Roe (born 20 November 1932 -- 2 June 2012) was a painter."])
        #expect(date.verdict == .supported, "\(date.verdict): \(date.reason)")
    }

    /// The same place in another year, or with another figure, still contradicts.
    @Test func aYearOrFigureOfTheSameThingContradicts() {
        for (claim, passage) in [
            ("The school for nurses opened in 1910 in Cardiff.", "The school for nurses opened in 1925 in Cardiff."),
            ("The drug lowered blood pressure by 12 percent in mice.", "The drug lowered blood pressure by 30 percent in mice."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .contradicted, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    // MARK: The same thing said otherwise still states the claim

    @Test func theSameThingSaidOtherwiseIsStated() {
        for (claim, passage) in [
            // a synonym in some sense
            ("The photo shows the mayor at the harbour.", "The picture shows the mayor at the harbour."),
            ("The doctor examined the boy at home.", "The physician examined the boy at home."),
            // a broader word in the claim (the source names a kind of it)
            ("The musician repaired the telephone.", "The violinist repaired the cellphone."),
            ("The drug lowered blood pressure in animals.", "The drug lowered blood pressure in mice."),
            // a broader word in the source
            ("The drug lowered blood pressure in mice.", "The drug lowered blood pressure in rodents."),
            // another form of the noun
            ("The drug lowered blood pressure in the mice.", "The drug lowered blood pressure in the mouse."),
            // an abbreviation
            ("The vaccine prevented tuberculosis in infants.", "The vaccine prevented TB in infants."),
            // a pronoun subject
            ("The pianist founded the band in Leeds.", "She founded the band in Leeds."),
            // a paraphrase with the same noun
            ("The council approved the budget for schools.", "The budget for schools was approved by the council."),
            // a name the source refers to by a common noun
            ("Zorvex sells shoes to teenagers.", "The company sells shoes to teenagers."),
            // one name with and without accents, or spelt a letter apart
            ("Beyoncé opened the festival in Lagos.", "Beyonce opened the festival in Lagos."),
            ("Brandvold signed the treaty in Oslo.", "Brandvoldt signed the treaty in Oslo."),
            // a modifier at the claim's edge, not the noun ("young children" for "toddlers")
            ("The nurses read stories to toddlers.", "The nurses read stories to young children."),
            ("The survey asked about cell phones.", "The survey asked about mobile phones."),
            // common nouns that meet nowhere near in WordNet: the same thing in a usage it lacks
            ("The cops questioned the driver at the border.", "The police questioned the driver at the border."),
            // "people" is a plural of "person", above "girls"
            ("Girls painted the mural.", "People painted the mural."),
        ] {
            let result = check(claim, [passage])
            #expect(result.verdict == .supported, "\(claim): \(result.verdict): \(result.reason)")
        }
    }

    // MARK: The feature alone

    @Test func findsTheWordBetweenTheClaimsNeighbours() {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim("Sleep loss impairs memory in students."), analyzer: analyzer)
        let index = SentenceIndex(sources: [Fixtures.source("https://example.org/a", ["Sleep loss impairs attention in students."])], analyzer: analyzer)
        let coverage = TermCoverage(query: query, index: index, thresholds: .product)
        let finding = SubstitutedWord.find(claim: query, sentence: index.sentences[0], coverage: coverage, broader: [])
        #expect(finding == SubstitutedWord.Finding(claimWord: "memory", sourceWord: "attention"))
    }

    /// "nobody", "nothing": a negation or scope word, never the claim word a swap replaced.
    @Test func aNegationWordIsNoClaimWordInAPlace() {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Fixtures.claim("Nobody attended the meeting."), analyzer: analyzer)
        let index = SentenceIndex(sources: [Fixtures.source("https://example.org/a", ["Parents attended the meeting."])], analyzer: analyzer)
        let coverage = TermCoverage(query: query, index: index, thresholds: .product)
        #expect(SubstitutedWord.find(claim: query, sentence: index.sentences[0], coverage: coverage, broader: []) == nil)
    }

    @Test func spellingsWithinTwoLetters() {
        #expect(SubstitutedWord.editDistance("zelensky", "zelenskyy", atMost: 2) == 1)
        #expect(SubstitutedWord.editDistance("edinburgh", "glasgow", atMost: 2) == 3)
    }

    @Test func abbreviationsAreTheLettersInOrder() {
        #expect(SubstitutedWord.isAbbreviation("tuberculosis", "tb"))
        #expect(SubstitutedWord.isAbbreviation("lab", "laboratory"))
        #expect(!SubstitutedWord.isAbbreviation("mice", "rats"))
        #expect(!SubstitutedWord.isAbbreviation("men", "women"))
    }
}
