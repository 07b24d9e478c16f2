import Testing
@testable import TextAnalysis

/// WordNet's biomedical synonyms of a claim's word (`DomainSynonyms`), restricted as an expert
/// searcher restricts them: the word's own sense, domain terms only.
@Suite struct DomainSynonymsTests {
    init() throws { _ = try WordNet.shared() }

    @Test func aBiomedicalWordGetsItsDomainSynonyms() {
        #expect(DomainSynonyms.synonyms(of: "tumors") == ["neoplasm"])
        #expect(DomainSynonyms.synonyms(of: "hypertension") == ["high blood pressure"])
        #expect(DomainSynonyms.synonyms(of: "platelet").contains("thrombocyte"))
        #expect(DomainSynonyms.synonyms(of: "RNA") == ["ribonucleic acid"])
    }

    /// Another sense ("can", "dose", "control", "tail"), a word that is first something else
    /// ("stroke": golf), an adjective ("hepatic": a liverwort), a plural WordNet files apart
    /// ("clocks": a plant), general English ("heart": "pump"), digits ("atomic number 8"), the
    /// other spelling ("anaemia": `SpellingVariants`' job).
    @Test func otherSensesAndWordsOfGeneralEnglishAreLeftOut() {
        for word in ["can", "dose", "control", "tail", "stroke", "hepatic", "clocks", "heart", "oxygen", "iron", "anemia"] {
            #expect(DomainSynonyms.synonyms(of: word).isEmpty, "\(word): \(DomainSynonyms.synonyms(of: word))")
        }
    }
}
