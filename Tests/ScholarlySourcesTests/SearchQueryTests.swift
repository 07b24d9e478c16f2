import FactCheckModel
import Testing
@testable import ScholarlySources

struct SearchQueryTests {
    @Test func contentWordsOnly() {
        let query = SearchQuery(text: "Studies show that brisk evening walks may not cut the risk of insomnia by 50 percent")
        #expect(query.terms == ["brisk", "evening", "walks", "risk", "insomnia"])
        // Each concept in title or abstract, truncated at its stem, with the lexicon's synonyms.
        #expect(query.pubMedTerm.contains("(walk*[tiab]) AND (risk*[tiab] OR likelihood*[tiab] OR odds[tiab])"))
        #expect(query.europePMCQuery.hasPrefix("(brisk* OR ") && query.europePMCQuery.hasSuffix(" OR insomnia*)"))
    }

    @Test func fillerIsNotSearchedFor() {
        let blood = SearchQuery(text: "One of the biggest advantages of a massage is that it increases blood flow to the area that's being treated")
        #expect(blood.terms == ["massage", "blood flow", "treated"])
        #expect(blood.pubMedTerm.contains("(\"blood flow\"[tiab] OR circul*[tiab])"))
        #expect(SearchQuery(text: "Thankfully, a back massage can treat these symptoms").terms == ["back", "massage", "treat", "symptoms"])
        #expect(SearchQuery(text: "massages can even reduce the amount of cortisol in your bloodstream").terms == ["massages", "cortisol", "bloodstream"])
    }

    /// A capital letter after a word is part of the term ("vitamin D"), searched as a phrase; a
    /// pronoun "I" and a letter that follows no kept word are not.
    @Test func aLetterAfterAWordNamesAKindOfIt() {
        let query = SearchQuery(text: "Vitamin D supplements lower the risk of hepatitis B flares")
        #expect(query.terms.contains("vitamin d"))
        #expect(query.terms.contains("hepatitis b"))
        #expect(!query.terms.contains("vitamin"))
        #expect(query.pubMedTerm.contains("\"vitamin d\"[tiab]"))
        #expect(!SearchQuery(text: "Then I found that cortisol fell").terms.contains { $0.hasSuffix(" i") })
        // Inner capitals as written mark a gene's name, which is relaxed last.
        func weight(_ text: String) -> Double? { SearchQuery(text: text).concepts.first { $0.forms[0] == "mtor" }?.weight }
        #expect((weight("mTOR signalling shortens lifespan") ?? 0) > (weight("mtor signalling shortens lifespan") ?? 0))
    }

    /// Names written the way a database indexes them: a number against capitals is one word ("3T3",
    /// "6MP"), a unit is not ("100g"); a capital before a word is a phrase with it ("G-CSF", "B cells");
    /// a genus's initial is no letter of a kind ("H. pylori"); a possessive is the name ("Alzheimer's").
    @Test func namesAreSearchedAsDatabasesIndexThem() {
        #expect(SearchQuery(text: "Cellular clocks set mitosis timing in NIH 3T3 cells").terms.contains("3t3"))
        #expect(SearchQuery(text: "5'-nucleotidase metabolizes 6MP").terms.contains("6mp"))
        #expect(!SearchQuery(text: "A 100g dose of chloroquine damages the retina").terms.contains { $0.contains("100") })
        let csf = SearchQuery(text: "Deleting Raptor increases G-CSF levels")
        #expect(csf.terms.contains("g csf") && !csf.terms.contains("csf"))
        #expect(csf.pubMedTerm.contains("(\"g csf\"[tiab])"))
        #expect(SearchQuery(text: "Chronic stimulation of B cells exhausts them").terms.contains("b cells"))
        #expect(!SearchQuery(text: "A deficiency of vitamin B12 raises homocysteine").terms.contains { $0.hasPrefix("a ") })
        let pylori = SearchQuery(text: "Active H. pylori urease has a polymeric structure")
        #expect(pylori.terms.contains("pylori") && !pylori.terms.contains { $0.hasSuffix(" h") })
        #expect(SearchQuery(text: "APOE4 carriers have a higher risk of Alzheimer's disease").terms.contains("alzheimer"))
    }

    /// PubMed's strict query leaves out words general English uses everywhere, which AND a paper out
    /// without naming its topic ("related"), before the words that name it.
    @Test func theStrictQueryPrefersWordsThatNameTheTopic() {
        let query = SearchQuery(text: "ATM and Rad3 related protein have no role in sensing DNA damage")
        let strict = query.keepingForStrictSearch(4)
        #expect(strict.terms.count == 4)
        #expect(!strict.terms.contains("related"))
        #expect(strict.terms.contains("atm") && strict.terms.contains("rad3"))
    }

