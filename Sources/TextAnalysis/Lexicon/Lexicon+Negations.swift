extension Lexicon {
    /// Words that negate what follows them on their own. Phrases built on them ("did not", "no
    /// significant") belong to the scorer's negation cues.
    public static let negationWords: [String] = [
        "no", "not", "never", "neither", "nor", "without", "none", "cannot",
    ]
}
