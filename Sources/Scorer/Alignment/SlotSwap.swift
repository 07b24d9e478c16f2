/// Feature: does the sentence put another thing of the same kind in one of the claim's places?
///
/// "The band's first album was recorded in Paris" against "the band's first album was recorded in
/// Berlin": the sentence repeats the claim's frame and changes one slot, and neither a negation nor
/// a change word says so. When a claim word is missing from a sentence that covers the rest, and
/// the sentence has a word WordNet files under the same parent ("Paris" and "Berlin" are both
/// national capitals) or lists as its opposite, the sentence states something else in that place:
/// a contradiction. Words of one synset are synonyms, not rivals, and a word the sentence names a
/// kind of (``Generalisation``) is the claim's word narrowed, not replaced.
enum SlotSwap {
    static func signal(
        claim: ClaimQuery, sentence: AnalyzedText, broader: Set<String>, thresholds: ScoringThresholds
    ) -> Signal? {
        guard thresholds.slotSwapSenses > 0 else { return nil }
        let present = sentence.contentSet
        // The sentence's own words: content, not numbers, not the claim's words or their synonyms.
        var seen: Set<StemID> = []
        var others: [Int] = []
        for index in 0..<sentence.count where sentence.isContent[index] && !sentence.isNumber[index] {
            let id = sentence.stemIDs[index]
            guard !claim.stemSet.contains(id), !claim.alternativeStems.contains(id), seen.insert(id).inserted else { continue }
            others.append(index)
        }
        guard !others.isEmpty else { return nil }
        let missing = claim.terms.filter { term in
            !term.isNumber && !term.isRelationWord && !present.contains(term.id)
                && !term.alternatives.contains(where: { $0.allSatisfy(present.contains) })
                && !term.paraphrases.contains(where: { $0.allSatisfy(present.contains) })
                && !broader.contains(term.stem)
        }
        guard missing.count <= thresholds.slotSwapMissing else { return nil }
        for term in missing {
            guard let position = claim.analysis.stems.firstIndex(of: term.stem) else { continue }
            let word = claim.analysis.words[position]
            for index in others {
                let rival = sentence.words[index]
                if term.opposites.contains(sentence.stems[index])
                    || WordNetRelations.shared.areSiblings(word, rival, senses: thresholds.slotSwapSenses)
                {
                    return Signal(kind: .swapped, reason: "the source names '\(rival)' where the article says '\(word)'")
                }
            }
        }
        return nil
    }
}
