/// The credit line a news article ends with: "Additional reporting by A. Person", "Reporting by
/// A; Editing by B". It names no sentence's verb and often has no full stop, so the rule that drops
/// short unpunctuated lines after the last paragraph (a template's "Filed under", "Share this")
/// would take it; but gold texts and readers keep it as the article's last line.
enum ClosingCredits {
    /// Openings of a credit line, lower-cased.
    static let openings = [
        "additional reporting by", "additional reporting from", "with additional reporting", "with reporting by",
        "reporting by", "editing by", "writing by", "edited by",
    ]

    /// Whether the line opens like a credit line and is a line, not a paragraph.
    static func isCredit(_ text: String) -> Bool {
        guard text.count <= ArticleHeader.maximumBylineCharacters else { return false }
        let lowered = text.lowercased()
        return openings.contains { lowered.hasPrefix($0) }
    }
}
