import ArgumentParser

/// The options that add claim–evidence pair files (``VerificationPairs``) to the verifier's
/// SciFact training data, shared by `train-scorer`, `verify --cross-fit` and `verify-pairs
/// --cross-fit`, so a setting chosen by cross-validation is trained exactly as it was measured.
struct ExtraTrainingData: ParsableArguments {
    @Option(name: .customLong("extra"), help: "A pair file (FEVER / SNLI jsonl, .gz too) to train on beside SciFact (repeatable).")
    var paths: [String] = []
    @Option(name: .customLong("extra-limit"), help: "At most this many pairs of each --extra file (a fixed hashed sample).")
    var limit: Int?
    @Option(name: .customLong("extra-exclude"), help: """
        Leave out --extra pairs that share a claim or an evidence sentence with this file (repeatable): \
        FEVER-Symmetric is built from FEVER dev's claims.
        """)
    var excluding: [String] = []
    @Option(name: .customLong("extra-models"), help: """
        Which models the --extra pairs train: both (sentence and label) or label (the sentence model, \
        which learns what a rationale sentence is, stays SciFact's).
        """)
    var models: Models = .both

    enum Models: String, ExpressibleByArgument, CaseIterable { case both, label }

    /// Whether the extra pairs join the sentence model's training (``VerifierTraining/train``).
    var inSentenceModel: Bool { models == .both }

    var isEmpty: Bool { paths.isEmpty }

    func pairs() throws -> [Scifact.Pair] {
        try VerificationPairs.trainingPairs(paths: paths, limit: limit, excluding: excluding)
    }

    /// For a weights file's provenance line.
    var summary: String {
        guard !paths.isEmpty else { return "none" }
        return paths.map(VerificationPairs.name(of:)).joined(separator: ", ")
            + (limit.map { ", at most \($0) pairs each" } ?? "")
            + (models == .label ? ", label model only" : "")
            + (excluding.isEmpty ? "" : ", without pairs sharing text with " + excluding.map(VerificationPairs.name(of:)).joined(separator: ", "))
    }
}
