import Foundation
import TextAnalysis

/// A source that finds no difference in the claim's outcome goes against a claim that the outcome
/// changes, whatever else the source says around it (issue #17).
///
/// General English and general statistics: "X did not differ between the groups", "X fell at the
/// same rate in both", a ratio whose confidence interval holds 1 ("HR 0.97, 95% CI 0.81 to 1.16") or
/// a difference whose interval holds 0 ("mean difference −0.4, 95% CI −1.2 to 0.5") deny "A reduces
/// X" when the study is about A. An abstract names the exposure in its methods and says "between the
/// groups" in its finding, and there the trained models read the claim's own words in the null
/// sentence as support, so the rule decides before their label.
///
/// The null sentence states no difference by a phrase of ``Lexicon/nullFindingPhrases`` or by an
/// interval, never by a bare negation: session 16's rule also read "a negation near the outcome" as a
/// null finding, and on SciFact that shape is as often no finding or support (100 decisions, 15
/// right; Scorer README, "Session 16"). It must name the claim's outcome
/// (``ShortEvidenceGate/namesTheOutcome``), with any negation on that outcome, no rival subject, no
/// change the claim's way and no ratio with it, and no compared groups that agree with the claim read
/// the right way round; the claim's exposure must be named in the source. A claim that is itself
/// negated or a null finding is left to the models (the null finding supports it).
enum NullFindingRule {
    /// Positions (into `sentences`) of the null findings that go against the claim, in reading order;
    /// empty when there are none or the rule does not apply.
    static func findings(
        _ query: ClaimQuery, sentences: [SourceSentence], readings: [SentenceReading], coverage: () -> TermCoverage,
        thresholds: ScoringThresholds
    ) -> [Int] {
        guard query.negation == nil, !ShortEvidenceGate.statesNoDifference(query.analysis) else { return [] }
        let candidates = sentences.indices.filter { position in
            let analysis = sentences[position].analysis
            return readings[position].ratioNull || ShortEvidenceGate.statesNoDifference(analysis)
                || EffectSize.differenceHoldsZero(in: analysis, raw: sentences[position].text)
        }
        guard !candidates.isEmpty else { return [] }
        let coverage = coverage()
        guard sentences.contains(where: { ShortEvidenceGate.aboutTheExposure(query, $0, coverage: coverage, thresholds: thresholds) })
        else { return [] }
        return candidates.filter { position in
            let sentence = sentences[position]
            let reading = readings[position]
            let analysis = sentence.analysis
            guard !reading.sameDirection, !reading.ratioAgrees, !RivalSubject.named(claim: query, sentence: analysis),
                  ShortEvidenceGate.namesTheOutcome(query, sentence, reading, coverage: coverage, thresholds: thresholds, unsplit: true)
            else { return false }
            let clauses = analysis.clauses(of: sentence.text)
            if ShortEvidenceGate.negationMissesTheOutcome(query, reading, analysis, clauses: clauses, thresholds: thresholds) {
                return false
            }
            if let groups = ComparedGroups.compare(claim: query, sentence: analysis, clauses: clauses), !groups.opposite {
                return false
            }
            return true
        }
    }

    // MEASURING ONLY (not to be committed): FACTCHECK_NULLFIND = off | support | all (default).
    static let mode = ProcessInfo.processInfo.environment["FACTCHECK_NULLFIND"] ?? "all"
}
