import TextAnalysis

/// Feature input: the claim words a sentence covers by naming a kind of them, so a claim that
/// names the broader word is covered by a source that names a kind of it.
///
/// A source says "a vendor sells fruit", the claim "a person sells fruit": the claim says less than
/// the source, so the source states it, though the two share no word for the seller. WordNet's
/// noun hierarchy knows that a vendor is a kind of person (``WordNetRelations/broaderLemmas(than:senses:levels:)``).
/// The relation has a direction: only a claim word *above* a source word earns credit. The other
/// way round ("a vendor" in the claim, "a person" in the source) the claim is more specific than
/// its source, which does not state it, so nothing is added for that direction.
///
/// Words are compared as WordNet base forms, not stems: Porter stems "organization" to "organ"
/// (issue #17). Nothing is credited when the claim or the sentence is negated or speaks of all or
/// only ("No dog was harmed" does not say "no animal was harmed"; "every truck" is not "every
/// vehicle"): under those words a broader word says *more*, not less (``Lexicon/generalisationBlockers``).
enum Generalisation {
    /// The stems of the claim words (missing from `sentence`) that WordNet files above some content
    /// word of `sentence`; empty when the thresholds give no credit for it, no claim word is
    /// missing, or even full credit for every missing word would leave the sentence below the
    /// relevance gate (then WordNet is not read at all).
    static func broaderStems(
        in sentence: AnalyzedText, query: ClaimQuery, coverage: TermCoverage, thresholds: ScoringThresholds
    ) -> Set<String> {
        guard thresholds.hyponymCredit > 0 else { return [] }
        let present = sentence.contentSet
        let missing = query.terms.filter { !$0.isNumber && !$0.isRelationWord && !present.contains($0.id) }
        guard !missing.isEmpty,
              coverage.coverage(present: present, broader: Set(missing.map(\.stem))) >= thresholds.relevance,
              !hasBlocker(query.analysis), !hasBlocker(sentence)
        else { return [] }
        // The claim's missing words as WordNet base forms ("mice" → "mouse"), each to its stem.
        var wanted: [String: String] = [:]
        for term in missing {
            guard let position = query.analysis.stems.firstIndex(of: term.stem) else { continue }
            for lemma in WordNetRelations.shared.nounLemmas(of: query.analysis.words[position]) {
                wanted[lemma] = term.stem
            }
        }
        guard !wanted.isEmpty else { return [] }
        let all = Set(wanted.values)
        var credited: Set<String> = []
        var looked: Set<StemID> = []
        for index in 0..<sentence.count where sentence.isContent[index] && !sentence.isNumber[index] {
            let id = sentence.stemIDs[index]
            guard !query.stemSet.contains(id), looked.insert(id).inserted else { continue }
            for ancestor in WordNetRelations.shared.broaderLemmas(
                than: sentence.words[index], senses: thresholds.hyponymSenses, levels: thresholds.hyponymLevels)
            {
                if let stem = wanted[ancestor] { credited.insert(stem) }
            }
            if credited == all { break }
        }
        return credited
    }

    /// Whether `text` has a word under which a broader word says more, not less (negation, "all",
    /// "only", "without", "lack").
    static func hasBlocker(_ text: AnalyzedText) -> Bool {
        text.words.contains { word in
            let lowered = word.lowercased()
            return Lexicon.generalisationBlockers.contains(lowered) || lowered.hasSuffix("n't")
        }
    }
}
