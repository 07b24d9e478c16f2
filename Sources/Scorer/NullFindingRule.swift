import TextAnalysis

/// A source that finds no change in the claim's outcome goes against a claim that the outcome
/// changes, whatever else the source says around it (issue #17; the review of session 15).
///
/// General English: "X did not differ between the groups", "X did not fall", "no significant
/// difference in X" deny "A reduces X" when the study is about A. The short path keeps this by
/// ``ShortEvidenceGate`` only when the null sentence names the claim's exposure; otherwise, and on a
/// longer source always, the trained models decide alone, and with background and methods sentences
/// around the finding they read the claim's own words in the null sentence as support (three- and
/// four-sentence sources went `contradicted` -> `supported`; "between the groups" with the exposure
/// in the methods sentence, even at two). So the rule decides before the learned reading's label,
/// at any length, as the rules decide before the verifier everywhere else.
///
/// The null sentence must name the claim's outcome (``ShortEvidenceGate/namesTheOutcome``), its
/// negation must sit on that outcome, it must name no rival subject, and its compared groups must
/// not agree with the claim read the right way round; the claim's exposure must be named in it or in
/// another sentence of the same source (an abstract names the exposure in its methods and says
/// "between the groups" in its finding). A claim that is itself negated or a null finding is
/// left to the models.
enum NullFindingRule {
    /// Positions (into `sentences`) of the null findings that go against the claim, in reading order;
    /// empty when there are none or the rule does not apply.
    static func findings(
        _ query: ClaimQuery, sentences: [SourceSentence], readings: [SentenceReading], coverage: TermCoverage,
        thresholds: ScoringThresholds
    ) -> [Int] {
        guard query.negation == nil, !ShortEvidenceGate.statesNoDifference(query.analysis),
              sentences.contains(where: { ShortEvidenceGate.aboutTheExposure(query, $0, coverage: coverage, thresholds: thresholds) })
        else { return [] }
        return sentences.indices.filter { position in
            let sentence = sentences[position]
            let reading = readings[position]
            let analysis = sentence.analysis
            let null = reading.ratioNull || reading.negated || ShortEvidenceGate.statesNoDifference(analysis)
            guard null, !reading.sameDirection, !reading.ratioAgrees, !RivalSubject.named(claim: query, sentence: analysis),
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
}
