import TextAnalysis

/// A rank or a prize taken, not a statement: "The town claimed the coldest night of the winter at
/// minus 30 degrees", "The crew claims the fastest crossing this year". A verb that both reports
/// and takes (``Lexicon/rankTakingVerbs``: "claim") before "the" and a superlative
/// (``Lexicon/looksSuperlative(_:)``) has a noun phrase as its object when no finite verb follows
/// it before the sentence's end; English has no bare clause without a finite verb, so nothing is
/// said and no one is credited. A general rule of English, read in that shape only.
///
/// Still statements (each a shape session 21's review found the first version misreading):
/// - a finite verb anywhere after the superlative, to the sentence's end, past commas and dashes
///   ("claimed the sharpest fall — 30 percent — came in June", "the biggest risk, by far, is"):
///   an inflected WordNet form, a copula, an auxiliary, a modal;
/// - a WordNet verb lemma right after the superlative's noun ("claimed the poorest 20 percent
///   *pay* too much rent"): a plain present verb after a plural subject; the noun itself may be a
///   verb lemma ("the fastest *time*"), so only the word after it is read;
/// - a later verb of saying ("claimed the fastest time, at 3 hours, and said the course was
///   flat"): skipping the first verb would lose the speaker of the second;
/// - "claimed that …", "claimed the plan will fail" (no superlative), "a claim of the fastest …"
///   (a noun);
/// - a subject that holds a role that speaks (``Lexicon/sourceRoleNouns``: "The mayor claimed the
///   lowest jobless rate in a decade"): a role reports a record, it takes none.
extension AttributionParser {
    /// Whether the verb at `verb`, of base `base`, with its subject at `subject`, takes a rank: "the"
    /// and a superlative after it, no finite verb and no verb of saying in the rest of the sentence,
    /// and no role noun in the subject.
    static func takesARank(_ words: WordCursor, subject: Range<Int>, verb: Int, base: String) -> Bool {
        guard Lexicon.rankTakingVerbs.contains(base), verb + 3 < words.count,
              !subject.contains(where: { Lexicon.sourceRoleNouns.contains(words.lower($0)) }),
              words.lower(verb + 1) == "the", Lexicon.looksSuperlative(words.lower(verb + 2)),
              !words.hasCommaAfter(verb + 1), let wordNet = try? WordNet.shared()
        else { return false }
        if ((verb + 1)..<words.count).contains(where: { leadVerbs.contains(words.lower($0)) && !words.isCapitalized($0) }) { return false }
        // The superlative's noun: the first word after it that is no number ("the richest 10
        // *percent*"); a word in "-ing" is no finite verb ("the fastest crossing").
        var noun = verb + 3
        while noun < words.count - 1, words.lower(noun).first?.isNumber == true { noun += 1 }
        if noun + 1 < words.count, !words.hasCommaAfter(noun), !words.hasDashAfter(noun) {
            let next = words.lower(noun + 1)
            if !words.isCapitalized(noun + 1), !next.hasSuffix("ing"), wordNet.isVerbLemma(next), !SourcePhrase.prepositions.contains(next) {
                return false
            }
        }
        for index in (verb + 3)..<words.count {
            let word = words.lower(index)
            // A copula, an auxiliary or a modal (``Lexicon/auxiliaryVerbs``), or "that", opens a clause.
            if Lexicon.auxiliaryVerbs.contains(word) || word == "that" { return false }
            if index > verb + 3, !words.isCapitalized(index), !word.hasSuffix("ing"), wordNet.isInflectedVerbForm(word) { return false }
        }
        return true
    }
}
