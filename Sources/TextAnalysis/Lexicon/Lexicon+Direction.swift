extension Lexicon {
    /// The plainest verbs of going up: the ledger matcher treats only these as a claim's direction.
    public static let coreIncreaseVerbs: [String] = ["increase", "raise", "boost"]
    /// The plainest verbs of going down.
    public static let coreDecreaseVerbs: [String] = ["decrease", "reduce", "lower", "cut"]

    /// Up along one axis: "reduces cortisol" against "increased cortisol" is a reversal.
    public static let increaseWords: [String] = coreIncreaseVerbs + moreComparatives + [
        "raised", "promote", "stimulate", "elevate", "elevated",
        "rise", "rose", "enhance", "enhanced", "augment", "accelerate", "gain",
        "upregulate", "upregulated", "upregulation", "exacerbate", "potentiate", "amplify", "heighten",
    ]
    /// Down along the same axis ("lower" is a core verb and a comparative both).
    public static let decreaseWords: [String] = coreDecreaseVerbs + lessComparatives.filter { !coreDecreaseVerbs.contains($0) } + [
        "reduction", "lowered", "decline", "inhibit",
        "suppress", "diminish", "drop", "dropped", "fall", "fell", "lessen", "attenuate", "alleviate",
        "slow", "slowed",
        "block", "blocked", "abolish", "abolished", "abrogate", "downregulate", "downregulated", "downregulation",
        "deplete", "depleted", "prevent", "prevented", "protect", "protected", "ameliorate",
    ]
    /// Adverbs of association, which say up or down only as written ("positively", not its stem).
    public static let increaseAdverbs: [String] = ["positively"]
    public static let decreaseAdverbs: [String] = ["negatively", "inversely"]

    /// Better, a second axis: "improves pain" and "reduces pain" say the same thing, so better and
    /// worse are never set against up and down.
    public static let improveWords: [String] = [
        "improve", "improved", "improvement", "benefit", "beneficial", "better",
    ]
    /// Worse, on the same second axis.
    public static let worsenWords: [String] = [
        "worsen", "worsened", "worse", "impair", "impaired", "deteriorate", "harm", "harmful", "aggravate",
    ]

    /// Comparatives, which make a bound rather than a change when "than" and a number follow
    /// ("more than 80 percent").
    public static let comparatives: [String] = moreComparatives + lessComparatives
    /// The comparatives of more: the ledger matcher reads each as "more".
    public static let moreComparatives: [String] = ["more", "greater", "higher"]
    /// The comparatives of less: the ledger matcher reads each as "less".
    public static let lessComparatives: [String] = ["less", "fewer", "lower"]

    /// What puts the group a comparison is made against after it: "men are at higher risk *than*
    /// women", "women at increased risk *compared with* men". The direction of such a finding
    /// depends on which group comes first.
    public static let comparisonMarkers: [String] = [
        "than", "compared with", "compared to", "relative to", "versus", "vs", "in comparison with", "in comparison to",
    ]
    /// Verbs of winning: "A *outperformed* B" says what "A was better than B" says, the verb its
    /// own marker and direction (better). General English, a short list rather than WordNet's
    /// synset of "outperform", which also holds "exceed" (an amount: "costs exceeded the budget").
    public static let winningVerbs: [String] = [
        "outperform", "outperforms", "outperformed", "outperforming",
        "surpass", "surpasses", "surpassed", "surpassing",
        "outdo", "outdoes", "outdid", "outdone",
    ]
    /// Markers that carry their own direction on the better / worse axis: "A was *superior to* B"
    /// (better). Only with "to" after them: "superior" alone is a rank or a noun ("the Mother
    /// Superior", "the superior lobe"). "preferable to" was tried and dropped: a preference may rest
    /// on cost or ease ("preferable because it is cheaper"), no finding of which works better.
    public static let winningMarkers: [String] = ["superior to"]
    /// The markers of losing, the other way on the same axis.
    public static let losingMarkers: [String] = ["inferior to"]
    /// Adjectives of merit: a comparative before one ("*more effective* than") says which group
    /// does better, as "superior to" and "outperformed" do, while still saying how much (as
    /// "higher response rates than" does). Only the ones whose "more" means better: "more harmful"
    /// means worse. Part of ``efficacyWords``.
    public static let meritAdjectives: [String] = ["effective", "efficacious", "beneficial"]
    /// Words that say a treatment works or harms: a claim about efficacy with no causal verb (read
    /// by the claim detector and check-worthiness, `Extractor/ClaimLexicon`).
    public static let efficacyWords: Set<String> = Set(meritAdjectives).union([
        "ineffective", "effectiveness", "efficacy", "harmful",
    ])

    /// Words that open a clause stating no finding: a condition ("*if* A outperformed B, the theory
    /// would fail") or an open question ("*whether* A outperforms B remains unknown"). A comparison
    /// after one in its clause is no result. ``conditionWords`` with "whether".
    public static let unassertedClauseOpeners: Set<String> = conditionWords.union(["whether"])

    /// Words before "than" that make no comparison of groups: "rather than", "other than".
    public static let nonComparingBeforeThan: [String] = ["rather", "other"]

    /// Change words that are no change word before a given next word: "*lower* back pain", "*lower*
    /// respiratory infection" name a part of the body. Read by the direction rule and by the
    /// compared-group reading alike.
    public static let noChangeWordBefore: [String: [String]] = [
        "lower": [
            "back", "limb", "limbs", "leg", "legs", "extremity", "extremities", "abdomen", "abdominal", "urinary",
            "respiratory", "body", "spine", "lumbar", "jaw", "lip", "gastrointestinal", "airway", "airways",
        ],
    ]

    /// Words that may stand between a comparison marker and the group compared against ("than *in*
    /// men", "compared with *the* placebo group"); any other word there (a preposition: "than *to*
    /// mild influenza") means no group follows.
    public static let groupLeadWords: [String] = ["in", "among", "amongst", "with", "the", "a", "an", "those", "these", "their"]
}
