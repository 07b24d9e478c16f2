import FactCheckModel

/// Decides one verdict per claim from the sources gathered for it, with the quotes that justify it.
///
/// Deterministic and explainable: retrieval is BM25 over the sources' sentences, alignment is a
/// handful of named features (``TermCoverage``, ``QuantityAgreement``, ``Polarity``, ``Direction``,
/// ``StrengthComparison``, ``Hedging``, ``Scope``), and ``VerdictPolicy`` reads the verdict off them
/// with thresholds kept in ``ScoringThresholds``. Same input, same output: every sort has an explicit tie-break.
public struct ClaimScorer: Sendable {
    let thresholds: ScoringThresholds
    let verifier: AbstractVerifier

    public init() {
        self.init(thresholds: .product)
    }

    /// For tuning and tests: the same scorer with other thresholds.
    init(thresholds: ScoringThresholds) {
        self.thresholds = thresholds
        verifier = AbstractVerifier()
    }

    /// For measuring: the same scorer with a verifier trained on part of the tuning data, so the
    /// benchmark can judge the rest of it with weights that never saw it (cross-fitting).
    package init(verifierWeights: VerifierWeights) {
        thresholds = .product
        verifier = AbstractVerifier(weights: verifierWeights)
    }

    /// `sources`: every source document gathered for this claim (some may be unavailable).
    public func check(_ claim: Claim, sources: [SourceDocument]) -> ClaimCheck {
        var claim = claim
        claim.strength = ClaimStrengthClassifier.shared.strength(of: claim.text)
        let summaries = sources.map(SourceSummary.init)
        func result(_ decision: VerdictPolicy.Decision, evidence: [Evidence] = []) -> ClaimCheck {
            ClaimCheck(
                claim: claim, sources: summaries, verdict: decision.verdict, confidence: decision.confidence,
                reason: decision.reason, evidence: evidence)
        }
        guard !sources.isEmpty else { return result(VerdictPolicy.noSources(for: claim)) }
        guard sources.contains(where: \.isAvailable) else { return result(VerdictPolicy.allUnavailable(sources)) }

        // One analyzer for the whole check: claim and sources share its word memo and stem ids.
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(claim, analyzer: analyzer)
        let index = SentenceIndex(sources: sources, analyzer: analyzer)
        let alignments = align(query, index: index)
        var decision = VerdictPolicy(thresholds: thresholds).decide(claim: claim, alignments: alignments, sources: sources)
        if decision.learnedBound == .subjectUnnamed {
            decision = decision.with(reason: VerdictPolicy.LearnedBound.subjectUnnamedReason(query))
        }
        if decision.verdict == .unverified, decision.learnedMayDecide {
            let swaps = substitutions(query, alignments: alignments, index: index)
            // A sentence that dates the opposite event of the claim's thing ("closed in 1990" for
            // "opened in 1921") is about that event: read "in other words", it looks like support.
            let otherEvents = alignments.filter(\.datesAnotherEvent).map(\.sentence.ordinal)
            if let learned = LearnedReading.choose(
                LearnedReading.readings(
                    query, index: index, analyzer: analyzer, thresholds: thresholds, verifier: verifier,
                    excluding: Set(swaps.map(\.ordinal) + otherEvents)
                ).filter { decision.learnedBound.allows($0.label) },
                thresholds: thresholds)
            {
                return learnedResult(claim, learned.best, opposing: learned.opposing, sources: sources, summaries: summaries)
            }
            // The closest sentence names another thing in one of the claim's places: say which.
            if let first = swaps.first, first.ordinal == alignments.first?.sentence.ordinal {
                decision = decision.with(reason: first.finding.reason)
            }
        }
        // A finding the rules decided on is quoted first; the verifier's evidence sentences from the
        // same source (where the abstract states the finding, often in other words) come next.
        var learnedQuotes: [SourceSentence] = []
        if [.supported, .contradicted, .overstated].contains(decision.verdict), let deciding = decision.quotes.first {
            learnedQuotes = LearnedReading.readings(
                query, index: index, analyzer: analyzer, thresholds: thresholds, source: deciding.sourceIndex,
                verifier: verifier
            ).first?.quotes ?? []
        }
        let evidence = EvidenceBuilder.evidence(
            for: decision, alignments: alignments, sources: sources, thresholds: thresholds, learned: learnedQuotes)
        return result(decision, evidence: evidence)
    }

