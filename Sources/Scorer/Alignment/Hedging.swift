import TextAnalysis

/// Feature: did the article drop the source's hedge?
///
/// The source says "may reduce", "appears to", "could"; the article states it as fact. An
/// overstatement, not a contradiction: the source points the same way, less firmly. (An association
/// told as a cause is the other way of dropping caution; ``StrengthComparison`` reads that from both
/// sentences' claim strength.)
enum Hedging {
    /// Hedge phrases that report an association (``Lexicon/associationHedges``):
    /// ``StrengthComparison`` judges those, not this rule.
    static let associationHedges: Set<String> = Set(Lexicon.associationHedges)

    /// An overstatement when the source hedges and the claim does not. An attribution verb
    /// ("results suggest that", "concludes a study") is no hedge on either side: it credits the
    /// finding to its authors without weakening it. A hedge softens its own clause only: in "nurses
    /// might miss visits, but home visits cut readmissions" the finding is stated plainly, so only
    /// hedges in the clauses that carry the claim count (``ClaimClauses``).
    static func signal(claim: ClaimQuery, sentence: SourceSentence, anchors: [Int], clauses: [Int]) -> Signal? {
        guard claim.hedges.allSatisfy(RelationCues.attributionVerbs.contains) else { return nil }
        let analysis = sentence.analysis
        let carrying = ClaimClauses(text: analysis, anchors: anchors, clauses: clauses, claim: claim)
        let hedges = HedgeLexicon.hedgePositions(in: analysis.words).filter {
            carrying.carries($0.position) && !associationHedges.contains($0.phrase)
                && !RelationCues.attributionVerbs.contains($0.phrase)
        }
        guard let hedge = hedges.first?.phrase else { return nil }
        return Signal(kind: .hedgeDropped, reason: "source hedges ('\(hedge)'); the article states it as fact")
    }
}