    @Test func relaxingDropsTheLeastImportantConceptFirst() {
        let query = SearchQuery(text: "GATA3 regulates self-renewal of hematopoietic stem cells in patients")
        let steps = query.relaxationSteps(3)
        #expect(steps.count == 3)
        // Generic research nouns go first; the gene name stays to the end.
        #expect(!steps[1].terms.contains("patients"))
        #expect(steps.allSatisfy { $0.terms.contains("gata3") })
        #expect(SearchQuery(terms: ["one"]).relaxed() == nil)
    }

    @Test func wordsOfOneStemAreOneConcept() {
        // "activated" and "activation": one concept with both forms, not `activ*` ANDed with itself.
        let query = SearchQuery(text: "Activated platelets need kinase activation to spread")
        #expect(query.terms.contains("kinase") && !query.terms.contains("activation"))
        #expect(query.concepts[0].forms == ["activated", "activation"])
        #expect(query.pubMedTerm.components(separatedBy: "activ*").count == 2)
        #expect(query.europePMCExactQuery.contains("activated OR activation"))
    }

    @Test func quantitiesOnRequest() {
        let query = SearchQuery(text: "massage lowered cortisol by 31%", includeQuantities: true)
        #expect(query.terms == ["massage", "cortisol", "31"])
    }

    @Test func longClaimsKeepTheMostSpecificWordsInOrder() {
        let query = SearchQuery(text: "Regular aerobic exercise improves memory consolidation among elderly adults living alone in rural communities", maxTerms: 4)
        #expect(query.terms.count == 4)
        #expect(query.terms.contains("consolidation"))
    }

    @Test func fromAClaimUsesTheClaimTextNotTheAttribution() {
        let claim = Claim(
            id: "c-1", text: "chiropractic care relieves back pain",
            sentence: "According to the American Chiropractic Association, chiropractic care relieves back pain.",
            span: TextSpan(start: 0, end: 10, line: 1, column: 1), kind: .causal, checkworthiness: 0.9,
            attribution: Attribution(source: "American Chiropractic Association", vague: false), hedges: [],
            quantities: [], citations: [])
        #expect(SearchQuery(claim: claim).terms == ["chiropractic", "care", "relieves", "back", "pain"])
        #expect(SearchQuery(text: "it may be so").isEmpty)
    }
}

/// A word English spells two ways is searched both ways, as an expert types it ("tumour OR
/// tumor"), in PubMed's strict query (truncated where the word is) and in both Europe PMC queries.
struct SpelledSearchQueryTests {
    @Test func aBritishClaimAlsoSearchesTheAmericanSpelling() {
        let query = SearchQuery(text: "Oestrogen lowers haemorrhage in randomised trials of paediatric tumours")
        #expect(query.terms == ["oestrogen", "haemorrhage", "randomised", "trials", "paediatric", "tumours"])
        let pubMed = query.keepingForStrictSearch(4).pubMedTerm
        #expect(pubMed.contains("(oestrogen*[tiab] OR estrogen*[tiab])"), "\(pubMed)")
        #expect(pubMed.contains("(paediatr*[tiab] OR pediatr*[tiab])"), "\(pubMed)")
        #expect(query.pubMedTerm.contains("(tumour*[tiab] OR tumor*[tiab])"), "\(query.pubMedTerm)")
        // The other spelling is truncated where the claim's word is: "randomiz*", not "random*".
        #expect(query.pubMedTerm.contains("(randomis*[tiab] OR randomiz*[tiab])"), "\(query.pubMedTerm)")
        #expect(query.europePMCExactQuery == "(oestrogen OR estrogen OR haemorrhage OR hemorrhage OR randomised OR randomized OR trials OR paediatric OR pediatric OR tumours OR tumors)")
        #expect(query.europePMCQuery.contains("haemorrhag* OR hemorrhag*"), "\(query.europePMCQuery)")
        // A spelling the truncation already finds is not repeated: "metabol*" finds "metabolises".
        #expect(SearchQuery(text: "Cytochromes metabolize tamoxifen").pubMedTerm.contains("(metabol*[tiab])"))
        // What an editor reads stays the claim's words.
        #expect(query.description == "oestrogen + haemorrhage + randomised + trials + paediatric + tumours")
    }

