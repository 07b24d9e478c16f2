/// The verifier's models for a source of a sentence or two (session 15): the sentence model, label
/// model (logistic layer and stumps), label offsets and evidence cut-offs as they were before the
/// boosted trees, trained by the same trainer in the same run as the trees' models.
///
/// Why a second set: the trees (``VerifierWeights/sentenceTrees``, ``VerifierWeights/labelTrees``)
/// help where a whole abstract is read, but with them the trainer's NEI offset moved up (−0.12 ->
/// +0.03) and on one- or two-sentence evidence (FEVER, FEVER-Symmetric) the verifier answered NEI
/// far more often and lost macro-F1 (Scorer README, "Session 15"). The source's size tells the two
/// kinds apart before any model is read, at the same cut ``ShortEvidenceModel`` uses.
public struct ShortSourceWeights: Sendable, Hashable {
    /// A source of at most this many sentences is read with these models; longer, with the trees.
    public var maximumSentences: Int
    public var sentence: LinearModel
    public var label: LinearModel
    public var labelStumps: BoostedStumps?
    public var labelBias: [Double]
    public var evidenceThreshold: Double
    public var evidenceRelative: Double
    public var maximumEvidence: Int

    public init(
        maximumSentences: Int, sentence: LinearModel, label: LinearModel, labelStumps: BoostedStumps?, labelBias: [Double],
        evidenceThreshold: Double, evidenceRelative: Double, maximumEvidence: Int
    ) {
        self.maximumSentences = maximumSentences
        self.sentence = sentence
        self.label = label
        self.labelStumps = labelStumps
        self.labelBias = labelBias
        self.evidenceThreshold = evidenceThreshold
        self.evidenceRelative = evidenceRelative
        self.maximumEvidence = maximumEvidence
    }

    /// The tree-less models of `weights` (what the trainer returns with the trees off), for sources
    /// of at most `maximumSentences` sentences.
    public init(_ weights: VerifierWeights, maximumSentences: Int) {
        self.init(
            maximumSentences: maximumSentences, sentence: weights.sentence, label: weights.label,
            labelStumps: weights.labelStumps, labelBias: weights.labelBias, evidenceThreshold: weights.evidenceThreshold,
            evidenceRelative: weights.evidenceRelative, maximumEvidence: weights.maximumEvidence)
    }

    /// Whether a source of `sentenceCount` sentences is read with these models.
    public func reads(sentenceCount: Int) -> Bool { sentenceCount >= 1 && sentenceCount <= maximumSentences }
}
