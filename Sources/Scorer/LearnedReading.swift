import FactCheckModel

/// The trained ``AbstractVerifier`` reading each source like an abstract, for claims the rules
/// cannot decide.
///
/// The rules (``VerdictPolicy``) are precise but cautious: they decide on a sentence that covers the
/// claim's own words. Research findings are often worded differently ("lowered post-meal glucose"
/// for "reduces blood sugar"), and there the verifier, trained on SciFact, reads the source's
/// sentences as a whole. It speaks only when the rules found nothing relevant, so every finding the
/// rules explain (a moved bound, a dropped hedge, a negation) keeps its explanation.
struct LearnedReading {
    let label: AbstractLabel
    let probability: Double
    /// The evidence sentences, best first.
    let quotes: [SourceSentence]
    let sourceIndex: Int
    /// The contradiction cue ``ShortEvidenceGate`` named for the short-evidence model's CONTRADICT.
    var shortCue: String? = nil
    /// Whether the short-evidence model's answer stood (``ShortEvidenceGate``).
    var readByShortModel = false
    /// Every label's probability, in ``AbstractLabel/modelOrder`` (for measuring: ``LearnedDiagnosis``).
    var labelProbabilities: [Double] = []
    /// The sentences the verifier read, as positions in the scorer's index, in reading order.
    var read: [Int] = []

    /// The most sentences of one source the verifier reads: the best-ranked, in reading order.
    /// Abstracts have about ten; a long web page is cut to its most relevant part.
    static let sentencesPerSource = 24

    /// The verifier's reading of each source (or of `source` alone), in source order, NEI ones too.
    /// `unread`: ordinals of sentences it must not read (another thing in one of the claim's
    /// places, ``SubstitutedWord``: read "in other words", a swap looks like support).
    /// The sentences were analysed once by the scorer's index; the verifier reuses that analysis.
    static func readings(
        _ query: ClaimQuery, index: SentenceIndex, analyzer: TextAnalyzer, thresholds: ScoringThresholds,
        source only: Int? = nil, verifier: AbstractVerifier = AbstractVerifier(), excluding unread: Set<Int> = []
    ) -> [LearnedReading] {
        let ranked = index.rank(query.bm25Query(thresholds), k1: thresholds.k1, b: thresholds.b)
        var bySource: [Int: [Int]] = [:]
        var sourceSizes: [Int: Int] = [:]
        for sentence in index.sentences { sourceSizes[sentence.sourceIndex, default: 0] += 1 }
        for hit in ranked {
            let source = index.sentences[hit.sentence].sourceIndex
            if let only, source != only { continue }
            if unread.contains(index.sentences[hit.sentence].ordinal) { continue }
            if bySource[source, default: []].count < sentencesPerSource { bySource[source, default: []].append(hit.sentence) }
        }
        var readings: [LearnedReading] = []
        var coverage: TermCoverage?
        for source in bySource.keys.sorted() {
            let chosen = bySource[source]!.sorted()  // back to reading order: position is a feature
            let sentences = chosen.map { index.sentences[$0] }
            let reading = verifier.read(
                query, analysed: sentences, analyzer: analyzer, sourceSentenceCount: sourceSizes[source] ?? sentences.count)
            var judgement = verifier.judge(reading)
            var shortReason: String?
            if verifier.readsShort(reading), let top = judgement.sentenceProbabilities.indices.max(by: {
                (judgement.sentenceProbabilities[$0], -$0) < (judgement.sentenceProbabilities[$1], -$1)
            }) {
                coverage = coverage ?? TermCoverage(query: query, index: index, thresholds: thresholds)
                shortReason = ShortEvidenceGate.reason(
                    for: judgement.label, claim: query, top: reading.sentences[top], sentence: sentences[top],
                    coverage: coverage!, thresholds: thresholds)
                if shortReason == nil { judgement = verifier.judge(reading, shortModel: false) }
            }
            let position = AbstractLabel.modelOrder.firstIndex(of: judgement.label) ?? 0
            let quotes = judgement.evidence.sorted {
                judgement.sentenceProbabilities[$0] != judgement.sentenceProbabilities[$1]
                    ? judgement.sentenceProbabilities[$0] > judgement.sentenceProbabilities[$1] : $0 < $1
            }.map { sentences[$0] }
            readings.append(LearnedReading(
                label: judgement.label, probability: judgement.labelProbabilities[position], quotes: quotes,
                sourceIndex: source, shortCue: shortReason.flatMap { $0.isEmpty ? nil : $0 },
                readByShortModel: shortReason != nil, labelProbabilities: judgement.labelProbabilities, read: chosen))
        }
        return readings
    }

    /// The most confident non-NEI reading with evidence, or a `disputed` pair when two sources are
    /// read confidently in opposite directions.
    static func choose(
        _ all: [LearnedReading], thresholds: ScoringThresholds
    ) -> (best: LearnedReading, opposing: LearnedReading?)? {
        let readings = all.filter { $0.label != .notEnoughInfo && !$0.quotes.isEmpty }
        guard let best = readings.max(by: { ($0.probability, -$0.sourceIndex) < ($1.probability, -$1.sourceIndex) }) else {
            return nil
        }
        let opposing = readings.filter { $0.label != best.label && $0.probability >= thresholds.learnedDisputeProbability }
            .max(by: { ($0.probability, -$0.sourceIndex) < ($1.probability, -$1.sourceIndex) })
        return (best, best.probability >= thresholds.learnedDisputeProbability ? opposing : nil)
    }

    /// The verdict, confidence and reason this reading gives, in an editor's words.
    func decision(opposing: LearnedReading?) -> (Verdict, Double, String) {
        let confidence = (min(0.9, probability * 0.9) * 100).rounded() / 100
        if let opposing {
            return (.disputed, confidence, "the sources disagree: one's findings \(label == .support ? "support" : "contradict") this, another's \(opposing.label == .support ? "support" : "contradict") it")
        }
        switch label {
        case .support where readByShortModel:
            return (.supported, confidence, "the short source states this in other words, with nothing against it (read by the trained verifier for short sources)")
        case .support:
            return (.supported, confidence, "the source's findings support this, though in other words (read by the trained verifier)")
        case .contradict where readByShortModel:
            return (.contradicted, confidence, "the short source goes against this: \(shortCue ?? "it states the opposite") (read by the trained verifier for short sources)")
        case .contradict:
            return (.contradicted, confidence, "the source's findings go against this (read by the trained verifier)")
        case .notEnoughInfo:
            return (.unverified, confidence, "the sources read do not address this claim")
        }
    }

    var stance: Stance { label == .support ? .supports : .contradicts }
}
