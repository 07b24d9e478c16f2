import FactCheckModel
import TextAnalysis

/// A speaker named after what they said: "“Prices will fall,” said Ana Ruiz, a scholar at the Hill
/// Institute." / "…, said Philip Luther, research director at the group." / "…, Heyward said." /
/// "“…,” the ministry told reporters." The source is the speaker's name (without the apposition
/// that describes them), the claim what comes before the comma or closing quote.
extension AttributionParser {
    /// Verbs that credit speech, every form, for ``speakerAfterClaim(_:)``.
    /// After the claim a verb of answering or admitting reports speech too ("…, Cueto responded.").
    static let speechVerbForms: Set<String> = Set((Lexicon.speechVerbs + Lexicon.speechVerbsBeforeThat).flatMap(\.all))

    static func speakerAfterClaim(_ words: WordCursor) -> Result? {
        guard words.count >= 4 else { return nil }
        // The latest boundary (a comma or a closing quote after a word) whose tail reads as a speaker.
        for tail in stride(from: words.count - 2, through: 2, by: -1) where words.endsClause(before: tail) {
            guard let speaker = speaker(in: words, from: tail) else { continue }
            let name = words.text(from: speaker.lowerBound, to: speaker.upperBound)
            return Result(
                attribution: Attribution(source: name, vague: isVagueName(name)),
                claimStart: words.startsWithQuote ? words.offsetOf(0) : 0, claimEnd: words.endOfWord(tail - 1))
        }
        return nil
    }

    /// The speaker's words in the tail starting at word `start`, if the tail is one of:
    /// "said NAME[, apposition]", "NAME said[ a few words]", "NAME, apposition, said".
    static func speaker(in words: WordCursor, from start: Int) -> Range<Int>? {
        let count = words.count
        // "…, Dr. Ana Ruiz, a dermatologist, tells the Harbour Gazette.": whom a speaker tells is
        // the hearer, never the speaker; the speaker stands before the verb.
        if hearerVerbForms.contains(words.lower(start)) { return nil }
        // "said Philip Luther, research director at …"; "…, estimates Evan Sparks, CEO of …" and
        // "“…,” declared President Ana Ruiz." (``isInvertedVerb(_:_:)``) when a name follows.
        let inverted = !isSpeechVerb(words, start) && isInvertedVerb(words, start)
        if isSpeechVerb(words, start) || inverted {
            var end = start + 1
            while end < count, end - start <= 7 {
                // "said Ana Ruiz who is the port's manager": a relative clause describes the speaker, as an apposition does.
                // Only a lowercase relative word: "said a spokesperson for the WHO" names the WHO.
                if end > start + 1, SourcePhrase.relativePronouns.contains(words.lower(end)), !words.isCapitalized(end) { break }
                end += 1
                if words.hasCommaAfter(end - 1) { break }
            }
            guard end > start + 1, end - (start + 1) <= 6 else { return nil }
            // "said the WHO": the article trimmed off may stand before the name, nothing else.
            guard let name = SourcePhrase.trimmed(words, from: start + 1, to: end),
                  ((start + 1)..<name.lowerBound).allSatisfy({ ["the", "a", "an"].contains(words.lower($0)) }),
                  SourcePhrase.namesSomeone(words, name), !name.allSatisfy({ SourcePhrase.timeWords.contains(words.lower($0)) })
            else { return nil }
            // After a verb that is also an adjective ("…, reported cases rose"), only a name is a
            // speaker: capitalised words, or roles, ending the sentence or closed by a comma.
            if inverted {
                guard name.allSatisfy({ words.isCapitalized($0) || Lexicon.sourceRoleNouns.contains(words.lower($0)) }),
                      name.upperBound == count || words.hasCommaAfter(name.upperBound - 1)
                else { return nil }
            }
            return name
        }
        // "Heyward said." / "the mayor told reporters on Monday." / "Ana Ruiz, a scholar at X, said."
        // The claim before the boundary is a statement of its own, not "In 2019".
        guard start >= 4 else { return nil }
        // "“…,” Trump declared.": after a closing quotation any finite verb of saying names its speaker.
        let quoted = words.hasQuoteMark(before: start, from: start - 1)
        for verb in (start + 1)..<min(count, start + 16) where isSpeechVerb(words, verb) || quoted && isQuotationVerb(words, verb) {
            // After the verb only whom it was told and when: "told reporters on Monday", "said in a
            // statement"; "Smith said prices fell" opens a claim of its own.
            // A comma after the verb hangs a clause of its own on it ("…, Ana Ruiz said, adding that …").
            guard count - verb <= 6 || words.hasCommaAfter(verb) else { return nil }
            if verb + 1 < count, !words.hasCommaAfter(verb) {
                let next = words.lower(verb + 1)
                guard words.isCapitalized(verb + 1) || afterSpeechWords.contains(next) else { return nil }
                guard !((verb + 1)..<count).contains(where: { SourcePhrase.clauseWords.contains(words.lower($0)) }) else { return nil }
            }
            var nameEnd = verb
            if let comma = (start..<verb).first(where: { words.hasCommaAfter($0) }) {
                // An apposition closed by a comma right before the verb.
                guard words.hasCommaAfter(verb - 1), comma < verb - 1 else { return nil }
                nameEnd = comma + 1
            } else if verb - start > 6 {
                return nil
            }
            guard let name = SourcePhrase.trimmed(words, from: start, to: nameEnd), name.lowerBound <= start + 1,
                  SourcePhrase.namesSomeone(words, name)
            else { return nil }
            return name
        }
        return nil
    }

