/// When the trained verifier may call a claim of no effect contradicted (issue #17).
///
/// A claim that denies an effect ("X does not reduce Y", "X has no effect on Y") is contradicted
/// only by a source that states the effect. The verifier's features read "the claim is negated and
/// the likeliest evidence is not" as a contradiction, which is right against "X reduced Y by 30%"
/// and wrong against a methods sentence ("men were randomised to aspirin or a dummy pill") or a
/// finding of no difference told without a negation ("grades were similar in both groups"): both
/// agree with, or say nothing about, a claim of no effect. So its CONTRADICT of a negated claim
/// stands only when one of its evidence sentences states the claim's relation (``RelationStated``)
/// with no negation near the claim's words (``Polarity``) and no finding of no difference
/// (``ShortEvidenceGate/statesNoDifference(_:)``): the same "the source states it" the rules ask
/// of such a sentence (``Polarity/signal(claim:sentence:anchors:clauses:coverage:relationStated:thresholds:)``).
/// A claim with no relation word ("The film is not a comedy") is left to the verifier.
enum DeniedClaimGate {
    /// Whether `reading` may stand as it is: anything but a CONTRADICT of a negated claim that no
    /// evidence sentence states.
    static func allows(_ reading: LearnedReading, claim query: ClaimQuery, thresholds: ScoringThresholds) -> Bool {
        guard reading.label == .contradict, query.negation != nil else { return true }
        return reading.quotes.contains { statesTheRelation($0, claim: query, thresholds: thresholds) }
    }

    /// Whether the sentence states what the negated claim denies: its relation, un-negated, and no
    /// finding of no difference.
    static func statesTheRelation(_ sentence: SourceSentence, claim query: ClaimQuery, thresholds: ScoringThresholds) -> Bool {
        let analysis = sentence.analysis
        let anchors = query.anchorPositions(in: analysis)
        let subjectAnchors = anchors.filter { !query.relationStems.contains(analysis.stemIDs[$0]) }
        let clauses = analysis.clauses(of: sentence.text)
        guard RelationStated.stated(
            claim: query, sentence: analysis, subjectAnchors: subjectAnchors, clauses: clauses, thresholds: thresholds)
        else { return false }
        return Polarity.negations(in: analysis, near: anchors, window: thresholds.cueWindow, clauses: clauses, claim: query).isEmpty
            && !ShortEvidenceGate.statesNoDifference(analysis)
    }
}
