import Foundation

/// How common a word is in general English, from WordNet's sense-tagged counts
/// (``WordNet/taggedCount(of:)``): the one measure of "this word carries no topic" that needs no
/// hand list and no statistics of the collection searched. "need", "show", "related" are used
/// everywhere; "homocysteine", "urease" nowhere outside their field.
///
/// ``commonness(of:)`` is `1 − log(1 + scale / (1 + n)) / log(1 + scale)` for a word tagged `n`
/// times: 0 for a word WordNet never saw tagged, towards 1 for the commonest. WordNet, counts file
/// (`cntlist.rev`) included, is checked before a run starts (``WordNet/shared()`` fails naming the
/// missing file, and `LanguageData.check()` stops the run with it); a library caller that skips the
/// check gets 0 for every word (nothing is known to be common) rather than a crash.
public enum WordRarity {
    /// Where the curve bends (SemCor tags about 260,000 words; "need" is tagged 342 times,
    /// "related" 26, "urease" never); 50 was the first value tried, and the alternatives tried on
    /// SciFact tune half A changed no more than a claim (`Sources/ScholarlySources/README.md`).
    static let scale = 50.0

    /// A word spelt the British way counts as its American spelling does (SemCor is American English:
    /// "behavior" is tagged, "behaviour" never), so a claim's spelling does not change its query.
    public static func commonness(of word: String) -> Double {
        guard let wordNet = try? WordNet.shared() else { return 0 }
        let count = Double(([word] + SpellingVariants.variants(of: word)).map { wordNet.taggedCount(of: $0) }.max() ?? 0)
        let scale = Self.scale
        return 1 - log(1 + scale / (1 + count)) / log(1 + scale)
    }
}
