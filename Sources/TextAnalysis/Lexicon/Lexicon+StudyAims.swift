extension Lexicon {
    /// Verbs that state what a study set out to do, after "we" ("we sought", "we investigated") or
    /// after "to" ("to determine", "to assess"): the question, not its answer. Read by the scorer's
    /// aim cue (`RoleCues.statesAim`), which keeps such a sentence from being quoted as a finding.
    public static let studyAimVerbs: Set<String> = [
        "aimed", "sought", "investigated", "investigate", "examined", "examine", "assessed", "assess",
        "evaluated", "evaluate", "tested", "test", "hypothesized", "hypothesised", "asked", "determine",
        "explore", "explored", "compare", "identify",
    ]

    /// Nouns that name a study's aim when ``studyAimNounFollowers`` follows ("the aim of this
    /// study", "our objective was").
    public static let studyAimNouns: Set<String> = ["aim", "aims", "objective", "objectives", "purpose", "goal", "goals"]

    /// What follows an aim noun when it names the aim ("the aim of", "our goal was"), so "aims" as a
    /// verb ("the drug aims …") is not read as one.
    public static let studyAimNounFollowers: Set<String> = ["of", "was", "is", "were", "are"]
}
