extension Lexicon {
    /// One-word hedges: a modal or an adverb of likelihood ("may", "probably"). The scorer keeps
    /// them as cues rather than content, and the literature search drops them.
    public static let hedgeWords: [String] = [
        "may", "might", "could", "can", "possibly", "perhaps", "probably", "likely", "potentially",
    ]

    /// The modals of ability: negated ("nurses *could not* attend", "the test *cannot* tell") they
    /// deny an ability, they do not soften a finding, so they are no hedge there.
    public static let abilityModals: [String] = ["can", "could"]

    /// The modal verbs among the one-word hedges and "would": they can stand as auxiliaries ("who
    /// *may* be unable"); the rest of ``hedgeWords`` are adverbs ("possibly", "likely").
    public static let modalVerbs: [String] = ["may", "might", "could", "can", "would"]
    /// The hedge adverbs: one-word hedges that are no modal verb ("possibly", "likely"). They may
    /// stand among the auxiliaries before a copula ("who had *probably* been unable").
    public static let hedgeAdverbs: [String] = hedgeWords.filter { !modalVerbs.contains($0) }

    /// Clause openers across which a hedge in a clause with its own subject and verb does not reach
    /// the other clause's finding ("some may have skipped sessions, *but* walks lowered blood
    /// sugar"); a ";" or ":" does the same. "although", "while" and the like set a clause inside
    /// the hedged one ("might, although the trial was small, lower blood sugar"), so they are not here.
    public static let hedgeStoppingOpeners: [String] = ["but", "yet", "however"]

    /// Modal words that make a stated cause conditional ("may reduce", "would lower"): the one-word
    /// hedges and "would", which makes a relation hypothetical without hedging a finding ("a ban
    /// would cut deaths"), so it is no hedge of its own. Claim strength reads them before a causal
    /// verb; the literature search drops them.
    public static let modalWords: [String] = hedgeWords + ["would"]

    /// Modals of what will or must happen ("will open", "should apply", "must pay"): a plan, a
    /// promise or an obligation rather than a fact of the past or present (the claim labels count
    /// plans and predictions as no claims, unless a fixed date makes them a schedule).
    public static let futureAndObligationModals: [String] = ["will", "won't", "shall", "should", "must"]

    /// Hedge phrases that report an association rather than qualify a finding: the scorer's hedge
    /// rule leaves them to claim strength, which reads association against cause.
    public static let associationHedges: [String] = [
        "associated with", "linked to", "linked with", "tied to", "correlated with", "correlates with", "related to",
    ]

    /// Every hedge, one word or several: the one-word hedges, then verbs and phrases that report
    /// a finding tentatively or as an association.
    public static let hedgePhrases: [String] = hedgeWords + [
        "suggest", "suggests", "suggested", "suggesting", "appear to", "appears to", "appeared to",
        "seem to", "seems to", "seemed to",
    ] + associationHedges + [
        "preliminary", "some evidence", "it is possible",
        "indicate", "indicates", "tend to", "tends to", "in some cases", "in some people",
    ]
}
