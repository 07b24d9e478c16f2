extension Lexicon {
    /// Pairs of words that say opposite things about the same subject, beyond the up/down axis of
    /// the direction words, that WordNet does not give (the scorer asks WordNet for the rest:
    /// "effective" / "ineffective", "dependent" / "independent", "high" / "low" are its).
    /// A test checks that WordNet still lacks each pair.
    public static let antonymPairs: [(String, String)] = [
        ("activate", "inhibit"), ("activation", "inhibition"), ("activates", "suppresses"),
        ("upregulate", "downregulate"), ("upregulation", "downregulation"), ("upregulated", "downregulated"),
        ("excess", "deficiency"), ("necessary", "dispensable"), ("required", "dispensable"), ("safe", "unsafe"),
        ("common", "rare"), ("resistant", "sensitive"), ("resistance", "sensitivity"), ("resistant", "susceptible"),
        ("longer", "shorter"), ("earlier", "later"), ("faster", "slower"), ("stronger", "weaker"),
        ("likely", "unlikely"), ("protective", "harmful"), ("protects", "harms"), ("beneficial", "detrimental"),
        ("enhances", "impairs"), ("promotes", "inhibits"), ("promote", "prevent"), ("induces", "prevents"),
        ("higher", "lower"), ("more", "less"), ("greater", "smaller"), ("improves", "worsens"), ("survival", "death"),
        ("responders", "nonresponders"), ("associated", "unassociated"), ("correlated", "uncorrelated"),
        ("expressed", "unexpressed"), ("detectable", "undetectable"), ("significant", "nonsignificant"),
    ]
}
