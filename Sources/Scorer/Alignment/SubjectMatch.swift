/// Feature: is the sentence about the claim's own exposure, not just its topic?
///
/// "A vegetarian diet may lower the risk of kidney stones" and "a high-protein diet is associated
/// with a higher risk of kidney stones" share most of their words and move the risk opposite ways,
/// yet the second says nothing about vegetarian diets: opposite findings about different things
/// are no contradiction, and the same finding about a different thing is no support. The claim is
/// split at its relation word (``ClaimQuery/sides(of:isRelation:phraseVerb:populationBefore:)``); a
/// sentence decides only if it covers enough of what acts (the exposure), weighted by IDF like
/// ``TermCoverage``, so a common word ("diet") counts less than the one that names this exposure
/// ("vegetarian"). The outcome side is not checked: papers name outcomes in their own words
/// ("cardiovascular disorders" for "heart disease") far more often than they study another one,
/// and checking it too cost 0.007 tuning macro-F1 (README, "Judgement"). A claim with no relation
/// word between two subject words has no sides, and every relevant sentence matches it.
enum SubjectMatch {
    static func matches(
        present: StemSet, broader: Set<String> = [], coverage: TermCoverage, thresholds: ScoringThresholds
    ) -> Bool {
        guard let covered = coverage.coverage(present: present, side: .exposure, broader: broader) else { return true }
        return covered >= thresholds.sideCoverage
    }
}
