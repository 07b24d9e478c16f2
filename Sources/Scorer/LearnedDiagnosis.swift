import FactCheckModel

/// For measuring why the product answers "not enough info" (issue #17, session 14): what the rules
/// and the trained verifier each made of a claim, before the rules' bounds and the verdict.
/// The benchmark writes it beside each prediction; the product never calls it.
package struct LearnedDiagnosis: Sendable {
    /// The best candidate's term coverage (the relevance gate compares it with `relevance`).
    package let bestCoverage: Double
    /// Per source read: the sentences the verifier read (verbatim, reading order), its label and
    /// label probabilities in ``AbstractLabel/modelOrder``, and its evidence sentences, best first.
    package struct Source: Sendable {
        package let sourceIndex: Int
        package let read: [String]
        package let label: String
        package let probabilities: [Double]
        package let evidence: [String]
    }
    package let sources: [Source]
}

extension ClaimScorer {
    /// The verifier's reading of every source as ``check(_:sources:)`` would ask for it when the
    /// rules step aside (no swap or other-event exclusions), and the best candidate's coverage.
    package func learnedDiagnosis(_ claim: Claim, sources: [SourceDocument]) -> LearnedDiagnosis {
        var claim = claim
        claim.strength = ClaimStrengthClassifier.shared.strength(of: claim.text)
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(claim, analyzer: analyzer)
        let index = SentenceIndex(sources: sources, analyzer: analyzer)
        let alignments = align(query, index: index)
        let readings = LearnedReading.readings(query, index: index, analyzer: analyzer, thresholds: thresholds, verifier: verifier)
        let read = readings.map { reading in
            LearnedDiagnosis.Source(
                sourceIndex: reading.sourceIndex,
                read: reading.read.map { index.sentences[$0].text },
                label: reading.label.rawValue, probabilities: reading.labelProbabilities,
                evidence: reading.quotes.map(\.text))
        }
        return LearnedDiagnosis(bestCoverage: alignments.first?.coverage ?? 0, sources: read)
    }
}
