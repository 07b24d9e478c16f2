import FactCheckModel
import TextAnalysis

/// The speaker of a participle of saying hung on a sentence: "Unions have slammed the plan,
/// saying 300 jobs will go.", "The court also found the firm liable, noting that …". In English an "-ing"
/// clause attached to a main clause takes that clause's subject as its own, so the subject is
/// who said it. Read only when no other rule credits the sentence; the claim is the whole
/// sentence (the deed and what was said with it), so no figure leaves it.
extension AttributionParser {
    static func participleSpeaker(_ words: WordCursor) -> Result? {
        guard words.count >= 5,
              let participle = (3..<words.count).first(where: { Lexicon.speechParticiples.contains(words.lower($0)) && !words.isCapitalized($0) }),
              !words.hasQuoteMark(before: participle, from: 0),
              // "accused him of arguing", "be covering and explaining": a gerund after a
              // preposition, or an "-ing" inside a verb group, is no clause hung on the sentence.
              !SourcePhrase.prepositions.contains(words.lower(participle - 1)),
              !SourcePhrase.auxiliaries.contains(words.lower(participle - 1)), !["and", "or"].contains(words.lower(participle - 1)),
              // "a note saying he was sorry": without a comma an "-ing" clause after a text
              // describes that text, which is what says it.
              words.hasCommaAfter(participle - 1) || !Lexicon.writtenTextNouns.contains(words.lower(participle - 1)),
              let verb = (1..<(participle - 1)).first(where: { opensPredicate(words, at: $0) }),
              !isPassive(words, from: verb, before: participle), !isCopula(words, verb),
              let subject = SourcePhrase.trimmed(words, from: 0, to: verb), SourcePhrase.isNounPhrase(words, subject),
              SourcePhrase.namesSomeone(words, subject) || headNamesPeople(words, subject),
              !opensWithPronoun(words, subject)
        else { return nil }
        let source = stripLeadingArticle(words.text(from: subject.lowerBound, to: subject.upperBound))
        return Result(attribution: Attribution(source: source, vague: isVagueName(source)), claimStart: 0)
    }

    /// Whether word `index` is where the main clause's predicate starts: an auxiliary ("have
    /// slammed"), a finite form of a reporting or speech verb ("found", "said"), or a past form in
    /// "-ed" WordNet knows as a verb ("reacted"). Other irregular pasts ("upheld") are missed.
    static func opensPredicate(_ words: WordCursor, at index: Int) -> Bool {
        let word = words.lower(index)
        guard !words.isCapitalized(index) else { return false }
        if SourcePhrase.auxiliaries.contains(word) || reportingVerbs.contains(word) || speechVerbForms.contains(word) { return true }
        guard word.hasSuffix("ed"), let wordNet = try? WordNet.shared() else { return false }
        return wordNet.partsOfSpeech(of: word).contains(.verb)
    }

    /// "A lawsuit was served against her, alleging …": the subject of a passive is acted upon; it
    /// is not who speaks in the participle (the agent, unnamed, may be).
    static func isPassive(_ words: WordCursor, from verb: Int, before end: Int) -> Bool {
        (verb..<min(verb + 3, end - 1)).contains { index in
            ["is", "are", "was", "were", "be", "been", "being"].contains(words.lower(index))
                && ["ed", "en"].contains { words.lower(index + 1).hasSuffix($0) }
        }
    }

    /// Whether the subject's head is a noun of people or of an organisation ("vice-chancellors",
    /// "residents", "the union"), which can speak, though nothing in it is capitalised: a noun
    /// WordNet files as a kind of person or organization (for a hyphened word, its last part).
    static func headNamesPeople(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, let wordNet = try? WordNet.shared() else { return false }
        let head = words.lower(range.upperBound - 1)
        let last = head.split(separator: "-").last.map(String.init) ?? head
        return Set([head, last]).contains { wordNet.isKind($0, of: "person") || wordNet.isKind($0, of: "organization") }
    }

    /// "Wikipedia is also a resource …, adding …": a subject that only is something does nothing
    /// the participle could go with; the "-ing" clause belongs to another noun.
    static func isCopula(_ words: WordCursor, _ verb: Int) -> Bool {
        ["is", "are", "was", "were", "be"].contains(words.lower(verb))
    }

    /// "We'll …", "They’ve …": a pronoun with an auxiliary written onto it names nobody.
    static func opensWithPronoun(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        let first = words.lower(range.lowerBound).split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? ""
        return SourcePhrase.pronouns.contains(first)
    }
}