    /// Forms of the speech verbs whose object is the hearer ("tell"): the noun phrase after them is
    /// who was told.
    static let hearerVerbForms: Set<String> = Set(Lexicon.speechVerbs.filter { $0.base == "tell" }.flatMap(\.all))

    /// What may follow a speaker's verb at the end of a sentence: whom it was told, where, when.
    static let afterSpeechWords: Set<String> = [
        "in", "on", "at", "to", "during", "last", "this", "earlier", "late", "reporters", "journalists", "the", "a",
        "an", "news", "local", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday",
        "today", "yesterday", "tonight", "via", "after", "before", "when", "while", "out",
    ]

    /// A finite verb of saying that the lexicon lacks ("declared", "quipped"), to WordNet
    /// (``WordNet/isCommunicationVerb(_:)``), or a finite reporting verb ("revealed"), the
    /// sentence's last word, before a comma or before where and when it was said.
    private static func isQuotationVerb(_ words: WordCursor, _ index: Int) -> Bool {
        let word = words.lower(index)
        // "“…,” Dion revealed in an interview with Vogue.": where and when it was said may follow.
        let circumstanceFollows = index + 1 < words.count && circumstancePrepositions.contains(words.lower(index + 1))
        guard !words.isCapitalized(index), word.count > 3, word.hasSuffix("ed") || word.hasSuffix("s") && !word.hasSuffix("ss"),
              index == words.count - 1 || words.hasCommaAfter(index) || circumstanceFollows, let wordNet = try? WordNet.shared(),
              // "“Vote for the cut,” Trump urged.": a directive, no statement.
              !Lexicon.directiveVerbForms.contains(word)
        else { return false }
        // "“…,” Dion revealed in an interview": a reporting verb of the lexicon names its speaker
        // after a quotation whatever WordNet files its first sense under ("reveal": make visible).
        return reportingVerbs.contains(word) || wordNet.isCommunicationVerb(word)
    }

    /// A verb that names its speaker after it, past the claim, though it is no speech verb: a
    /// finite reporting verb ("…, estimates Evan Sparks", "…,” reported Healthline"), or right
    /// after a closing quotation any finite verb of saying WordNet knows ("“…,” declared
    /// President Ana Ruiz"). ``speaker(in:from:)`` then takes only a name.
    static func isInvertedVerb(_ words: WordCursor, _ index: Int) -> Bool {
        guard index > 0, index + 1 < words.count, !words.isCapitalized(index), words.isCapitalized(index + 1) else { return false }
        let word = words.lower(index)
        if reportingVerbs.contains(word) { return true }
        guard words.hasQuoteMark(before: index, from: index - 1), word.count > 3,
              word.hasSuffix("ed") || word.hasSuffix("s") && !word.hasSuffix("ss"),
              !Lexicon.directiveVerbForms.contains(word), let wordNet = try? WordNet.shared()
        else { return false }
        return wordNet.isCommunicationVerb(word)
    }

    private static func isSpeechVerb(_ words: WordCursor, _ index: Int) -> Bool {
        !words.isCapitalized(index) && speechVerbForms.contains(words.lower(index))
    }
}
