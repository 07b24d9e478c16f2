import ArgumentParser
import Foundation

/// The options that train the verifier's second label model, the one for short evidence
/// (``ShortEvidenceModel``), shared by `train-scorer`, `verify --cross-fit` and `verify-pairs
/// --cross-fit`, so the mix chosen by cross-validation is trained exactly as it was measured.
///
/// Short pairs train that model only: the abstract label model, the sentence model and the evidence
/// cut-offs are trained as without them (SciFact's tuning part and any `--extra`).
struct ShortEvidenceData: ParsableArguments {
    @Option(name: .customLong("short-pairs"), help: "A pair file (FEVER / SNLI jsonl, .gz too) for the short-evidence label model (repeatable).")
    var paths: [String] = []
    @Option(name: .customLong("short-limit"), help: "At most this many pairs of each --short-pairs file (a fixed hashed sample).")
    var limit: Int?
    @Option(name: .customLong("short-exclude"), help: "Leave out --short-pairs pairs sharing a claim or an evidence sentence with this file (repeatable).")
    var excluding: [String] = []
    @Flag(name: .customLong("short-scifact"), help: "Also train it on SciFact's tuning pairs made short (a claim against a sentence or two of its abstract).")
    var scifact = false
    @Option(name: .customLong("short-max-sentences"), help: "Evidence of at most this many sentences is read by the short-evidence model.")
    var maximumSentences = 2

    var isEmpty: Bool { paths.isEmpty && !scifact }

    /// The training pairs: the files' (cut to `limit`, without `excluding`'s text), then `scifact`
    /// (SciFact's whole-abstract pairs, the tuning ones the caller may train on) made short when
    /// asked; evidence longer than the model reads is left out.
    func pairs(scifact scifactPairs: [Scifact.Pair]) throws -> [Scifact.Pair] {
        let files = try VerificationPairs.trainingPairs(paths: paths, limit: limit, excluding: excluding)
        return (files + (scifact ? ScifactShort.pairs(scifactPairs) : []))
            .filter { !$0.document.abstract.isEmpty && $0.document.abstract.count <= maximumSentences }
    }

    /// For a weights file's provenance line.
    var summary: String {
        guard !isEmpty else { return "none" }
        let files = paths.map(VerificationPairs.name(of:)).joined(separator: ", ")
            + (limit.map { ", at most \($0) pairs each" } ?? "")
            + (excluding.isEmpty ? "" : ", without pairs sharing text with " + excluding.map(VerificationPairs.name(of:)).joined(separator: ", "))
        return [paths.isEmpty ? nil : files, scifact ? "SciFact tune made short" : nil].compactMap { $0 }.joined(separator: "; ")
            + "; evidence of at most \(maximumSentences) sentences"
    }
}
