extension Lexicon {
    /// Verbs that assert a cause or an effect, in their base form (and "led", whose past is not
    /// made by rule). The claim detector matches every inflection of them; the scorer reads only
    /// ``causalVerbForms``, which an associational sentence would not use.
    public static let causalVerbs: [String] = [
        "increase", "reduce", "decrease", "cause", "prevent", "improve", "boost", "lower", "raise", "stimulate",
        "promote", "trigger", "lead", "led", "result", "protect", "relieve", "treat", "cure", "heal",
        "worsen", "inhibit", "suppress", "enhance", "strengthen", "weaken", "damage", "kill", "lessen", "ease",
        "alleviate", "release", "block", "slow", "speed", "accelerate", "affect", "contribute", "induce", "elevate",
        "cut", "halve", "slash", "double", "triple", "link", "associate", "correlate", "relax", "soothe", "combat", "fight",
    ]

    /// The forms of causal verbs that assert a cause as written: "reduces" and "causes" are verbs,
    /// while "reduced risk" and "increased risk" are adjectives that an associational claim uses too.
    /// Every form inflects a verb of ``causalVerbs`` (a test checks it).
    public static let causalVerbForms: [String] = [
        "cause", "causes", "caused", "causing", "prevent", "prevents", "prevented", "cure", "cures", "cured",
        "trigger", "triggers", "protect", "protects", "reduce", "reduces", "increase", "increases", "lowers",
        "raises", "improves", "boosts", "decreases", "promotes", "stimulates", "induces", "induce",
        // Headline verbs: "cuts the risk", "slashes", "halves".
        "cuts", "slashes", "halves",
    ]

    /// Multi-word causal phrases.
    public static let causalPhrases: [String] = [
        "leads to", "lead to", "led to", "results in", "result in", "resulted in", "contributes to",
    ]

    /// Causes stated without the common causal verbs above: third persons that are verbs only
    /// ("stress *worsens* pain"), other tenses of the phrases ("resulting in"), and an efficacy or
    /// effect named with its object ("effective in reducing", "an effect on mortality", "a role
    /// in"). Claim strength reads them (``causalParticiples`` too); the scorer's relation words
    /// (``causalVerbForms``) do not take them, because the trained verifier's features are built on
    /// those words: widening them moved SciFact's figures by more than the cue gained (session 12).
    public static let statedEffects: [String] = [
        "affects", "enhances", "worsens", "inhibits", "suppresses", "alleviates", "relieves", "strengthens", "weakens",
        "lessens", "accelerates", "elevates", "resulting in", "contribute to", "contributed to", "effective in",
        "effective for", "effective at", "efficacious in", "responsible for", "effect on", "effects on", "impact on", "role in",
    ]

    /// Past participles that state a cause when a copula comes before and "by" after: "pain *was
    /// reduced by* the exercises", "fibrosis is *induced by* glucose" (the agent is the cause).
    public static let causalParticiples: [String] = [
        "reduced", "increased", "decreased", "improved", "lowered", "raised", "caused", "induced", "prevented",
        "attenuated", "enhanced", "inhibited", "suppressed", "mediated", "triggered", "alleviated", "relieved",
        "affected", "influenced", "driven", "worsened", "impaired", "accelerated", "promoted", "reversed",
        "abolished", "blocked", "ameliorated", "exacerbated", "modulated", "elevated", "diminished",
    ]

    /// Objects after which a causal verb is an idiom, not a cause: "raises concerns", "raises the
    /// question", "triggers a debate", "increases awareness" ("raises the risk" stays causal).
    public static let causalIdiomObjects: [String] = [
        "concern", "concerns", "question", "questions", "doubt", "doubts", "awareness", "hope", "hopes",
        "possibility", "alarm", "debate", "issue", "issues", "eyebrows", "interest",
    ]

    /// Words that may stand between the verb and its idiomatic object: "raises *serious* concerns"
    /// is still an idiom.
    public static let causalIdiomModifiers: [String] = [
        "the", "a", "serious", "new", "further", "important", "some", "many",
    ]
}

extension Lexicon {
    /// Phrases that present a subject as a means to an end, not a cause: "turbines are *used to*
    /// relieve the drought", "alerts *help* contain the outbreak". A sentence that names a claim's
    /// subject only this way does not back a claim that the subject caused the outcome.
    public static let purposeFrames: [String] = [
        "used to", "use to", "uses to", "using to", "help", "helps", "helped", "helping", "in order to", "aimed at",
    ]
}
