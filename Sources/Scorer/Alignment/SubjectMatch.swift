/// Feature: is the sentence about the claim's own exposure and outcome, not just its topic?
///
/// "A vegetarian diet may lower the risk of kidney stones" and "a high-protein diet is associated
/// with a higher risk of kidney stones" share most of their words and move the risk opposite ways,
/// yet the second says nothing about vegetarian diets: opposite findings about different things
/// are no contradiction, and the same finding about a different thing is no support. The claim is
/// split at its relation word (``ClaimQuery/sides(of:isRelation:)``); a sentence decides only if it
/// covers enough of what acts (the exposure) *and* enough of what changes (the outcome), each side
/// weighted by IDF like ``TermCoverage``. A claim with no relation word in the middle has no sides,
/// and every relevant sentence matches it.
enum SubjectMatch {
    static func matches(present: StemSet, coverage: TermCoverage, thresholds: ScoringThresholds) -> Bool {
        for side in [ClaimQuery.Side.exposure, .outcome] {
            if let covered = coverage.coverage(present: present, side: side), covered < thresholds.sideCoverage {
                return false
            }
        }
        return true
    }
}
