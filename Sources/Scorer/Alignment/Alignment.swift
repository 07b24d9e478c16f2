import FactCheckModel
import TextAnalysis

/// The claim set against one candidate sentence: every feature's finding, kept so the verdict and
/// its reason can be read straight off it.
struct Alignment {
    let sentence: SourceSentence
    /// The BM25 score that made the sentence a candidate (a tie-break only; coverage decides).
    let retrievalScore: Double
    /// Share of the claim's subject the sentence covers, in [0, 1] (``TermCoverage``).
    let coverage: Double
    let quantities: QuantityAgreement.Outcome
    /// The first contradiction found: numbers, then negation, then direction.
    let contradiction: Signal?
    /// The first overstatement found: a changed bound, then a stronger relation (association told as
    /// a cause), then a dropped hedge, then scope.
    let overstatement: Signal?
    /// Set when the claim states a weaker relation than the sentence (``StrengthComparison``): a note
    /// for the reason, never a finding against the claim.
    var downplayed: String? = nil
    /// Whether the sentence speaks of the claim's exposure and outcome (``SubjectMatch``), and names
    /// no rival kind of it (``RivalSubject``). When it does not, it is about another subject: it
    /// neither backs nor refutes nor qualifies the claim.
    var subjectsMatch = true
    /// Whether the sentence states the claim's relation (``RelationStated``): without it, a sentence
    /// that shares the claim's words is on its topic but cannot support it.
    var relationStated = true
    /// Whether the sentence names another kind of the claim's exposure in its place (``RivalSubject``).
    var namesRivalSubject = false
    /// Whether the sentence presents something as a means ("used to", "helps": ``RelationStated/presentsAsMeans(_:)``).
    var presentsAsMeans = false
    /// Whether the sentence voices a worry with a causal verb's idiom ("raises concerns about":
    /// ``RelationStated/voicesConcern(_:)``).
    var voicesConcern = false
    /// Whether the sentence's only other years date another event of the claim's thing
    /// (``YearAgreement/Finding/anotherEvent``): it then neither refutes nor states the claim.
    var datesAnotherEvent = false
    /// The other thing the sentence names in the one place where it lacks a claim word ("rats" for
    /// "mice", ``SubstitutedWord``): it then neither states nor qualifies the claim. Read only for
    /// a sentence that would otherwise state or qualify it (WordNet is slow); ``ClaimScorer`` asks
    /// the sentences nearest the best itself before the trained verifier reads.
    var substitution: SubstitutedWord.Finding? = nil
    /// The sentence's words that name a kind of a claim word (``Generalisation``), kept for that.
    var broader: Set<String> = []
    /// Whether the sentence names any word of the claim's exposure as coverage credits it (true for
    /// a claim without sides): when no candidate does, the sources never name the claim's subject
    /// (``VerdictPolicy/LearnedBound/subjectUnnamed``).
    var namesExposure = true

    var sourceIndex: Int { sentence.sourceIndex }

    /// The sentence's stance toward the claim. Below `relevance` a sentence is at most `mentions`:
    /// a "not" in a sentence about something else is not evidence against the claim.
    func stance(_ thresholds: ScoringThresholds) -> Stance {
        guard coverage >= thresholds.relevance, subjectsMatch else { return .mentions }
        if contradiction != nil { return .contradicts }
        // A finding about another thing in one of the claim's places ("in rats" for "in mice"):
        // only a negation or an opposite change still counts (another year or figure beside a
        // swapped name is that thing's, and was dropped in ``align``). A sentence that dates another event of the
        // claim's thing ("closed for repairs in 1975") does not state the claim's either.
        guard substitution == nil, !datesAnotherEvent else { return .mentions }
        if overstatement != nil { return .qualifies }
        if coverage >= thresholds.support, statesTheNumbers, relationStated { return .supports }
        return .mentions
    }

    /// False when the claim has numbers and the sentence has none of them: it cannot state the claim.
    var statesTheNumbers: Bool {
        switch quantities {
        case .missing: false
        case .notApplicable, .agree, .close, .overstated, .conflict: true
        }
    }

