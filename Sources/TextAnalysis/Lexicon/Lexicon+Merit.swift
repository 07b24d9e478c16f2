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
