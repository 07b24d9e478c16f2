/// Which of a source's sentences are quoted, and in what order: a second sentence model beside the
/// one the label model reads (``AbstractVerifier``), with cues for telling a finding from the
/// question it answers, and cut-offs chosen for what quoting is: the sentences of a source that
/// holds evidence.
///
/// The sentence model's probabilities are the label model's inputs, so it must stay as the label
/// model was trained on it. This one reads ``QuoteFeatures`` (the sentence features and the aim
/// cue), is trained on the same pairs by the same recipe, and has its own cut-offs and count, chosen
/// for evidence F1 on the pairs with a gold rationale. Turning it on or off changes no verdict: the
/// label is decided before it is read.
public struct QuoteModel: Sendable, Hashable {
    /// Probability that a sentence is a rationale sentence, from ``QuoteFeatures``.
    public var model: LinearModel
    /// The likeliest sentence is always quoted; another is when its probability reaches this,
    public var threshold: Double
    /// ...or this fraction of the likeliest sentence's probability,
    public var relative: Double
    /// ...up to this many sentences, best first.
    public var maximum: Int

    public init(model: LinearModel, threshold: Double, relative: Double, maximum: Int) {
        self.model = model
        self.threshold = threshold
        self.relative = relative
        self.maximum = maximum
    }

    public static var featureNames: [String] { QuoteFeatures.names }
    public static var featureVersion: Int { QuoteFeatures.version }
}
