import TextAnalysis

/// A rank or a prize taken, not a statement: "The town claimed the coldest night of the winter at
/// minus 30 degrees", "The crew claims the fastest crossing this year". A verb that both reports
/// and takes (``Lexicon/rankTakingVerbs``: "claim") before "the" and a superlative
/// (``Lexicon/looksSuperlative(_:)``) has a noun phrase as its object when no finite verb follows
/// it in the clause; English has no bare clause without a finite verb, so nothing is said and no
/// one is credited. A general rule of English, read in that shape only.
///
/// Still statements: "claimed the best results came from rest" (a finite verb after the
/// superlative: a bare clause), "claimed that the coldest night was in May" ("that"), "claimed
/// the plan will fail" (no superlative), and a finite verb anywhere before the clause's comma or
/// dash keeps it a statement (WordNet's inflected verb forms, copulas, auxiliaries, modals). Nor is
/// it read when a verb of saying follows anywhere in the sentence ("claimed the fastest time, and
/// said the course was flat"): skipping the first verb would lose the speaker of the second.
extension AttributionParser {
    /// Whether the verb at `verb`, of base `base`, takes a rank: "the" and a superlative after it,
    /// and no finite verb in the rest of the clause.
    static func takesARank(_ words: WordCursor, verb: Int, base: String) -> Bool {
        guard Lexicon.rankTakingVerbs.contains(base), verb + 2 < words.count,
              words.lower(verb + 1) == "the", Lexicon.looksSuperlative(words.lower(verb + 2)),
              !words.hasCommaAfter(verb + 1), let wordNet = try? WordNet.shared()
        else { return false }
        // "Ana Ruiz claimed the fastest time and said the course was flat": a later verb of saying
        // is read on its own, so the sentence keeps its source there.
        if ((verb + 1)..<words.count).contains(where: { leadVerbs.contains(words.lower($0)) && !words.isCapitalized($0) }) { return false }
        let finite = Set(Lexicon.copulas + Lexicon.auxiliaries + Lexicon.modalVerbs).union(["that", "do", "does", "did"])
        // The superlative's head noun may look like a verb ("the highest scores"); a word in
        // "-ing" is no finite verb ("the fastest crossing").
        var index = verb + 3
        while index < words.count {
            let word = words.lower(index)
            if finite.contains(word) { return false }
            if index > verb + 3, !words.isCapitalized(index), !word.hasSuffix("ing"), wordNet.isInflectedVerbForm(word) { return false }
            if words.hasCommaAfter(index) || words.hasDashAfter(index) { break }
            index += 1
        }
        return true
    }
}
