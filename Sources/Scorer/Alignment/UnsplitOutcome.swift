import TextAnalysis

/// What a claim the rules cannot split says changes: the words after its verb ("Zinc shortens
/// *colds*", "Multivitamins lengthen *life*").
///
/// ``ClaimQuery/sides(of:isRelation:phraseVerb:populationBefore:)`` splits a claim only at a relation
/// word it knows ("reduces", "causes"); "shortens" and "lengthen" are none, so such a claim is one
/// side and ``ShortEvidenceGate`` could not tell a negation of its finding ("did not live longer")
/// from a negation of something else about its subject ("Zinc lozenges are not recommended for
/// children"). The verb is found with WordNet: the first claim word after the subject that WordNet
/// knows as a verb only, neither a noun nor an adjective ("near" is a verb too); the outcome is the words after it, up to a population ("in
/// children"). A claim with no such word ("A man plays guitar": "play" is a noun too) has no
/// outcome here, and the gate reads it as before: a wrong split would ask the source for the wrong
/// words.
enum UnsplitOutcome {
    /// One outcome word: the claim's term, and the word as written (WordNet reads words, not stems).
    struct Word {
        let term: ClaimQuery.Term
        let written: String
    }

    /// The claim's outcome words, or nil when the claim is split already (it has a relation word) or
    /// no verb is found.
    static func words(of query: ClaimQuery) -> [Word]? {
        guard !query.terms.contains(where: { $0.isRelationWord || $0.side != .whole }) else { return nil }
        let analysis = query.analysis
        let content = (0..<analysis.count).filter { analysis.isContent[$0] && !analysis.isNumber[$0] }
        guard content.count >= 3, let verb = content.indices.dropFirst().dropLast().first(where: { position in
            let word = WordNetRelations.shared.outcomeWord(analysis.words[content[position]])
            return word.isVerb && !word.isNoun && !word.isAdjective
        }) else { return nil }
        var outcome: [Int] = []
        for position in (verb + 1)..<content.count {
            let token = content[position]
            let population = (content[position - 1] + 1...token).contains {
                ClaimQuery.populationPrepositions.contains(analysis.words[$0])
            }
            if population && !outcome.isEmpty { break }
            outcome.append(token)
        }
        var seen: Set<String> = []
        let words = outcome.compactMap { token -> Word? in
            let stem = analysis.stems[token]
            guard seen.insert(stem).inserted, let term = query.terms.first(where: { $0.stem == stem }) else { return nil }
            return Word(term: term, written: analysis.words[token])
        }
        return words.isEmpty ? nil : words
    }

    /// The ids of the outcome words a sentence names only through a word WordNet derives from one of
    /// their senses ("did not *live* longer" names "life"), for ``TermCoverage/coversEvery(present:broader:excused:where:)``.
    static func namedThroughSenses(_ words: [Word], in sentence: AnalyzedText) -> [StemID] {
        let stems = Set(sentence.stems)
        return words.filter { word in
            !WordNetRelations.shared.outcomeWord(word.written).namedBy.isDisjoint(with: stems)
        }.map(\.term.id)
    }
}
