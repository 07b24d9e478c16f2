import FactCheckModel
import TextAnalysis

/// Which event a year dates: the words a dating preposition ties it to ("opened *in* 1932" dates
/// the opening; "closed for repairs *in* 1975" the closing).
///
/// ``YearAgreement`` contradicts a claim whose year a relevant sentence does not share. That holds
/// when both years date one event, and fails when the sentence dates the opposite event of the
/// same thing: "The old bridge was closed for repairs in 1975" says nothing about when it opened
/// (issue #17, "Different subjects"). Only an opposite (WordNet's antonyms of the claim's dated
/// word, ``ClaimQuery/Term/opposites``: "closed" for "opened", "ended" for "began") marks another
/// event: a word merely unlike the claim's is more often the same event in other words ("formed"
/// for "started", "premiered" for "released") or one that still refutes it ("formed in 1990"
/// against "toured in 1906"), so its year still counts (Scorer README, "Session 13"). A year with no
/// preposition ("a 2012 film", "(born 1975)") dates the thing the sentence is about, and counts too.
enum DatedEvent {
    /// How many words before its preposition the dated words may stand ("closed *for repairs* in").
    static let window = 3

    /// The position of the content word the year at `year` dates, or nil when no dating preposition
    /// ties it to one.
    static func event(ofYearAt year: Int, in text: AnalyzedText) -> Int? {
        datedWords(ofYearAt: year, in: text).first
    }

    /// The content words, nearest first, within ``window`` words before the dating preposition of
    /// the year at `year` (``Lexicon/datingPrepositions``, across a month, a day and
    /// ``Lexicon/dateFillers``); none without such a preposition, and none past a number.
    static func datedWords(ofYearAt year: Int, in text: AnalyzedText) -> [Int] {
        guard let index = preposition(ofYearAt: year, in: text) else { return [] }
        let before = stride(from: index - 1, through: max(0, index - window), by: -1).filter { text.isContent[$0] }
        return Array(before.prefix { !text.isNumber[$0] })
    }

    /// The position of the dating preposition before the year at `year`, across a month, a day
    /// and ``Lexicon/dateFillers``; nil when none ties it to a word.
    static func preposition(ofYearAt year: Int, in text: AnalyzedText) -> Int? {
        var index = year - 1
        while index >= 0, isDatePart(text, at: index) { index -= 1 }
        guard index > 0, Lexicon.datingPrepositions.contains(text.words[index]) else { return nil }
        return index
    }

    /// The claim's dated word for its first year, if a preposition ties it to one.
    static func event(of claim: ClaimQuery) -> ClaimQuery.Term? {
        guard let year = claim.years.first, let at = positions(of: year, in: claim.analysis).first,
              let word = event(ofYearAt: at, in: claim.analysis)
        else { return nil }
        return claim.terms.first { $0.id == claim.analysis.stemIDs[word] }
    }

    /// Whether every place `year` is written in `sentence` is tied to an opposite of the claim's
    /// dated word `event` ("closed for repairs in 1975" against "opened in 1932"). Not when the
    /// dated words hold the claim's own word too ("opened and closed in 1935", "once closed,
    /// opened in 1935": both events have that year), nor when the year ends or starts a state
    /// rather than dating an event ("stayed closed until 1935" says the opening came then or
    /// later; only ``Lexicon/eventPrepositions`` put the opposite event at the year).
    static func datesTheOpposite(_ year: Quantity, of event: ClaimQuery.Term, in sentence: AnalyzedText) -> Bool {
        guard !event.opposites.isEmpty else { return false }
        let written = positions(of: year, in: sentence)
        return !written.isEmpty && written.allSatisfy { at in
            guard let preposition = preposition(ofYearAt: at, in: sentence),
                  Lexicon.eventPrepositions.contains(sentence.words[preposition])
            else { return false }
            let dated = datedWords(ofYearAt: at, in: sentence)
            return dated.contains { event.opposites.contains(sentence.stems[$0]) }
                && !dated.contains { names(event, sentence, at: $0) }
        }
    }

    /// Whether the sentence word at `index` is the claim's dated word or one of its synonyms.
    private static func names(_ event: ClaimQuery.Term, _ sentence: AnalyzedText, at index: Int) -> Bool {
        let id = sentence.stemIDs[index]
        return id == event.id || event.alternatives.contains([id]) || event.sameWay.contains(id)
    }

    /// Where `year` is written in `text`: its number tokens (a span's two ends too).
    static func positions(of year: Quantity, in text: AnalyzedText) -> [Int] {
        let values = Set([year.value, year.upperValue].compactMap { $0 }.map { Int($0) })
        return (0..<text.count).filter { text.isNumber[$0] && values.contains(leadingNumber(text.words[$0]) ?? -1) }
    }

    private static func isDatePart(_ text: AnalyzedText, at index: Int) -> Bool {
        let word = text.words[index]
        if Lexicon.monthNames.contains(word) || Lexicon.dateFillers.contains(word) { return true }
        // A day's number ("on 3 May 1932", "May 3, 1932") or an ordinal's ending ("3rd").
        if text.isNumber[index], let day = leadingNumber(word), (1...31).contains(day) { return true }
        return Lexicon.ordinalSuffixes.contains(word) && index > 0 && text.isNumber[index - 1]
    }

    private static func leadingNumber(_ word: String) -> Int? {
        Int(word.prefix { $0.isASCII && $0.isNumber })
    }
}
