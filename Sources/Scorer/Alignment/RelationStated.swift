/// Feature: does the sentence state the claim's relation, or only share its topic?
///
/// "Wind turbines caused the drought" and "wind turbines are used to help relieve the drought" name
/// the same two things; only the first says one caused the other. A sentence can back a claim that
/// states a relation (a causal or change word) only if it states one too: the claim's own relation
/// word (or a form of it), a change word the same way on the same axis near the claim's subject
/// ("cuts" and "a reduction"), or, for a claim that names a cause without a direction, any causal
/// or association word (how strong a relation it states is ``StrengthComparison``'s question). A
/// sentence that states none can still contradict or qualify the claim; it just cannot support it.
/// Nor does a sentence whose only causal verb is an idiom ("raises concerns about"): it names the
/// claim's words as the topic of a worry (``voicesConcern(_:)``).
enum RelationStated {
    static func stated(
        claim: ClaimQuery, sentence: AnalyzedText, subjectAnchors: [Int], clauses: [Int], thresholds: ScoringThresholds
    ) -> Bool {
        let relations = claim.terms.filter(\.isRelationWord)
        guard !relations.isEmpty else { return true }
        // "X raises concerns about Y" voices a worry: with no causal verb besides the idiom, the
        // claim's words in it ("weight gain", "the rise in X") name the topic, not a finding.
        if voicesConcern(sentence), RelationCues.causal(in: sentence.words).isEmpty { return false }
        let present = sentence.contentSet
        if relations.contains(where: { term in
            present.contains(term.id) || term.alternatives.contains { $0.allSatisfy(present.contains) }
        }) {
            return true
        }
        if claim.directions.isEmpty {
            return !RelationCues.causal(in: sentence.words).isEmpty || !RelationCues.association(in: sentence).isEmpty
        }
        let found = Direction.findings(in: sentence, near: subjectAnchors, window: thresholds.cueWindow, clauses: clauses)
        return claim.directions.contains { wanted in found.contains { $0.axis == wanted.axis && $0.sign == wanted.sign } }
    }

    /// Whether the sentence uses a causal verb as an idiom of worry or doubt ("raises concerns",
    /// "raise questions about", "raises serious doubts": ``RelationCues/isIdiom(_:verbAt:)``). In
    /// any English text such a sentence reports that something is feared or asked, not found: with
    /// no relation stated, the trained verifier may not read it as support either
    /// (``VerdictPolicy/LearnedBound/concernVoiced``).
    static func voicesConcern(_ sentence: AnalyzedText) -> Bool {
        (0..<sentence.count).contains { index in
            CueLexicon.causalStems.contains(sentence.stems[index]) && RelationCues.isIdiom(sentence.words, verbAt: index)
        }
    }

    /// Whether the sentence presents something as a means to an end ("used to", "helps",
    /// ``CueLexicon/purposeFrames``): with no relation stated, such a sentence makes the claim's
    /// subject a remedy or a tool, and the trained verifier may not read it as support
    /// (``VerdictPolicy/LearnedBound``).
    static func presentsAsMeans(_ sentence: AnalyzedText) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in CueLexicon.purposeFrames.contains { CueLexicon.matches($0, in: words, at: index) } }
    }
}
