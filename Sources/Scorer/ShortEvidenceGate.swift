import TextAnalysis

/// When the product lets the short-evidence label model's answer stand (issue #17), and why.
///
/// The short model (``ShortEvidenceModel``) was trained on FEVER, SNLI and SciFact made short, where
/// a pair with high overlap and no cue is often a contradiction (a swapped slot, another scene). On
/// an editor's one- or two-sentence source that shape is usually a finding about another subject,
/// another year or another group, and a wrong `contradicted` fails the editor's CI run. So in the
/// product its answer stands only when the rules can name the reason, read on its likeliest
/// evidence sentence; otherwise the abstract label model reads the pair, as before the short model:
/// - CONTRADICT needs an explicit contradiction cue the verifier's features name (the claim's
///   predicate negated, the opposite change, an antonym, a ratio against the claim, a null finding:
///   not a bare differing figure or year, which may date another event), the sentence about the
///   claim's own exposure (``SubjectMatch``, no ``RivalSubject``), and no compared groups that, read
///   the right way round, agree (``ComparedGroups``);
/// - SUPPORT needs no reason against: no such cue and no differing figure or year, the claim neither
///   negated nor speaking of "all" or "only" (``Generalisation/hasBlocker(_:)``: a narrower source
///   word does not state it), and the sentence about the claim's own exposure;
/// - NEI is no reason: the abstract label model reads the pair (the short model adds decisions it
///   can name, and takes none away).
enum ShortEvidenceGate {
    /// The named reason for a short-model answer that stands, or nil: read the pair with the
    /// abstract label model instead.
    static func reason(
        for label: AbstractLabel, claim query: ClaimQuery, top reading: SentenceReading, sentence: SourceSentence,
        coverage: TermCoverage, thresholds: ScoringThresholds
    ) -> String? {
        let analysis = sentence.analysis
        let cue = contradictionCue(query: query, reading: reading)
        switch label {
        case .notEnoughInfo:
            // Not a reason: the abstract model's answer stands, so the short model never takes a
            // decision away. Letting its NEI stand read SciFact made short better (cross-fitted
            // macro-F1 0.533 against 0.509) but took a search's short abstract's support away
            // (LiteratureSearchTests); Scorer README, "Session 10".
            return nil
        case .contradict:
            guard let cue, aboutTheExposure(query, sentence, coverage: coverage, thresholds: thresholds) else {
                return nil
            }
            if let groups = ComparedGroups.compare(claim: query, sentence: analysis, clauses: analysis.clauses(of: sentence.text)),
               !groups.opposite {
                return nil
            }
            return cue
        case .support:
            guard cue == nil, !reading.quantityConflicts,
                  YearAgreement.signal(claimYears: query.years, sentence: sentence.text) == nil,
                  !Generalisation.hasBlocker(query.analysis),
                  aboutTheExposure(query, sentence, coverage: coverage, thresholds: thresholds)
            else { return nil }
            return ""
        }
    }

    /// The contradiction the verifier's features name on one sentence, in an editor's words.
    static func contradictionCue(query: ClaimQuery, reading: SentenceReading) -> String? {
        if (query.negation != nil) != reading.negated { return "the source negates it" }
        if reading.reversal { return "the source reports the opposite change" }
        if reading.antonym { return "the source says the opposite in other words" }
        if reading.ratioReverses { return "the source's ratio goes the other way" }
        if reading.ratioNull { return "the source finds no difference" }
        return nil
    }

    static func aboutTheExposure(
        _ query: ClaimQuery, _ sentence: SourceSentence, coverage: TermCoverage, thresholds: ScoringThresholds
    ) -> Bool {
        let analysis = sentence.analysis
        guard !RivalSubject.named(claim: query, sentence: analysis) else { return false }
        let broader = Generalisation.broaderStems(in: analysis, query: query, coverage: coverage, thresholds: thresholds)
        return SubjectMatch.matches(present: sentence.contentSet, broader: broader, coverage: coverage, thresholds: thresholds)
    }
}
