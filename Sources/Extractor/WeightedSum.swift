/// A linear model's sum, `Σ weights[name] × value` over a sparse vector of named values, added in
/// the names' sorted order.
///
/// Why a fixed order: a Swift dictionary iterates in an order seeded afresh in every process (and
/// shaped by its capacity and insertion history), and floating-point addition is not associative,
/// so a sum in the dictionary's order can differ in its last bit between two runs of the same
/// build on the same text; a score sitting exactly on a threshold would then make a sentence a
/// claim in one run and not in the next. Every learned score over named features goes through
/// here (``CheckworthinessModel``, ``ArticleClaimGate`` and the gate's trainer), so the tool's
/// output is a function of its input alone.
public enum WeightedSum {
    /// The sum in the names' sorted (code-point) order, added to `start`; a name without a weight
    /// adds nothing. (The check-worthiness trainer adds in the same way: its fixed priors first,
    /// then its vocabulary, which is numbered in name order.)
    public static func of(_ values: [String: Double], weights: [String: Double], from start: Double = 0) -> Double {
        var z = start
        for (name, value) in values.sorted(by: { $0.key < $1.key }) { z += (weights[name] ?? 0) * value }
        return z
    }
}