    @Test func anAmericanClaimAlsoSearchesTheBritishSpelling() {
        let query = SearchQuery(text: "Ischemic stroke is common in children with sickle cell anemia")
        #expect(query.pubMedTerm.contains("(ischem*[tiab] OR ischaem*[tiab])"), "\(query.pubMedTerm)")
        #expect(query.europePMCExactQuery.contains("anemia OR anaemia"), "\(query.europePMCExactQuery)")
        // A word spelt alike has no other form.
        #expect(query.pubMedTerm.contains("(stroke*[tiab])") || query.pubMedTerm.contains("(stroke[tiab])"), "\(query.pubMedTerm)")
    }

    /// The same claim spelt either way asks for the same concepts, and a word the claim writes both
    /// ways is one concept.
    @Test func bothSpellingsAreOneConcept() {
        let british = SearchQuery(text: "Behavioural therapy reduces hospitalisation in paediatric asthma")
        let american = SearchQuery(text: "Behavioral therapy reduces hospitalization in pediatric asthma")
        #expect(british.keepingForStrictSearch(3).concepts.map { Set($0.spelledForms) }
            == american.keepingForStrictSearch(3).concepts.map { Set($0.spelledForms) })
        #expect(SearchQuery(text: "Randomised and randomized trials of tumour growth").terms == ["randomised", "trials", "tumour", "growth"])
    }

    /// A form that is another spelling of an earlier one adds no wider stem: "randomized" after
    /// "randomised" would add "random*" (issue #19 review, 5).
    @Test func aSecondSpellingOfAFormAddsNoWiderStem() {
        let concept = SearchConcept(forms: ["randomised", "randomized"], weight: 1)
        #expect(concept.searchForms == ["randomis*", "randomiz*"], "\(concept.searchForms)")
    }

    /// An American claim's own word of the whole-word lists is written out as well, as its British
    /// spelling's other form is: "labor*" finds "laboratory", "color*" "colorectal", "humor*"
    /// "humoral" (issue #19, session 12's follow-up).
    @Test func anAmericanWholeWordIsNotTruncated() {
        #expect(SearchConcept(forms: ["labor"], weight: 1).searchForms == ["labor", "labors", "labour", "labours"])
        for (word, wider) in [("color", "color*"), ("humor", "humor*"), ("liter", "liter*"), ("labors", "labor*")] {
            let forms = SearchConcept(forms: [word], weight: 1).searchForms
            #expect(!forms.contains(wider), "\(word): \(forms)")
            #expect(forms.contains(word) && forms.count > 1, "\(word): \(forms)")
        }
        let pubMed = SearchQuery(text: "Induction of labor lowers cesarean rates").pubMedTerm
        #expect(!pubMed.contains("labor*"), "\(pubMed)")
        #expect(pubMed.contains("(labor[tiab] OR labors[tiab] OR labour[tiab] OR labours[tiab])"), "\(pubMed)")
        // A word read one way has no other spelling and keeps its truncation ("program*": "programmed").
        #expect(SearchConcept(forms: ["program"], weight: 1).searchForms == ["program*"])
    }

    /// A word medicine writes closed after a prefix is searched in both spellings: "antioestrogen"
    /// OR "antiestrogen".
    @Test func aClosedCompoundIsSearchedInBothSpellings() {
        let query = SearchQuery(text: "Antioestrogen therapy after transoesophageal echocardiography")
        #expect(query.pubMedTerm.contains("(antioestrogen*[tiab] OR antiestrogen*[tiab])"), "\(query.pubMedTerm)")
        #expect(query.europePMCExactQuery.contains("transoesophageal OR transesophageal"), "\(query.europePMCExactQuery)")
    }

    /// A whole word's other spelling is written out: "labor*" finds "laboratory", "color*"
    /// "colorectal", "liter*" "literature" (issue #19 review, 2).
    @Test func aWholeWordsOtherSpellingIsNotTruncated() {
        let forms = SearchConcept(forms: ["labour"], weight: 1).searchForms
        #expect(forms == ["labour*", "labor", "labors"], "\(forms)")
        for (word, wider) in [("colour", "color*"), ("litres", "liter*"), ("humour", "humor*"), ("labours", "labor*")] {
            let forms = SearchConcept(forms: [word], weight: 1).searchForms
            #expect(!forms.contains(wider), "\(word): \(forms)")
            #expect(forms.count > 1, "\(word): \(forms)")
        }
        let pubMed = SearchQuery(text: "Induction of labour lowers caesarean rates").pubMedTerm
        #expect(!pubMed.contains("labor*"), "\(pubMed)")
        #expect(pubMed.contains("labor[tiab]"), "\(pubMed)")
    }
}
