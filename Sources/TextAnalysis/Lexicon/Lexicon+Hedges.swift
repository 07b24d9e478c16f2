extension Lexicon {
    /// One-word hedges: a modal or an adverb of likelihood ("may", "probably"). The scorer keeps
    /// them as cues rather than content, and the literature search drops them.
    public static let hedgeWords: [String] = [
        "may", "might", "could", "can", "possibly", "perhaps", "probably", "likely", "potentially",
    ]

    /// Every hedge, one word or several: the one-word hedges, then verbs and phrases that report
    /// a finding tentatively or as an association.
    public static let hedgePhrases: [String] = hedgeWords + [
        "suggest", "suggests", "suggested", "suggesting", "appear to", "appears to", "appeared to",
        "seem to", "seems to", "seemed to", "associated with", "linked to", "linked with", "tied to",
        "correlated with", "correlates with", "related to", "preliminary", "some evidence", "it is possible",
        "indicate", "indicates", "tend to", "tends to", "in some cases", "in some people",
    ]
}
