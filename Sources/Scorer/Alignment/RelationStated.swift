/// Feature: does the sentence state the claim's relation, or only share its topic?
///
/// "Wind turbines caused the drought" and "wind turbines are used to help relieve the drought" name
/// the same two things; only the first says one caused the other. A sentence can back a claim that
/// states a relation (a causal or change word) only if it states one too: the claim's own relation
/// word (or a form of it), a change word the same way on the same axis near the claim's subject
/// ("cuts" and "a reduction"), or, for a claim that names a cause without a direction, any causal
/// or association word (how strong a relation it states is ``StrengthComparison``'s question). A
/// sentence that states none can still contradict or qualify the claim; it just cannot support it.
enum RelationStated {
    static func stated(
        claim: ClaimQuery, sentence: AnalyzedText, subjectAnchors: [Int], clauses: [Int], thresholds: ScoringThresholds
    ) -> Bool {
        let relations = claim.terms.filter(\.isRelationWord)
        guard !relations.isEmpty else { return true }
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

    /// Whether the sentence presents something as a means to an end ("used to", "helps",
    /// ``CueLexicon/purposeFrames``): with no relation stated, such a sentence makes the claim's
    /// subject a remedy or a tool, and the trained verifier may not read it as support
    /// (``VerdictPolicy/LearnedBound``).
    static func presentsAsMeans(_ sentence: AnalyzedText) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in CueLexicon.purposeFrames.contains { CueLexicon.matches($0, in: words, at: index) } }
    }
}
