/// Everything ``AbstractVerifier`` learned, in one value: the sentence model (is this sentence
/// evidence?), the label model (SUPPORT / CONTRADICT / NEI) and the evidence cut-offs.
///
/// The numbers live in `Resources/verifier-weights.json` (``VerifierWeightsFile``), which
/// `factcheck-bench train-scorer` writes; `featureVersion` must equal ``SentenceFeatures/version``,
/// so weights trained on an older feature list are caught by a test instead of silently misread.
public struct VerifierWeights: Sendable, Hashable {
    /// The committed weights, read once from the file compiled into the binary. The file is part of
    /// the program, not user input: a damaged one is a broken build, and stops the program with the
    /// file and the fix (every verifier test would fail first).
    public static let trained: VerifierWeights = {
        do {
            return try VerifierWeightsFile.parse(PackageResources.verifier_weights_json)
        } catch {
            fatalError("\(error)")
        }
    }()

    public var featureVersion: Int
    /// Probability that a sentence is a rationale sentence, from ``SentenceFeatures``.
    public var sentence: LinearModel
    /// Label probabilities, rows in ``AbstractLabel/modelOrder``, from ``PairFeatures``.
    public var label: LinearModel
    /// A second label model on the same features, classes in the same order, whose probabilities
    /// are averaged with `label`'s (``labelProbabilities(_:)``); nil: the logistic layer alone.
    public var labelStumps: BoostedStumps?
    /// The likeliest sentence is always evidence; another is when its probability reaches this,
    public var evidenceThreshold: Double
    /// ...or this fraction of the likeliest sentence's probability,
    public var evidenceRelative: Double
    /// ...up to this many sentences, best first.
    public var maximumEvidence: Int
    /// Added to the label scores before the arg-max, in ``AbstractLabel/modelOrder``: tuned on the
    /// tuning split for macro-F1 (the classes are unbalanced, and a plain arg-max favours the big ones).
    public var labelBias: [Double]
    /// The label model for a source of a few sentences (``ShortEvidenceModel``); nil: the abstract
    /// label model reads every source.
    public var shortEvidence: ShortEvidenceModel?

    public init(
        featureVersion: Int, sentence: LinearModel, label: LinearModel, evidenceThreshold: Double,
        evidenceRelative: Double = 2, maximumEvidence: Int, labelBias: [Double], labelStumps: BoostedStumps? = nil,
        shortEvidence: ShortEvidenceModel? = nil
    ) {
        self.shortEvidence = shortEvidence
        self.labelStumps = labelStumps
        self.evidenceRelative = evidenceRelative
        self.featureVersion = featureVersion
        self.sentence = sentence
        self.label = label
        self.evidenceThreshold = evidenceThreshold
        self.maximumEvidence = maximumEvidence
        self.labelBias = labelBias
    }

    /// Label probabilities in ``AbstractLabel/modelOrder`` for one pair's ``PairFeatures``: the
    /// logistic layer's, averaged with the stumps' when there are stumps.
    public func labelProbabilities(_ features: [Double]) -> [Double] {
        Self.labelProbabilities(features, label: label, stumps: labelStumps)
    }

    /// Label probabilities and offsets for evidence of `sentenceCount` sentences: the short-evidence
    /// model's when it reads that size, else (or for nil) the abstract label model's.
    public func labelScores(_ features: [Double], sentenceCount: Int?) -> (probabilities: [Double], bias: [Double]) {
        if let short = shortEvidence, let sentenceCount, short.reads(sentenceCount: sentenceCount) {
            return (Self.labelProbabilities(features, label: short.label, stumps: short.labelStumps), short.labelBias)
        }
        return (labelProbabilities(features), labelBias)
    }

    /// The same for models not yet gathered into weights (the trainer's cross-fitting).
    public static func labelProbabilities(_ features: [Double], label: LinearModel, stumps: BoostedStumps?) -> [Double] {
        let linear = label.probabilities(features)
        guard let stumps else { return linear }
        precondition(stumps.initial.count == linear.count, "stumps for \(stumps.initial.count) classes, logistic layer for \(linear.count)")
        return zip(linear, stumps.probabilities(features)).map { ($0 + $1) / 2 }
    }
}
