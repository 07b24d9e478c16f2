extension Lexicon {
    /// Words that negate what follows them on their own. Phrases built on them ("did not", "no
    /// significant") belong to the scorer's negation cues.
    public static let negationWords: [String] = [
        "no", "not", "never", "neither", "nor", "without", "none", "cannot",
    ]

    /// Predicates that deny by their prefix: "CBT is *ineffective* for insomnia" says what "CBT is
    /// not effective" says, and a source that reports the effect refutes it (issue #17). Only words
    /// that are a finding whatever follows them: "independent" ("an independent predictor") and
    /// "immune" ("immune cells") are mostly not denials, so they are not here.
    public static let negatedPredicates: [String] = [
        "ineffective", "inaccurate", "incapable", "unable", "unrelated",
    ]
}
