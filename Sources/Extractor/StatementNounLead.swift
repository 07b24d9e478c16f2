import TextAnalysis

/// A statement put forward by its noun: "The agency has touted estimates that 2 million homes
/// could flood", "Last week the mayor made a bold claim on local radio that the budget was
/// balanced", "The regulator issued a warning that prices will rise". In English a noun of
/// statement (``Lexicon/statementNouns``) takes its content in a "that" clause; after a verb that
/// puts it forward (``Lexicon/statementOfferingVerbForms``) the verb's subject is who states it,
/// as after "said that".
///
/// Read only in that shape: the verb, at most three modifiers (an article, an adjective), the
/// noun, at most a short phrase with no comma ("on local radio"), then "that" opening a clause
/// with a subject of its own. "The claim that he made was false" (the verb after the noun), "He
/// made a claim that was false" (a relative clause: a verb straight after "that") and "the
/// estimates that followed" (no verb before the noun) credit no one.
extension AttributionParser {
    /// The index of the "that" whose clause the verb at `verb` puts forward by its noun; nil when
    /// the words after the verb are not in that shape.
    static func statementNounThat(_ words: WordCursor, verb: Int) -> Int? {
        guard Lexicon.statementOfferingVerbForms.contains(words.lower(verb)), !words.isCapitalized(verb),
              let noun = ((verb + 1)..<min(words.count, verb + 5)).first(where: { Lexicon.statementNouns.contains(words.lower($0)) }),
              ((verb + 1)..<noun).allSatisfy({ index in
                  !words.hasCommaAfter(index) && !words.isCapitalized(index) && !SourcePhrase.prepositions.contains(words.lower(index))
                      && !SourcePhrase.clauseWords.contains(words.lower(index))
              }),
              let that = ((noun + 1)..<min(words.count, noun + 5)).first(where: { words.lower($0) == "that" }),
              !((noun..<that).contains { words.hasCommaAfter($0) }),
              that + 1 < words.count,
              // "a claim that was false": a verb straight after "that" opens a relative clause.
              !Lexicon.auxiliaryVerbs.contains(words.lower(that + 1)),
              let wordNet = try? WordNet.shared(), statementFollows(words, that: that, wordNet: wordNet)
        else { return nil }
        return that
    }
}
