import Foundation
import FactCheckModel

/// Feature: two changes in the same direction, told at different sizes.
///
/// An article's "triples the risk" (×3) against a source's "a 60 percent higher risk" (×1.6) does not
/// contradict the source: both say the risk rises. It makes the rise bigger than the source found,
/// which is an overstatement. The reverse, an article's "raises the risk by 20 percent" (×1.2)
/// against "doubles the risk" (×2), understates the size; it is neither backed (the figure the reader
/// is given is not the source's) nor refuted (the direction holds), so it is `close`: the claim stays
/// unverified unless another sentence states its figure. Changes in opposite directions ("halved"
/// against "rose by 7%") are left to the usual number conflict.
///
/// Sizes are compared as distances from ×1 on a log scale, so a halving (×0.5) and a doubling (×2)
/// are the same size of change.
enum ChangeSize {
    /// The judgement for two `times` figures that are far apart, or nil when this rule has nothing to
    /// say (not both factors, a bound on either side, or opposite directions).
    static func judge(claim: Quantity, source: Quantity) -> QuantityAgreement.Judgement? {
        guard claim.unit == "times", source.unit == "times", isPoint(claim), isPoint(source),
              claim.value > 0, source.value > 0, claim.value != 1, source.value != 1,
              (claim.value > 1) == (source.value > 1)
        else { return nil }
        guard abs(log(claim.value)) > abs(log(source.value)) else { return .close }
        return .overstated(
            reason: "source reports a smaller change (\(source.text), ×\(shown(source.value))); "
                + "the article says \(claim.text) (×\(shown(claim.value)))")
    }

    private static func isPoint(_ quantity: Quantity) -> Bool {
        quantity.bound == .exact || quantity.bound == .approximate
    }

    /// A factor with at most two decimals and no trailing zeros: 1.6, 3, 0.75.
    static func shown(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
