import FactCheckModel

/// How a verdict is shown to people and machines, in one place so that every format agrees.
extension Verdict {
    /// Whether a claim with this verdict needs an editor's attention. Supported claims are the only
    /// ones that do not; they are listed, never reported as findings (SARIF, annotations).
    public var isFinding: Bool { self != .supported }

    /// Capitalised words for people ("Needs citation").
    public var label: String {
        switch self {
        case .supported: "Supported"
        case .overstated: "Overstated"
        case .contradicted: "Contradicted"
        case .disputed: "Disputed"
        case .unverified: "Unverified"
        case .needsCitation: "Needs citation"
        case .sourceUnavailable: "Source unavailable"
        }
    }

    /// A symbol shown next to the verdict, so colour is never the only signal. Chosen from
    /// common text fonts (DejaVu, Liberation fallbacks) with the text-style selector where an emoji
    /// style exists, so the symbol keeps the verdict's colour.
    public var symbol: String {
        switch self {
        case .supported: "\u{2714}\u{FE0E}"        // ✔
        case .overstated: "\u{25B2}\u{FE0E}"       // ▲
        case .contradicted: "\u{2716}\u{FE0E}"     // ✖
        case .disputed: "\u{21C4}"                 // ⇄
        case .unverified: "?"
        case .needsCitation: "\u{270E}\u{FE0E}"    // ✎
        case .sourceUnavailable: "\u{26A0}\u{FE0E}" // ⚠
        }
    }

    /// How loudly machines report the verdict. Fixed per verdict (not derived from `--fail-on`) so a
    /// code-scanning alert keeps its severity whatever a pipeline gates on.
    public var findingLevel: FindingLevel? {
        switch self {
        case .contradicted: .error
        case .overstated, .disputed, .sourceUnavailable: .warning
        case .needsCitation, .unverified: .note
        case .supported: nil
        }
    }

    /// What the verdict means, one sentence (SARIF rule descriptions, the HTML legend).
    public var meaning: String {
        switch self {
        case .supported: "A source passage states the claim; numbers and direction agree."
        case .overstated: "A source supports only a weaker claim: a bound moved, a hedge was dropped, an association became a cause, or some became all."
        case .contradicted: "A source passage on the same subject says the opposite, or a clearly different number."
        case .disputed: "Relevant sources disagree with each other."
        case .unverified: "Sources were read; none addresses the claim."
        case .needsCitation: "A checkable claim with no source; vague attributions land here."
        case .sourceUnavailable: "The cited source could not be read: a dead link, a refused address, a timeout, too large, or not text."
        }
    }

    /// All verdicts, most serious first (the order of every summary).
    public static var bySeverity: [Verdict] { allCases.sorted() }
}

/// The three levels CI tools share (SARIF `level`; GitHub's `error`/`warning`/`notice`).
public enum FindingLevel: String, Sendable {
    case error
    case warning
    case note
}

/// Claims in an article in the order people read findings: most serious verdict first, then the
/// most urgent (``ClaimPriority``), then reading order.
extension ArticleReport {
    var claimsBySeverity: [ClaimCheck] {
        ClaimCheck.leadingWithWhatMatters(claims.indices.map { $0 }, in: claims).map { claims[$0] }
    }
}

extension ClaimCheck {
    /// `indexes` into `checks`, most serious verdict first, then highest priority, then in the order
    /// given (reading order).
    static func leadingWithWhatMatters(_ indexes: [Int], in checks: [ClaimCheck]) -> [Int] {
        indexes.enumerated().sorted { lhs, rhs in
            let left = checks[lhs.element], right = checks[rhs.element]
            return (left.verdict.severity, -left.priority, lhs.offset) < (right.verdict.severity, -right.priority, rhs.offset)
        }.map(\.element)
    }
}

/// "0.82": two decimals without Foundation's locale-dependent formatting.
func formatConfidence(_ value: Double) -> String {
    TextReportRenderer.format(value)
}
