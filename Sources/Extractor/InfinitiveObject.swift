import TextAnalysis

/// A reporting verb's form right after an infinitive whose verb needs an object is that object, a
/// plural noun: "These gauges require several surveys *to get estimates* of the tide",
/// "volunteers were hired *to file reports* on 3 beaches", "*to make claims* about 12 boats". In
/// English an infinitive takes no subject of its own, so no finite verb can stand right after
/// "to" and its verb; when WordNet's most frequent sense of that verb takes an object and cannot
/// stand without one (``WordNet/takesObjectOnly(_:)``: "get", "file", "make"), the next word is the
/// object, and nobody reports anything. A general rule of English, not tied to a word list.
///
/// Not read: an infinitive that can stand alone ending the subject ("The failure *to act shows*
/// that the council ignored 3 warnings": "act" needs no object, so "shows" is the sentence's
/// verb), "to" as a preposition ("according to reports", "said to reporters"), a comma between
/// ("asked to comment, says that …"), and "that" or a colon after the form ("to make claims
/// that …" is the statement-noun rule's).
extension AttributionParser {
    /// Whether the word at `index` is the object of an infinitive right before it.
    static func isObjectOfInfinitive(_ words: WordCursor, _ index: Int) -> Bool {
        guard index >= 2, words.lower(index - 2) == "to",
              !words.isCapitalized(index - 1), !words.hasCommaAfter(index - 2), !words.hasCommaAfter(index - 1),
              !words.hasDashAfter(index - 1), !words.hasColonAfter(index),
              index + 1 == words.count || words.lower(index + 1) != "that",
              let wordNet = try? WordNet.shared()
        else { return false }
        let verb = words.lower(index - 1)
        return wordNet.isVerbLemma(verb) && wordNet.takesObjectOnly(verb)
    }
}