    /// Runs every feature. Coverage first: a sentence below ``ScoringThresholds/relevance`` does not
    /// address the claim, so it can neither contradict nor qualify it, and the costlier features
    /// (number parsing, hedge lexicon) are skipped for it. Never run on all sentences, only candidates.
    static func align(
        _ query: ClaimQuery, with sentence: SourceSentence, retrievalScore: Double, coverage: TermCoverage,
        thresholds: ScoringThresholds
    ) -> Alignment {
        let analysis = sentence.analysis
        let broader = Generalisation.broaderStems(in: analysis, query: query, coverage: coverage, thresholds: thresholds)
        let covered = coverage.coverage(present: sentence.contentSet, broader: broader)
        let namesExposure = (coverage.coverage(present: sentence.contentSet, side: .exposure, broader: broader) ?? 1) > 0
        guard covered >= thresholds.relevance else {
            return Alignment(
                sentence: sentence, retrievalScore: retrievalScore, coverage: covered, quantities: .notApplicable,
                contradiction: nil, overstatement: nil, broader: broader, namesExposure: namesExposure)
        }
        let anchors = query.anchorPositions(in: analysis)
        // Direction is judged around the *subject* words: the sentence's own change word would
        // otherwise be its own nearest anchor.
        let subjectAnchors = anchors.filter { !query.relationStems.contains(analysis.stemIDs[$0]) }
        let clauses = analysis.clauses(of: sentence.text)

        var sourceQuantities: [Quantity] = []
        if !query.quantities.isEmpty {
            sourceQuantities = sentence.comparableQuantities
        }
        let quantities = QuantityAgreement.compare(claim: query.quantities, sentence: sourceQuantities, thresholds: thresholds)

        var contradiction: Signal?
        if case .conflict(let reason) = quantities {
            contradiction = Signal(kind: .numberConflict, reason: reason)
        }
        var datesAnotherEvent = false
        if contradiction == nil {
            switch YearAgreement.finding(claim: query, sentence: sentence) {
            case .conflict(let signal): contradiction = signal
            case .anotherEvent: datesAnotherEvent = true
            case nil: break
            }
        }
        // Another year or figure of another named thing ("opened in 1951 in York" for "... in 1932
        // in Leeds") dates or measures that thing, not the claim's: the swap is read first, and the
        // sentence then neither refutes nor states the claim. A swap of common nouns ("trial" for
        // "study") keeps the contradiction and is named in its reason
        // (``SubstitutedWord/takesAFigureAway(_:)``).
        var substitution: SubstitutedWord.Finding?
        var swapRead = false
        if thresholds.substitutedWord, let found = contradiction {
            swapRead = true
            if let swap = SubstitutedWord.find(claim: query, sentence: sentence, coverage: coverage, broader: broader) {
                if SubstitutedWord.takesAFigureAway(swap) {
                    substitution = swap
                    contradiction = nil
                } else {
                    contradiction = Signal(kind: found.kind, reason: "\(found.reason); \(swap.reason)")
                }
            }
        }
        contradiction = contradiction
            ?? Polarity.signal(
                claim: query, sentence: analysis, anchors: anchors, clauses: clauses, coverage: covered, thresholds: thresholds)
            ?? Direction.signal(
                claim: query, sentence: analysis, subjectAnchors: subjectAnchors, clauses: clauses, thresholds: thresholds)

        var overstatement: Signal?
        if case .overstated(let reason) = quantities {
            overstatement = Signal(kind: .boundChanged, reason: reason)
        }
        let strength = StrengthComparison.compare(
            claim: query.strength, claimText: query.analysis,
            source: ClaimStrengthClassifier.shared.strength(of: analysis), sourceText: analysis)
        var downplayed: String?
        switch strength {
        case .overstated(let signal): overstatement = overstatement ?? signal
        case .downplayed(let note): downplayed = note
        case .same: break
        }
        overstatement = overstatement
            ?? Hedging.signal(claim: query, sentence: sentence, anchors: anchors, clauses: clauses)
            ?? Scope.signal(claim: query, sentence: analysis)
            ?? PartialEffect.signal(claim: query, sentence: sentence)

        // A sentence naming a rival kind of the exposure ("black tea" for "green tea") is about
        // another subject however much of the exposure it covers: it decides nothing for the rules,
        // and the verifier's bound reads the same flag (``VerdictPolicy/LearnedBound``).
        let namesRival = RivalSubject.named(claim: query, sentence: analysis)
        let subjectsMatch = !namesRival
            && SubjectMatch.matches(present: sentence.contentSet, broader: broader, coverage: coverage, thresholds: thresholds)
        var alignment = Alignment(
            sentence: sentence, retrievalScore: retrievalScore, coverage: covered,
            quantities: quantities, contradiction: contradiction, overstatement: overstatement, downplayed: downplayed,
            subjectsMatch: subjectsMatch,
            relationStated: RelationStated.stated(
                claim: query, sentence: analysis, subjectAnchors: subjectAnchors, clauses: clauses, thresholds: thresholds),
            namesRivalSubject: namesRival,
            presentsAsMeans: RelationStated.presentsAsMeans(analysis), voicesConcern: RelationStated.voicesConcern(analysis),
            datesAnotherEvent: datesAnotherEvent, broader: broader,
            namesExposure: namesExposure)
        // WordNet is read only where a swap could change the sentence's stance: a cue that
        // contradicts on its own decides first, and a mere mention stays one.
        alignment.substitution = substitution
        if thresholds.substitutedWord, !swapRead, [.supports, .qualifies].contains(alignment.stance(thresholds)) {
            alignment.substitution = SubstitutedWord.find(claim: query, sentence: sentence, coverage: coverage, broader: broader)
        }
        return alignment
    }

    /// Best first: coverage, then retrieval score, then reading order.
    static func isBetter(_ lhs: Alignment, than rhs: Alignment) -> Bool {
        if lhs.coverage != rhs.coverage { return lhs.coverage > rhs.coverage }
        if lhs.retrievalScore != rhs.retrievalScore { return lhs.retrievalScore > rhs.retrievalScore }
        return lhs.sentence.ordinal < rhs.sentence.ordinal
    }
}
