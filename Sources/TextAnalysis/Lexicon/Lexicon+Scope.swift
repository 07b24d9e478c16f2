extension Lexicon {
    /// How much of a group a word speaks of, smallest to largest: a claim may not speak of more
    /// than its source ("most" from "some", "all" from "most").
    public static let scopeRanks: [String: Int] = [
        "few": 1, "rarely": 1, "minority": 1,
        "some": 2, "several": 2, "sometimes": 2, "subset": 2, "subgroup": 2,
        "many": 3, "often": 3, "frequently": 3,
        "most": 4, "majority": 4, "usually": 4, "mostly": 4,
        "all": 5, "every": 5, "everyone": 5, "everybody": 5, "always": 5,
    ]
}
