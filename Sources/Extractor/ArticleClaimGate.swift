import Foundation

/// The second stage of the claim decision: logistic regression over ``ArticleClaimFeatures`` of a
/// sentence the first stage (the check-worthiness model, its cues and ``ClaimNoise``) accepted. A
/// sentence stays a claim when the gate's probability is at or above its threshold.
///
/// Why a second stage, and not more weights in the first: the first stage's weights are learned
/// from 22,501 debate sentences and judged on CheckThat! data, and our article labels (under a
/// thousand sentences) would be drowned in them; a small model over the first stage's score and
/// article structure learns what an article's checkable sentence looks like from the labels alone,
/// and leaves the check-worthiness model (and its CheckThat! figures) as it was.
///
/// The weights are data, `Resources/claim-gate-weights.tsv`, written by `factcheck-bench
/// train-claim-gate` (page-grouped cross-validation on `Benchmarks/ClaimLabels`) in the
/// check-worthiness weights file's format (``CheckworthinessWeightsFile``), compiled in.
public struct ArticleClaimGate: Sendable {
    public var weights: [String: Double]
    public var threshold: Double

    public init(weights: [String: Double], threshold: Double) {
        self.weights = weights
        self.threshold = threshold
    }

    /// The committed gate, read once from the weights file compiled into the binary (a damaged file
    /// is a broken build: it stops with the file, the line and the fix).
    public static let trained: ArticleClaimGate = {
        do {
            let table = try CheckworthinessWeightsFile.table(PackageResources.claim_gate_weights_tsv, file: path)
            return ArticleClaimGate(weights: table.weights, threshold: table.threshold)
        } catch {
            fatalError("\(error)")
        }
    }()

    /// Where the file lives in the repository (the trainer's default output).
    public static let path = "Sources/Extractor/Resources/claim-gate-weights.tsv"

    public func probability(_ features: ArticleClaimFeatures) -> Double {
        1 / (1 + exp(-logit(values: features.values)))
    }

    /// The logit of any named values, summed in the names' order (``WeightedSum``): a dictionary's
    /// own order changes from process to process, and with it the sum's last bit.
    public func logit(values: [String: Double]) -> Double {
        WeightedSum.of(values, weights: weights)
    }

    public func accepts(_ features: ArticleClaimFeatures) -> Bool {
        probability(features) >= threshold
    }
}
