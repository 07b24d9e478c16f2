/// Feature: how much of the claim's subject a sentence covers.
///
/// The IDF-weighted share of the claim's content words found in the sentence. Weighting by IDF (over
/// the sentences of this claim's sources) means that matching "cortisol" counts for more than matching
/// "levels": a sentence that shares only the common words is not about the claim. Numbers are left
/// out (quantity agreement judges them), relation words ("reduces", "causes") count half (direction,
/// polarity and causation judge them), and a word met only through a synonym earns partial credit.
struct TermCoverage {
    private let terms: [ClaimQuery.Term]
    private let weights: [Double]
    private let totalWeight: Double
    private let synonymCredit: Double
    /// Whether a change word the same way ("reduction" for "cuts") counts as a synonym.
    private let sameWayCredit: Bool
    /// Whether the looser paraphrase pairs count as synonyms (``Lexicon/paraphraseGroups``).
    private let paraphraseCredit: Bool
    /// Credit for a claim word met as a broader noun of a sentence word (``Generalisation``).
    private let hyponymCredit: Double

    init(query: ClaimQuery, index: SentenceIndex, thresholds: ScoringThresholds) {
        terms = query.terms.filter { !$0.isNumber }
        weights = terms.map { term in
            // A word no sentence has counts like the rarest word present, not more: in a one-abstract
            // collection an absent word would otherwise outweigh all the words that are there.
            let df = max(index.documentFrequency(of: term.id), 1)
            let weight = index.idf(documentFrequency: df) + thresholds.idfFloor
            // A denied predicate ("ineffective") is the claim's relation too, judged by polarity:
            // "Statins lowered LDL" covers "statins are ineffective at lowering LDL" as much as
            // "statins are effective at lowering LDL".
            let isRelation = term.isRelationWord || CueLexicon.negatedPredicateStems.contains(term.stem)
            return isRelation ? weight * thresholds.relationWordWeight : weight
        }
        totalWeight = weights.reduce(0, +)
        synonymCredit = thresholds.synonymCredit
        sameWayCredit = thresholds.sameWayCredit
        paraphraseCredit = thresholds.paraphraseCredit
        hyponymCredit = thresholds.hyponymCredit
    }

    /// Coverage in [0, 1] of the claim by `sentence`.
    func coverage(of sentence: AnalyzedText) -> Double {
        totalWeight > 0 ? coverage(present: sentence.contentSet) : 0
    }

    /// Coverage in [0, 1] of the claim by a sentence with these content stems; `broader`: the stems
    /// of nouns more general than the sentence's words (``Generalisation``).
    func coverage(present: StemSet, broader: Set<String> = []) -> Double {
        guard totalWeight > 0 else { return 0 }
        var covered = 0.0
        for (term, weight) in zip(terms, weights) {
            covered += weight * credit(for: term, present: present, broader: broader)
        }
        return min(1, covered / totalWeight)
    }

    /// Coverage in [0, 1] of the words on one `side` of the claim (``ClaimQuery/Side``), weighted as
    /// in ``coverage(present:)``; nil when the claim has no word on that side.
    func coverage(present: StemSet, side: ClaimQuery.Side, broader: Set<String> = []) -> Double? {
        var total = 0.0
        var covered = 0.0
        for (term, weight) in zip(terms, weights) where term.side == side {
            total += weight
            covered += weight * credit(for: term, present: present, broader: broader)
        }
        return total > 0 ? covered / total : nil
    }

    /// Whether the sentence names every non-relation word on these `sides` of the claim (itself, a
    /// synonym, a same-way word or a paraphrase, as ``coverage(present:)`` credits them); nil when
    /// the claim has no such word. Words in `excused` need not be named when another word is.
    /// ``ShortEvidenceGate`` reads the claim's outcome with it: "neck pain" does not name "back
    /// pain", "stress" does not name it at all.
    func coversEvery(
        present: StemSet, sides: Set<ClaimQuery.Side>, broader: Set<String> = [], excused: Set<String> = []
    ) -> Bool? {
        coversEvery(present: present, broader: broader, excused: excused) { sides.contains($0.side) }
    }

    /// The same, for the claim's non-relation words that `include` picks.
    func coversEvery(
        present: StemSet, broader: Set<String> = [], excused: Set<String> = [], where include: (ClaimQuery.Term) -> Bool
    ) -> Bool? {
        let wanted = terms.filter { include($0) && !$0.isRelationWord }
        guard !wanted.isEmpty else { return nil }
        let named = wanted.map { credit(for: $0, present: present, broader: broader) > 0 }
        guard named.contains(true) else { return false }
        return zip(wanted, named).allSatisfy { $1 || excused.contains($0.stem) }
    }

    /// Whether a sentence with these content stems names `term` in any way ``coverage(present:)``
    /// credits (``SubstitutedWord`` looks for the one claim word a sentence does not name).
    func names(_ term: ClaimQuery.Term, present: StemSet, broader: Set<String>) -> Bool {
        credit(for: term, present: present, broader: broader) > 0
    }

    /// What one claim term earns: 1 when the sentence has it, ``synonymCredit`` for a synonym, a
    /// same-way change word or a paraphrase (when those count), ``hyponymCredit`` for a word the
    /// sentence names a kind of, else 0.
    private func credit(for term: ClaimQuery.Term, present: StemSet, broader: Set<String>) -> Double {
        if present.contains(term.id) { return 1 }
        let related = term.alternatives.contains(where: { $0.allSatisfy(present.contains) })
            || (sameWayCredit && term.sameWay.contains(where: present.contains))
            || (paraphraseCredit && term.paraphrases.contains(where: { $0.allSatisfy(present.contains) }))
        if related { return synonymCredit }
        return hyponymCredit > 0 && !term.isRelationWord && broader.contains(term.stem) ? hyponymCredit : 0
    }
}
