/// How strong a relation a sentence states between two things, on the scale of Sumner et al.
/// (BMJ 2014) for health press releases: "coffee drinkers had fewer strokes" (correlational) is a
/// weaker claim than "coffee may prevent strokes" (conditional causal), which is weaker than
/// "coffee prevents strokes" (direct causal). The order is the point: an article that states a
/// stronger relation than its source has overstated it.
public enum ClaimStrength: String, Codable, Sendable, CaseIterable, Comparable {
    /// No relation between two things is stated (a description, a prevalence, or "no association").
    case noRelationship = "no-relationship"
    /// The two go together: "associated with", "linked to", "higher in", "predicts".
    case correlational
    /// A cause, hedged: "may reduce", "could lead to", "might protect".
    case conditionalCausal = "conditional-causal"
    /// A cause, stated: "reduces", "causes", "prevents", "leads to".
    case directCausal = "direct-causal"

    /// The rank on the scale, weakest first.
    public var rank: Int {
        switch self {
        case .noRelationship: 0
        case .correlational: 1
        case .conditionalCausal: 2
        case .directCausal: 3
        }
    }

    public static func < (lhs: ClaimStrength, rhs: ClaimStrength) -> Bool { lhs.rank < rhs.rank }
}
