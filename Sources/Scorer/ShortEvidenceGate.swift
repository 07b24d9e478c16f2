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
///   claim's own exposure (``SubjectMatch``, no ``RivalSubject``) and naming the claim's outcome,
///   every word of it (``namesTheOutcome``), and no compared groups that, read
///   the right way round, agree (``ComparedGroups``);
/// - SUPPORT needs no reason against: no such cue and no differing figure or year, the claim neither
///   negated nor speaking of "all" or "only" (``Generalisation/hasBlocker(_:)``: a narrower source
///   word does not state it), the sentence about the claim's own exposure, naming every word of its
///   outcome, and not moving that outcome the other way (``OutcomeDirection``);
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
        let cue = contradictionCue(query: query, reading: reading) ?? nullFindingCue(query: query, sentence: analysis)
        switch label {
        case .notEnoughInfo:
            // Not a reason: the abstract model's answer stands, so the short model never takes a
            // decision away. Letting its NEI stand read SciFact made short better (cross-fitted
            // macro-F1 0.533 against 0.509) but took a search's short abstract's support away
            // (LiteratureSearchTests); Scorer README, "Session 10".
            return nil
        case .contradict:
            // A cue read in the source (its negation, its null finding) must be about the claim's
            // outcome even where the rules cannot split the claim (``UnsplitOutcome``).
            let readInTheSource = (reading.negated && query.negation == nil) || cue == nullFindingReason
            guard let cue, aboutTheExposure(query, sentence, coverage: coverage, thresholds: thresholds),
                  namesTheOutcome(query, sentence, reading, coverage: coverage, thresholds: thresholds, unsplit: readInTheSource),
                  !negationMissesTheOutcome(query, reading, analysis, clauses: analysis.clauses(of: sentence.text), thresholds: thresholds)
            else {
                return nil
            }
            if let groups = ComparedGroups.compare(claim: query, sentence: analysis, clauses: analysis.clauses(of: sentence.text)),
               !groups.opposite {
                return nil
            }
            return cue
        case .support:
            guard cue == nil, !reading.quantityConflicts,
                  YearAgreement.signal(claimYears: query.years, sentenceYears: sentence.years) == nil,
                  !Generalisation.hasBlocker(query.analysis),
                  aboutTheExposure(query, sentence, coverage: coverage, thresholds: thresholds),
                  namesTheOutcome(query, sentence, reading, coverage: coverage, thresholds: thresholds, unsplit: false),
                  OutcomeDirection.compare(
                      claim: query, sentence: analysis, clauses: analysis.clauses(of: sentence.text),
                      window: thresholds.cueWindow
                  )?.opposite != true
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
        if reading.ratioNull { return nullFindingReason }
        return nil
    }

    /// A finding of no difference in words ("died at the same rate", ``Lexicon/nullFindingPhrases``)
    /// against a claim that states a change: neither negated nor itself a null finding.
    static func nullFindingCue(query: ClaimQuery, sentence: AnalyzedText) -> String? {
        guard query.negation == nil, !statesNoDifference(query.analysis), statesNoDifference(sentence) else { return nil }
        return nullFindingReason
    }

    static let nullFindingReason = "the source finds no difference"

    static func statesNoDifference(_ text: AnalyzedText) -> Bool {
        (0..<text.count).contains { index in CueLexicon.nullFindings.contains { CueLexicon.matches($0, in: text.words, at: index) } }
    }

    /// Whether the sentence names what the claim says changes (its outcome side, ``ClaimQuery/Side``),
    /// every word of it but generic nouns such as "risk" (``CueLexicon/genericResearchNounStems``), so a cue or a paraphrase is about the claim's own finding: "Meditation did
    /// not lower anxiety" negates nothing of "Meditation lowers blood pressure", "Yoga worsened neck
    /// pain" states nothing of "back pain". A claim with no outcome side ("Vaccination rates fell")
    /// needs every word of what it speaks of ("sites" is not "rates"). A claim the rules cannot split
    /// (no relation word they know: "Zinc shortens colds"), against a cue read in the source
    /// (`unsplit`: its negation or null finding), needs the words after its verb (``UnsplitOutcome``:
    /// "colds"; "Zinc lozenges are not recommended for children" does not name them), a word WordNet
    /// derives from one of their senses counting ("did not live longer" names "life"); against an
    /// antonym, or where no verb is found, every word but the one the antonym opposes. Asking for the
    /// outcome after a found verb on every short-model answer, not only these, lost correct ones on
    /// SciFact made short (Scorer README, "Session 11").
    static func namesTheOutcome(
        _ query: ClaimQuery, _ sentence: SourceSentence, _ reading: SentenceReading, coverage: TermCoverage, thresholds: ScoringThresholds,
        unsplit: Bool
    ) -> Bool {
        let analysis = sentence.analysis
        let broader = Generalisation.broaderStems(in: analysis, query: query, coverage: coverage, thresholds: thresholds)
        let present = sentence.contentSet
        if let every = coverage.coversEvery(
            present: present, sides: [.outcome], broader: broader, excused: CueLexicon.genericResearchNounStems
        ) { return every }
        if let every = coverage.coversEvery(present: present, sides: [.exposure], broader: broader) { return every }
        // Unsplit: what comes before a relation word with nothing after it changes ("Vaccination
        // rates fell in 2021"); with an antonym as the cue, every word but the one it opposes.
        if let relation = query.terms.firstIndex(where: \.isRelationWord) {
            let before = Set(query.terms[..<relation].map(\.stem))
            return coverage.coversEvery(present: present, broader: broader) { before.contains($0.stem) } ?? true
        }
        // Unsplit at a verb the rules do not know ("Zinc shortens colds"): the words after it.
        if unsplit, let outcome = UnsplitOutcome.words(of: query) {
            let wanted = Set(outcome.map(\.term.stem))
            let named = present.union(UnsplitOutcome.namedThroughSenses(outcome, in: analysis))
            return coverage.coversEvery(present: named, broader: broader, excused: CueLexicon.genericResearchNounStems) {
                wanted.contains($0.stem)
            } ?? true
        }
        if reading.antonym {
            let stems = Set(analysis.stems)
            return coverage.coversEvery(present: present, broader: broader) { !$0.opposites.contains(where: stems.contains) } ?? true
        }
        return true
    }

    /// A source's negation read as the cue must sit in the clause that names the claim's outcome,
    /// near it ("Yoga did not reduce depression scores, but back pain fell" negates depression, not
    /// back pain). Where the outcome is named only in other words (no anchor), not checked.
    static func negationMissesTheOutcome(
        _ query: ClaimQuery, _ reading: SentenceReading, _ analysis: AnalyzedText, clauses: [Int], thresholds: ScoringThresholds
    ) -> Bool {
        guard reading.negated, query.negation == nil else { return false }
        let anchors = OutcomeDirection.anchors(of: query, in: analysis)
        guard !anchors.isEmpty else { return false }
        return Polarity.negations(in: analysis, near: anchors, window: thresholds.cueWindow, clauses: clauses).isEmpty
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
