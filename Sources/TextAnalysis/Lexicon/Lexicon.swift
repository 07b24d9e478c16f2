/// The words that carry meaning for every stage, each list written once as plain words.
///
/// Before this home existed the same words were listed in five places (the extractor, the scorer,
/// the verifier, the ledger matcher, the literature search), so a change to one list silently
/// disagreed with the others. Each stage now derives what it reads (stems, prefixes, inflected
/// forms, canonical forms) from these lists, and says in its own code how.
public enum Lexicon {
    /// Splits a phrase written with single spaces into its words.
    public static func words(of phrase: String) -> [String] {
        phrase.split(separator: " ").map(String.init)
    }
}
