import TextAnalysis

/// The language data a check reads at run time besides the articles and their sources: WordNet's
/// database (Debian's `wordnet-base`), which the scorer consults for synonyms and antonyms, and its
/// sense-tagged counts (`cntlist.rev`), from which the literature search tells common words from topic
/// words (`WordRarity`).
public enum LanguageData {
    /// Throws, naming the package to install, when WordNet's database or its counts file cannot be
    /// read (``WordNet/shared()`` checks both): a run then
    /// stops before any work with a clear message instead of failing in the middle of a check.
    public static func check() throws {
        _ = try WordNet.shared()
    }
}
