extension Lexicon {
    /// Pairs of words that say opposite things about the same subject: "activates" against
    /// "inhibits", "dependent" against "independent", beyond the up/down axis of the direction words.
    public static let antonymPairs: [(String, String)] = [
        ("activate", "inhibit"), ("activation", "inhibition"), ("activates", "suppresses"), ("agonist", "antagonist"),
        ("upregulate", "downregulate"), ("upregulation", "downregulation"), ("upregulated", "downregulated"),
        ("high", "low"), ("positive", "negative"), ("present", "absent"), ("presence", "absence"),
        ("gain", "loss"), ("excess", "deficiency"), ("sufficient", "insufficient"), ("necessary", "dispensable"),
        ("required", "dispensable"), ("dependent", "independent"), ("effective", "ineffective"),
        ("efficacy", "inefficacy"), ("safe", "unsafe"), ("common", "rare"), ("benign", "malignant"),
        ("resistant", "sensitive"), ("resistance", "sensitivity"), ("resistant", "susceptible"),
        ("long", "short"), ("longer", "shorter"), ("early", "late"), ("earlier", "later"), ("fast", "slow"),
        ("faster", "slower"), ("strong", "weak"), ("stronger", "weaker"), ("major", "minor"),
        ("accurate", "inaccurate"), ("stable", "unstable"), ("likely", "unlikely"), ("able", "unable"),
        ("protective", "harmful"), ("protects", "harms"), ("beneficial", "detrimental"), ("enhances", "impairs"),
        ("promotes", "inhibits"), ("promote", "prevent"), ("induces", "prevents"), ("increase", "decrease"),
        ("increased", "decreased"), ("higher", "lower"), ("more", "less"), ("greater", "smaller"),
        ("improves", "worsens"), ("survival", "death"), ("success", "failure"), ("responders", "nonresponders"),
        ("associated", "unassociated"), ("correlated", "uncorrelated"), ("related", "unrelated"),
        ("expressed", "unexpressed"), ("affected", "unaffected"), ("changed", "unchanged"), ("altered", "unaltered"),
        ("detectable", "undetectable"), ("functional", "nonfunctional"), ("significant", "nonsignificant"),
        ("mature", "immature"), ("normal", "abnormal"), ("typical", "atypical"), ("complete", "incomplete"),
        ("reversible", "irreversible"), ("responsive", "unresponsive"), ("specific", "nonspecific"),
    ]
}
