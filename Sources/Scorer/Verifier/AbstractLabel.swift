/// What one abstract says about a claim, in SciFact's three labels.
///
/// This is the *benchmark's* vocabulary, coarser than ``Verdict``: an abstract either backs the
/// claim, speaks against it, or does not decide it. The raw values are SciFact's own spellings.
public enum AbstractLabel: String, Sendable, Hashable, CaseIterable, Codable {
    case support = "SUPPORT"
    case contradict = "CONTRADICT"
    case notEnoughInfo = "NEI"

    /// Class order of the label model's weight rows (``VerifierWeights/label``).
    public static let modelOrder: [AbstractLabel] = [.support, .contradict, .notEnoughInfo]
}
