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
    /// The likeliest sentence is always evidence; another is when its probability reaches this,
    public var evidenceThreshold: Double
    /// ...or this fraction of the likeliest sentence's probability,
    public var evidenceRelative: Double
    /// ...up to this many sentences, best first.
    public var maximumEvidence: Int
    /// Added to the label scores before the arg-max, in ``AbstractLabel/modelOrder``: tuned on the
    /// tuning split for macro-F1 (the classes are unbalanced, and a plain arg-max favours the big ones).
    public var labelBias: [Double]

    public init(
        featureVersion: Int, sentence: LinearModel, label: LinearModel, evidenceThreshold: Double,
        evidenceRelative: Double = 2, maximumEvidence: Int, labelBias: [Double]
    ) {
        self.evidenceRelative = evidenceRelative
        self.featureVersion = featureVersion
        self.sentence = sentence
        self.label = label
        self.evidenceThreshold = evidenceThreshold
        self.maximumEvidence = maximumEvidence
        self.labelBias = labelBias
    }
}
