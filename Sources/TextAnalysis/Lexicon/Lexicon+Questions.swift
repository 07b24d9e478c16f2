extension Lexicon {
    /// The wh-words: they open a question ("what caused the crash?") or a relative clause ("which
    /// killed 12"). Function words for retrieval (``StopWords``), question openers for the claim
    /// detector.
    public static let whWords: [String] = ["who", "whom", "whose", "which", "what", "when", "where", "why", "how"]

    /// What opens an indirect question: the wh-words, "whether" and "if" ("It is unclear whether
    /// …"). The claim detector reads a sentence that says such a question is not answered as an
    /// open question, no claim.
    public static let questionOpeners: [String] = whWords + ["whether", "if"]

    /// Words that say something is not known: "unclear", "unknown", "uncertain" ("It remains
    /// unclear whether …").
    public static let unknownWords: [String] = ["unclear", "unknown", "uncertain"]

    /// Words that say something is known, which say it is not only when negated ("it is not clear
    /// why …"; "it is clear that …" is a statement).
    public static let knownWords: [String] = ["clear", "known"]

    /// Words after which a place or a moment follows, where someone is seen doing something: "speaks
    /// during a hearing", "waves outside City Hall", "poses with …". Narrower than the words that end
    /// a speaker's name (`Extractor/SourcePhrase.prepositions` also holds "because", "if", "than",
    /// which open no scene).
    public static let scenePrepositions: [String] = ["during", "at", "in", "outside", "inside", "after", "before", "with", "on"]
}
