import TextAnalysis

/// A verb of saying inside a clause of time, with nothing said after it: "about two hours before
/// the mayor announced — the crews left", "The gates stayed shut until officials said, and then
/// …", "Once the board agreed, work began". The conjunction of time
/// (``Lexicon/timeClauseConjunctions``) makes the subject that clause's, and with no object, no
/// "that" and no bare clause after the verb the clause tells when something else happened: it
/// reports nothing, so the sentence credits no one. A general rule of English subordination, the
/// time-clause twin of "While Government say …" (``SourcePhrase``'s subordinators).
///
/// Read only in that shape: the conjunction before the source's name with no comma or dash
/// between them, and a comma, a dash or the sentence's end right after the verb. "Before the vote, Okafor said the pier will
/// close" (a comma closes the time phrase first), "after Okafor said that the pier will close"
/// (something said), "Okafor announced — to nobody's surprise — that …" (no conjunction) and "as
/// Okafor said," (a comment clause) stay sourced.
extension AttributionParser {
    /// Whether the verb at `verb`, whose subject is `subject`, stands in a clause of time with
    /// nothing said after it: a conjunction of time right before the subject ("before Okafor
    /// announced —"), or inside the words read as the subject, before a name or a pronoun
    /// ("The ferries waited for 3 hours after Okafor announced.", "Once she agreed, …"), with no
    /// comma or dash between it and the verb. Not when a comma sets the subject off before it:
    /// "…, officials after Easter said." is a source after its claim.
    static func speaksInTimeClauseWithNothingSaid(_ words: WordCursor, _ subject: Range<Int>, verb: Int) -> Bool {
        guard verb == words.count - 1 || words.hasCommaAfter(verb) || words.hasDashAfter(verb) else { return false }
        let setOff = subject.lowerBound > 0 && words.hasCommaAfter(subject.lowerBound - 1)
        let candidates = max(0, subject.lowerBound - 1)..<verb
        guard let conjunction = candidates.last(where: { Lexicon.timeClauseConjunctions.contains(words.lower($0)) && ($0 == 0 || !words.isCapitalized($0)) })
        else { return false }
        guard !(conjunction..<verb).contains(where: { words.hasCommaAfter($0) || words.hasDashAfter($0) }) else { return false }
        if conjunction == subject.lowerBound - 1 { return true }
        let next = conjunction + 1
        return !setOff && next < verb && (words.isCapitalized(next) || Self.clauseSubjects.contains(words.lower(next)))
    }
}
