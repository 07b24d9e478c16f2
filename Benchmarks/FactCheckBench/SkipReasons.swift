import Extractor

extension Array where Element == SkippedSentence {
    /// Why the tool left out each part of `sentence` it skipped, with the part's first-stage score
    /// ("why (0.31)"): which stage dropped a missed claim. One home for the claims benchmark's
    /// error lines and `train-claim-gate --dump`, so the two read alike.
    func reasons(within sentence: String) -> [String] {
        filter { sentence.contains($0.text) }.map { "\($0.why) (\($0.checkworthiness))" }
    }
}