    /// A verdict from the trained verifier, quoting its evidence sentences (and the opposing
    /// source's, for a dispute).
    func learnedResult(
        _ claim: Claim, _ reading: LearnedReading, opposing: LearnedReading?, sources: [SourceDocument],
        summaries: [SourceSummary]
    ) -> ClaimCheck {
        let (verdict, confidence, reason) = reading.decision(opposing: opposing)
        var evidence: [Evidence] = []
        var seen: Set<String> = []
        let quoted = reading.quotes.map { ($0, reading.stance, reading.probability) }
            + (opposing?.quotes.prefix(1).map { ($0, opposing!.stance, opposing!.probability) } ?? [])
        for (sentence, stance, probability) in quoted where evidence.count < thresholds.maximumQuotes {
            guard seen.insert(sentence.text).inserted else { continue }
            let source = sources[sentence.sourceIndex]
            let url = EvidenceBuilder.url(of: source)
            evidence.append(Evidence(
                url: url, title: source.title, quote: sentence.text, stance: stance,
                score: (probability * 1000).rounded() / 1000,
                fragmentURL: TextFragment.url(url, quoting: sentence.text, thresholds: thresholds),
                strength: ClaimStrengthClassifier.shared.strength(of: sentence.analysis)))
        }
        return ClaimCheck(
            claim: claim, sources: summaries, verdict: verdict, confidence: confidence, reason: reason, evidence: evidence)
    }

    /// The sentences about as close to the claim as the best (``ScoringThresholds/nearBest``),
    /// relevant or not, that name another thing in one of its places (``SubstitutedWord``), best
    /// first: the trained verifier does not read them. Asked only when the rules stepped aside, of
    /// these few sentences: WordNet is slow.
    func substitutions(
        _ query: ClaimQuery, alignments: [Alignment], index: SentenceIndex
    ) -> [(ordinal: Int, finding: SubstitutedWord.Finding)] {
        guard thresholds.substitutedWord, let best = alignments.first else { return [] }
        let coverage = TermCoverage(query: query, index: index, thresholds: thresholds)
        return alignments.prefix { $0.coverage >= best.coverage - thresholds.nearBest }.compactMap { alignment in
            let finding = alignment.substitution
                ?? SubstitutedWord.find(claim: query, sentence: alignment.sentence, coverage: coverage, broader: alignment.broader)
            return finding.map { (alignment.sentence.ordinal, $0) }
        }
    }

    /// Retrieves the candidate sentences and aligns each with the claim; best first.
    func align(_ query: ClaimQuery, index: SentenceIndex) -> [Alignment] {
        let ranked = index.rank(query.bm25Query(thresholds), k1: thresholds.k1, b: thresholds.b)
        // The best overall, plus each source's best few (so a second source is always heard).
        var chosen: [(sentence: Int, score: Double)] = []
        var taken: Set<Int> = []
        var perSource: [Int: Int] = [:]
        for (position, hit) in ranked.enumerated() {
            let source = index.sentences[hit.sentence].sourceIndex
            let fromSource = perSource[source, default: 0]
            if position < thresholds.candidatesOverall || fromSource < thresholds.candidatesPerSource {
                if taken.insert(hit.sentence).inserted { chosen.append(hit) }
            }
            perSource[source] = fromSource + 1
        }
        let coverage = TermCoverage(query: query, index: index, thresholds: thresholds)
        return chosen.map { hit in
            Alignment.align(
                query, with: index.sentences[hit.sentence], retrievalScore: hit.score, coverage: coverage,
                thresholds: thresholds)
        }.sorted { Alignment.isBetter($0, than: $1) }
    }
}
