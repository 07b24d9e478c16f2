import Foundation

/// McNemar's exact test for two systems judged on the same items: is one right more often than the
/// other, or are their disagreements a coin toss?
///
/// Only the discordant items carry information: those the first system got right and the second
/// wrong (`onlyFirst`), and the reverse (`onlySecond`). Items both got right, or both wrong, say
/// nothing about which is better. If the two systems were equally good, each discordant item would
/// be as likely to fall on either side, so `onlyFirst` is binomial with n = `onlyFirst + onlySecond`
/// and p = 1/2 — a sign test. The exact two-sided p-value is the probability, under that coin,
/// of a split at least as lopsided as the observed one:
///
///     p = min(1, 2 · Σ_{i=0}^{min(b,c)} C(n, i) / 2ⁿ)
///
/// (for p = 1/2 the binomial is symmetric, so doubling one tail is the same as summing every
/// outcome no likelier than the observed one, which is what `scipy.stats.binomtest` does).
/// No discordant items at all is no evidence either way: p = 1.
///
/// The test assumes the items are independent. Pooling the rounds of a cross-fitted run counts each
/// (claim, document) pair once per round, and the rounds are not independent draws of the pairs,
/// so a pooled p-value is smaller than the evidence warrants; the per-round p-values are the
/// honest ones.
struct McNemarTest: Equatable {
    /// Items the first system got right and the second wrong.
    let onlyFirst: Int
    /// Items the second system got right and the first wrong.
    let onlySecond: Int

    var discordant: Int { onlyFirst + onlySecond }

    /// The exact two-sided p-value (see the type's comment).
    var pValue: Double {
        let n = discordant
        guard n > 0 else { return 1 }
        let smaller = min(onlyFirst, onlySecond)
        // Each term in logarithms: C(2000, 1000) / 2^2000 underflows nothing this way, while the
        // binomial coefficient alone overflows a Double from n ≈ 1,030.
        let logHalfToN = Double(n) * log(0.5)
        var tail = 0.0
        for i in 0...smaller {
            tail += exp(Self.logChoose(n, i) + logHalfToN)
        }
        return min(1, 2 * tail)
    }

    /// log C(n, k), from the log-gamma function (exact enough: the p-values are read to 3 digits).
    static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    }
}
