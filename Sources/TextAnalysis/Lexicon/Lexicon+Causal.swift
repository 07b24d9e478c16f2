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

    /// Objects after which a causal verb is an idiom, not a cause: "raises concerns", "raises the
    /// question", "triggers a debate", "increases awareness" ("raises the risk" stays causal).
    public static let causalIdiomObjects: [String] = [
        "concern", "concerns", "question", "questions", "doubt", "doubts", "awareness", "hope", "hopes",
        "possibility", "alarm", "debate", "issue", "issues", "eyebrows", "interest",
    ]

    /// Objects after which a causal verb voices a worry or a doubt, nothing found: "raises concerns
    /// about", "raised fears of", "raises eyebrows". Narrower than ``causalIdiomObjects`` on
    /// purpose: "raised interest rates", "reduced the possibility of" and "raises hopes" can carry a
    /// finding, so only objects that in any English text name a fear or a question are here.
    public static let worryObjects: [String] = [
        "concern", "concerns", "question", "questions", "doubt", "doubts", "alarm", "alarms",
        "eyebrows", "fear", "fears", "worry", "worries",
    ]

    /// Adverbs that make a phrasal verb of a causal verb, another verb than the cause it names:
    /// "cut back on", "slow down", "speed up", "ease off", "kill off". What follows them is no
    /// object of the cause ("cut back hiring" acts on no back).
    public static let verbParticles: [String] = ["back", "down", "up", "off", "out", "over", "away"]

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
