import Testing
import TextAnalysis
@testable import ScholarlySources

/// Session 14 (issue #19): a claim written in other forms than the abstract it needs. Each rule
/// below was a reason a strict PubMed query (every concept must match) found nothing.
struct LexicalMismatchQueryTests {
    /// An abbreviation the claim defines is one concept with its long form, either of them found:
    /// a paper that writes only "CKD" is not ANDed out for lacking "chronic" and "kidney".
    @Test func aDefinedAbbreviationIsOneConceptWithItsLongForm() {
        let query = SearchQuery(text: "Salty diets speed the decline of chronic kidney disease (CKD) in older adults")
        let concept = try! #require(query.concepts.first { $0.forms.contains("ckd") })
        #expect(concept.forms[0] == "chronic kidney disease")
        #expect(!query.terms.contains("chronic") && !query.terms.contains("kidney"))
        #expect(query.pubMedTerm.contains("(\"chronic kidney disease\"[tiab] OR ckd[tiab])"), "\(query.pubMedTerm)")
        // Several, a repeated one once, and a plural abbreviation that also asks for its singular.
        let two = SearchQuery(text: "Toll-like receptors (TLRs) on dendritic cells (DCs) sense the T cell receptor (TCR) and the TCR binds the T cell receptor (TCR)")
        #expect(two.concepts.contains { $0.forms == ["toll like receptors", "tlrs", "tlr"] })
        #expect(two.concepts.contains { $0.forms == ["dendritic cells", "dcs", "dc"] })
        #expect(two.concepts.filter { $0.forms.contains("tcr") }.count == 1)
    }

    /// A parenthesis that defines nothing leaves the words alone.
    @Test func aParenthesisThatDefinesNothingIsNoAbbreviation() {
        let text = "Aspirin (ASA) and ibuprofen (taken daily) cut pain"
        #expect(ClaimAbbreviations.definitions(Tokenizer.tokens(in: text), Array(text)).isEmpty)
        let query = SearchQuery(text: "Aspirin (ASA) and ibuprofen cut pain")
        #expect(query.concepts.contains { $0.forms.first == "asa" })
        #expect(query.concepts.contains { $0.forms.first == "aspirin" })
    }

    /// "TLRs" is too short to truncate: the singular an abstract writes is asked for too; a word
    /// that merely ends in "s" is not an abbreviation's plural.
    @Test func aPluralAbbreviationAlsoAsksForItsSingular() {
        #expect(SearchQuery(text: "TLRs on macrophages sense viral RNA").pubMedTerm.contains("(tlrs*[tiab] OR tlr[tiab])"))
        #expect(!SearchQuery(text: "Macrophages sense viral RNA").pubMedTerm.contains("OR macrophage[tiab]"))
        #expect(ClaimAbbreviations.isPluralAbbreviation("VSMCs") && ClaimAbbreviations.isPluralAbbreviation("RNAs"))
        #expect(!ClaimAbbreviations.isPluralAbbreviation("Cells") && !ClaimAbbreviations.isPluralAbbreviation("DNA"))
    }

    /// A prefix written with a hyphen is one word with the next, searched hyphened (a phrase) and
    /// closed; "non" alone is no concept.
    @Test func aHyphenedPrefixIsSearchedHyphenedAndClosed() {
        let query = SearchQuery(text: "Non-invasive ventilation shortens hospital stays")
        #expect(query.terms.first == "non invasive")
        #expect(!query.terms.contains("non") && !query.terms.contains("invasive"))
        #expect(query.pubMedTerm.contains("(\"non invasive\"[tiab] OR noninvas*[tiab])"), "\(query.pubMedTerm)")
        // A hyphen after another word is not a prefix ("HIV-positive").
        #expect(SearchQuery(text: "HIV-positive mothers breastfeed less").terms.contains("positive"))
    }

    /// A word whose Snowball stem is not its beginning ("chemotherapy" → "chemotherapi") is truncated
    /// where the two part, so that it finds "chemotherapeutic"; before, it was searched only as written.
    @Test func aWordWhoseStemDiffersIsTruncatedWhereTheyPart() {
        #expect(SearchConceptFinder.truncationRoot("chemotherapy") == "chemotherap")
        #expect(SearchConceptFinder.truncationRoot("splicing") == "splic")
        #expect(SearchConceptFinder.truncationRoot("walks") == "walk")
        let query = SearchQuery(text: "Chemotherapy shrinks gliomas")
        #expect(query.pubMedTerm.contains("(chemotherap*[tiab])"), "\(query.pubMedTerm)")
        // Too little shared: as written.
        #expect(SearchQuery(text: "Dying neurons release glutamate").pubMedTerm.contains("(dying[tiab])"))
    }
}
