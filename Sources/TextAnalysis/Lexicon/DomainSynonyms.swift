import Foundation

/// The other names WordNet gives a claim's word in its biomedical sense, restricted the way an
/// expert searcher would type them: "tumor" OR "neoplasm", "hypertension" OR "high blood pressure",
/// "RNA" OR "ribonucleic acid", "platelet" OR "thrombocyte". A paper that names the
/// claim's concept in other words is otherwise out of reach of a search that types the claim's word.
///
/// Not every WordNet lemma: WordNet's synonyms widen a search into other senses ("can" is also the
/// buttocks, "dose" a venereal disease, "control" dominance; "heart, pump, ticker"), which is why the
/// lexicon's hand-made groups were the only synonyms searched before. A synonym is kept only when
/// - it comes from the claim word's most frequent noun sense, and WordNet files that sense as
///   biomedical (``domainFiles``: the body, states and diseases, substances, processes, animals,
///   plants); never from a hypernym, never for a word that is also an adjective ("hepatic");
/// - it is itself a domain term: every noun sense WordNet has for it is biomedical ("ticker" is
///   also a watch), and general English never uses it (SemCor tags it 0 times: not "pump");
/// - it is no name or abbreviation (WordNet writes it without capitals: not "CVA", not "Bayer"),
///   has no digits ("atomic number 8"), and is not the word's other spelling (``SpellingVariants``
///   has those);
/// - a phrase stays a phrase ("high blood pressure").
///
/// The most frequent sense is WordNet's order, from general English: "stroke" is first a golf shot
/// there, so a claim's "stroke" gets no "apoplexy". A rule that misses a synonym costs a paper; one
/// that reads the wrong sense sends every query of the claim astray.
public enum DomainSynonyms {
    /// WordNet's lexicographer files (`lexnames`) of biomedical senses: `noun.animal` (5),
    /// `noun.body` (8), `noun.plant` (20), `noun.process` (22), `noun.state` (26: diseases and
    /// conditions), `noun.substance` (27).
    static let domainFiles: Set<Int32> = [5, 8, 20, 22, 26, 27]

    /// At most `limit` synonyms of `word` (lower case); none without WordNet, and none for a word
    /// WordNet also knows as an adjective (a claim's "hepatic" is no liverwort).
    public static func synonyms(of word: String, limit: Int = 3) -> [String] {
        guard let wordNet = try? WordNet.shared() else { return [] }
        let word = word.lowercased()
        guard !wordNet.partsOfSpeech(of: word).contains(.adjective) else { return [] }
        // The word's base form when morphology finds one ("clocks" is read as "clock", not as the
        // plant WordNet files under "clocks"), and either spelling of it.
        let forms = wordNet.nounBaseForms(of: word)
        let lemmas = Set(forms.count > 1 ? Array(forms.dropFirst()) : forms)
        let spellings = Set(([word] + forms).flatMap { [$0] + SpellingVariants.variants(of: $0) })
        // The word's most frequent sense, and only when that is biomedical.
        guard let sense = wordNet.nounSenses(of: word).first(where: { $0.words.contains { lemmas.contains($0.lowercased()) } }),
              domainFiles.contains(sense.file)
        else { return [] }
        var found: [String] = []
        for written in sense.words where found.count < limit {
            let lemma = written.lowercased()
            guard written == lemma, lemma.count >= 4, !lemma.contains(where: \.isNumber), !spellings.contains(lemma),
                  !found.contains(lemma), isDomainTerm(lemma, in: wordNet)
            else { continue }
            found.append(lemma)
        }
        return found
    }

    /// Every noun sense of the lemma is biomedical, and general English never uses it.
    static func isDomainTerm(_ lemma: String, in wordNet: WordNet) -> Bool {
        let senses = wordNet.nounSenses(of: lemma)
        return !senses.isEmpty && senses.allSatisfy { domainFiles.contains($0.file) } && wordNet.taggedCount(of: lemma) == 0
    }
}
