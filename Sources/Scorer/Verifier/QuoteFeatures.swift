/// The quote model's inputs (``QuoteModel``): every ``SentenceFeatures`` input, and cues that tell a
/// finding from the question it answers.
///
/// Why apart from ``SentenceFeatures``: the label model reads the sentence model's probabilities
/// (``PairFeatures``), so a cue added there moves verdicts as well as quotes (Scorer README,
/// "Session 19": the aim cue bettered the quotes where the verdict stood and moved 389 labels).
/// Here a cue can only change which sentences are quoted and in what order.
enum QuoteFeatures {
    /// Bumps with any change to this list or to ``SentenceFeatures``; the weights file's quote model
    /// must have been trained on this version (``VerifierWeightsFile``).
    static let version = 2

    static let extraNames = ["states an aim", "aim x coverage"]
    static var names: [String] { SentenceFeatures.names + extraNames }

    /// `reading`'s features in ``names`` order.
    static func features(_ reading: SentenceReading) -> [Double] {
        let aim = reading.statesAim ? 1.0 : 0
        return reading.features + [aim, aim * reading.coverage]
    }
}
