extension Lexicon {
    /// Words that rank a merit: "the biggest benefit", "the main challenge" (the claim detector's
    /// evaluations, `Extractor/ClaimNoise.ranksAMerit`).
    public static let rankingAdjectives: [String] = ["biggest", "greatest", "best", "worst", "main", "key", "chief", "top", "hardest"]

    /// Merits and difficulties as a writer weighs them: nothing a source could count.
    public static let meritNouns: [String] = [
        "benefit", "benefits", "advantage", "advantages", "challenge", "challenges", "strength", "strengths",
        "weakness", "weaknesses", "drawback", "drawbacks", "downside", "downsides", "upside", "upsides", "perk", "perks",
        "appeal", "attraction", "attractions", "asset", "assets", "selling",
    ]
}

extension Lexicon {
    /// The words that make the next adjective a superlative ("the *most* common", "the *least*
    /// costly"), beside the "-est" forms ``looksSuperlative(_:)`` reads.
    public static let superlativeMarkers: Set<String> = ["most", "least"]

    /// Whether a lowercased word reads as a superlative or opens one: "most", "least", or an
    /// "-est" word of four letters or more ("biggest", "latest", "best"). A spelling test, so
    /// "interest" passes too; callers read it only where an adjective may stand ("two of its
    /// *biggest* advantages", `QuantityParser.countOfNamedSet`).
    public static func looksSuperlative(_ word: String) -> Bool {
        superlativeMarkers.contains(word) || (word.hasSuffix("est") && word.count >= 4 && word.allSatisfy(\.isLetter))
    }
}
