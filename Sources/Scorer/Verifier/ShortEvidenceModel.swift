/// The label model for short evidence: a source of a sentence or a few (a quote, an encyclopaedia
/// sentence, a web claim checked against a sentence or two of an abstract), not a whole abstract.
///
/// Why a second model rather than one trained on both: trained on FEVER and SNLI pairs beside
/// SciFact's abstracts, the one label model learned that a contradiction is a pair with high overlap
/// and no cue, which in an abstract is what an NEI paper on the same topic looks like, and SciFact
/// fell (Scorer README, "Training the verifier on these sets too: not shipped"). The evidence's size
/// tells the two kinds apart before any model is read: an abstract has many sentences, short
/// evidence a few. Same pair features, same logistic layer and stumps, its own numbers and offsets;
/// the sentence model (what a rationale sentence looks like) stays the abstract one's.
public struct ShortEvidenceModel: Sendable, Hashable {
    /// Evidence of at most this many sentences is read by this model; longer, by the abstract one.
    public var maximumSentences: Int
    public var label: LinearModel
    public var labelStumps: BoostedStumps?
    /// Added to the label probabilities before the arg-max, in ``AbstractLabel/modelOrder``.
    public var labelBias: [Double]

    public init(maximumSentences: Int, label: LinearModel, labelStumps: BoostedStumps?, labelBias: [Double]) {
        self.maximumSentences = maximumSentences
        self.label = label
        self.labelStumps = labelStumps
        self.labelBias = labelBias
    }

    /// Whether evidence of `sentenceCount` sentences is this model's to read.
    public func reads(sentenceCount: Int) -> Bool { sentenceCount >= 1 && sentenceCount <= maximumSentences }
}
