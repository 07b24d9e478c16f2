import TextAnalysis

/// A verb of saying inside a clause of time, with nothing said after it: "about two hours before
/// the mayor announced — the crews left", "The gates stayed shut until officials said, and then
/// …", "Once the board agreed, work began". The conjunction of time
/// (``Lexicon/timeClauseConjunctions``) makes the subject that clause's, and when the clause ends
/// at the verb it tells when something else happened: it reports nothing, so the sentence credits
/// no one. A general rule of English subordination, the time-clause twin of "While Government say
/// …" (``SourcePhrase``'s subordinators).
///
/// What is checked after the verb: a comma, a dash or the sentence's end right after it, and no
/// "that" either right after it or after an aside set off by commas or dashes ("When Okafor said,
/// in May, that 40 homes were lost, …" and "announced — as expected — that …" say something).
/// An object or a bare clause after the verb's comma is not looked for: a comma there closes the
/// clause of time ("Once Okafor said, the crowd left").
///
/// Read only in that shape: the conjunction before the source's name with no comma or dash
/// between them. "Before the vote, Okafor said the pier will close" (a comma closes the time
/// phrase first), "after Okafor said that the pier will close" (something said), "Okafor
/// announced — to nobody's surprise — that …" (no conjunction) and "as Okafor said," (a comment
/// clause) stay sourced. When the conjunction sits inside the words read as the subject rather
/// than right before it, a preposition of time may be part of the subject ("Doctors at the clinic
/// since January said, however, that …"), so that path needs the verb to end the sentence or a
/// dash after it, unless the conjunction opens those words ("Once Okafor said, the crowd left").
extension AttributionParser {
    /// Whether the verb at `verb`, whose subject is `subject`, stands in a clause of time with
    /// nothing said after it: a conjunction of time right before the subject ("before Okafor
    /// announced —"), or inside the words read as the subject, before a name or a pronoun, with
    /// the verb ending the sentence or a dash after it ("The ferries waited for 3 hours after
    /// Okafor announced."), and no comma or dash between the conjunction and the verb. Not when a
    /// comma sets the subject off before it: "…, officials after Easter said." is a source after
    /// its claim.
    static func speaksInTimeClauseWithNothingSaid(_ words: WordCursor, _ subject: Range<Int>, verb: Int) -> Bool {
        let endsSentence = verb == words.count - 1
        guard endsSentence || words.hasCommaAfter(verb) || words.hasDashAfter(verb) else { return false }
        if !endsSentence, thatFollowsAside(words, verb: verb) { return false }
        let setOff = subject.lowerBound > 0 && words.hasCommaAfter(subject.lowerBound - 1)
        let candidates = max(0, subject.lowerBound - 1)..<verb
        guard let conjunction = candidates.last(where: { Lexicon.timeClauseConjunctions.contains(words.lower($0)) && ($0 == 0 || !words.isCapitalized($0)) })
        else { return false }
        guard !(conjunction..<verb).contains(where: { words.hasCommaAfter($0) || words.hasDashAfter($0) }) else { return false }
        if conjunction == subject.lowerBound - 1 { return true }
        // "Once Okafor said, the crowd left": a conjunction opening the words has no noun before
        // it to hang on as a preposition, so a comma after the verb still closes its clause.
        guard endsSentence || words.hasDashAfter(verb) || conjunction == subject.lowerBound else { return false }
        let next = conjunction + 1
        return !setOff && next < verb && (words.isCapitalized(next) || Self.clauseSubjects.contains(words.lower(next)))
    }

    /// Whether "that" follows the verb at `verb`, right after it or after the aside its comma or
    /// dash opens (up to the next comma or dash): "said, in May, that …", "announced — as
    /// expected — that …".
    static func thatFollowsAside(_ words: WordCursor, verb: Int) -> Bool {
        guard verb + 1 < words.count else { return false }
        if words.lower(verb + 1) == "that" { return true }
        var index = verb + 1
        while index < words.count, !words.hasCommaAfter(index), !words.hasDashAfter(index) { index += 1 }
        return index + 1 < words.count && words.lower(index + 1) == "that"
    }
}
