import Extractor

extension Array where Element == SkippedSentence {
    /// Why the tool left out each part of `sentence` it skipped, with the part's first-stage score
    /// ("why (0.31)"): which stage dropped a missed claim. One home for the claims benchmark's
    /// error lines and `train-claim-gate --dump`, so the two read alike.
    /// A reason that already ends with that score ("low check-worthiness (0.31)") is not given it twice.
    func reasons(within sentence: String) -> [String] {
        filter { sentence.contains($0.text) }.map { skipped in
            let score = "(\(skipped.checkworthiness))"
            return skipped.why.hasSuffix(score) ? skipped.why : "\(skipped.why) \(score)"
        }
    }
}
