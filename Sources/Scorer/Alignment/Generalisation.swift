/// Feature input: the broader nouns a sentence's words stand for, so a claim that names the broader
/// word is covered by a source that names a kind of it.
///
/// A source says "a vendor sells fruit", the claim "a person sells fruit": the claim says less than
/// the source, so the source states it, though the two share no word for the seller. WordNet's
/// noun hierarchy knows that a vendor is a kind of person (``WordNetRelations/broaderStems(than:senses:levels:)``).
/// The relation has a direction: only a claim word *above* a source word earns credit. The other
/// way round ("a vendor" in the claim, "a person" in the source) the claim is more specific than
/// its source, which does not state it, so nothing is added for that direction.
enum Generalisation {
    /// The stems of every noun more general than some content word of `sentence` that the claim
    /// does not itself use; empty when the thresholds give no credit for it or every claim word is
    /// already present.
    static func broaderStems(in sentence: AnalyzedText, query: ClaimQuery, thresholds: ScoringThresholds) -> Set<String> {
        guard thresholds.hyponymCredit > 0 else { return [] }
        let present = sentence.contentSet
        guard query.terms.contains(where: { !$0.isNumber && !present.contains($0.id) }) else { return [] }
        var broader: Set<String> = []
        var looked: Set<StemID> = []
        for index in 0..<sentence.count where sentence.isContent[index] && !sentence.isNumber[index] {
            let id = sentence.stemIDs[index]
            guard !query.stemSet.contains(id), looked.insert(id).inserted else { continue }
            broader.formUnion(WordNetRelations.shared.broaderStems(
                than: sentence.words[index], senses: thresholds.hyponymSenses, levels: thresholds.hyponymLevels))
        }
        return broader
    }
}
