/// English function words: they say nothing about what a claim is about, so retrieval and
/// alignment ignore them. Negations ("no", "not", "never") and hedges ("may", "can") are *not*
/// here: the scorer reads them as polarity and certainty, so they must never be thrown away early.
public enum StopWords {
    public static func contains(_ word: String) -> Bool { words.contains(word) }

    public static let words: Set<String> = Set<String>([
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "than", "that", "this", "these", "those",
        "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "onto",
        "about", "over", "under", "after", "before", "between", "through", "during", "per", "via", "up",
        "down", "out", "off", "again", "further", "once", "is", "are", "was", "were", "be", "been", "being",
        "am", "do", "does", "did", "doing", "have", "has", "had", "having", "it", "its", "it's", "itself",
        "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
        "ours", "you", "your", "yours", "i", "me", "my", "mine", "myself", "yourself", "themselves",
        "all", "any", "both",
        "each", "other", "such", "own", "same", "too", "very", "just", "also", "only", "even", "s", "t",
        "will", "would", "shall", "should", "one", "ones", "some", "many", "much", "more", "most", "very",
        "like", "things", "thing", "way", "ways", "kind", "kinds", "lot", "lots", "get", "gets", "got",
        "you'll", "you're", "you've", "they're", "we're", "that's", "there's", "let", "lets", "let's",
    ]).union(Lexicon.whWords)
}
