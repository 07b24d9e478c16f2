import FactCheckModel
import TextAnalysis

/// Reporting verbs whose report is their object, not a clause after "that": a verb of saying
/// with a figure or a judgement as its object ("A study from 2012 counted 17 kinds of plant",
/// "the Post's team documented 39,573 falsehoods", "Harry criticized the royals for failing to
/// …", "Eustice has described the rules as ‘deficient’"), a verb of finding with an object and
/// "to be" ("carbon dating showed it to be 50,000 years old"), and a participle of the perfect
/// that differs from the past ("political scientists have shown that …"). In each the subject is
/// who reports; the claim is the whole sentence, because what was counted, judged or found is
/// the verb's object and no clause of its own (after "have shown that" it is the clause, as after
/// "showed that").
///
/// A verb of saying followed by any other noun phrase tells a deed and stays unread ("announced a
/// resignation", "called the meeting"): only a figure opening the object, or the complement of a
/// verb of judging ("as" before a quotation or an adjective, "for" before a gerund), makes the
/// object a report.
extension AttributionParser {
    /// Whether the lowercase inflected word at `index` is a finite verb of saying (WordNet's
    /// first sense, ``WordNet/isCommunicationVerb(_:)``) whose object is a figure or a judgement.
    static func reportsObject(_ words: WordCursor, _ index: Int) -> Bool {
        let word = words.lower(index)
        guard index + 2 < words.count, word.count > 3, word.hasSuffix("ed") || word.hasSuffix("s") && !word.hasSuffix("ss"),
              !words.endsClause(before: index + 1), !words.hasColonAfter(index), !words.hasDashAfter(index),
              !Lexicon.directiveVerbForms.contains(word), !Lexicon.implicationVerbForms.contains(word),
              !Lexicon.denialVerbForms.contains(word), let wordNet = try? WordNet.shared(),
              standsAsFiniteVerb(words, index, wordNet: wordNet, base: false), wordNet.isCommunicationVerb(word)
        else { return false }
        return figureOpens(words, at: index + 1) || judgementFollows(words, verb: index, wordNet: wordNet)
    }

    /// Whether the subject can report what its verb's object says: its head phrase
    /// (``headPhrase(_:_:)``) holds a study or a role ("A survey from 2015", "the harbour
    /// office"), ends in a noun of people or of an organisation ("the audit team"), or holds a
    /// name WordNet does not know as a noun (a person's or a firm's: "Maya Okafor", "Reuters").
    /// A place WordNet knows ("Spain has recorded 157,000 cases") records what happened in it; words
    /// opened by a participle ("saying the board") are no subject.
    static func canReport(_ words: WordCursor, _ subject: Range<Int>) -> Bool {
        // "…, saying the board ignored 300 warnings": words opened by a participle are the
        // participle's clause, no subject.
        let first = words.lower(subject.lowerBound)
        guard !(first.count > 4 && first.hasSuffix("ing") && !words.isCapitalized(subject.lowerBound)),
              let head = headPhrase(words, subject) else { return false }
        if head.contains(where: { SourcePhrase.studyNouns.contains(words.lower($0)) || Lexicon.sourceRoleNouns.contains(words.lower($0)) })
            || headNamesPeople(words, head)
        {
            return true
        }
        guard let wordNet = try? WordNet.shared() else { return true }
        return head.contains { words.isCapitalized($0) && !wordNet.partsOfSpeech(of: words.lower($0)).contains(.noun) }
    }

    /// Whether the object from `start` opens with a figure ("17 different types", "more than 300
    /// cases", "$2.5 billion"): a number within its first three words, with only words before it
    /// that are no noun and no article ("more than", "nearly"), and a quantity the parser reads
    /// from there to a comma, counting no people or bodies ("interviewed 12 dockers" is a deed).
    /// A calendar year is a date, no figure ("a 2019 report"); a noun
    /// before the number makes the figure its modifier's ("estimates that 2.2 million …" is a
    /// noun's clause, "a 12-word phrase" a noun).
    static func figureOpens(_ words: WordCursor, at start: Int) -> Bool {
        guard let wordNet = try? WordNet.shared() else { return false }
        var first = start
        while first < min(words.count, start + 3), words.lower(first).first?.isNumber != true, Lexicon.numberWords[words.lower(first)] == nil {
            let word = words.lower(first)
            if Lexicon.articles.contains(word) || words.hasCommaAfter(first) || wordNet.partsOfSpeech(of: word).contains(.noun) { return false }
            first += 1
        }
        guard first < min(words.count, start + 3) else { return false }
        // "interviewed 12 dockers", "contacted 300 firms": a count of the people or bodies the verb
        // acts on is a deed done to them, no figure reported.
        // The noun's first sense decides: "types" and "cases" also name people in rarer senses.
        if (first + 1..<min(words.count, first + 3)).contains(where: { index in
            !words.isCapitalized(index) && wordNet.ancestors(of: words.lower(index), senses: 1, levels: 20).contains { $0 == "person" || $0 == "organization" }
        }) {
            return false
        }
        var end = first
        while end < min(words.count, first + 4) {
            end += 1
            if words.hasCommaAfter(end - 1) { break }
        }
        return QuantityParser.quantities(in: words.text(from: start, to: end)).contains { $0.unit != "calendar-year" }
    }

    /// Whether a judging complement follows the object of the verb at `verb`, within seven words
    /// and before a comma or a clause word: "as" before a quotation or a word WordNet knows only as
    /// an adjective ("described the laws as ‘deficient’", "branded the plan as unworkable"), or
    /// "for" before a gerund ("criticized the royals for failing to …").
    static func judgementFollows(_ words: WordCursor, verb: Int, wordNet: WordNet) -> Bool {
        var index = verb + 2
        while index < min(words.count - 1, verb + 9) {
            if words.hasCommaAfter(index - 1) { return false }
            let word = words.lower(index)
            if SourcePhrase.clauseWords.contains(word), !words.isCapitalized(index) { return false }
            let next = words.lower(index + 1)
            if word == "as", words.opensQuotation(at: index + 1) || wordNet.partsOfSpeech(of: next) == [.adjective] { return true }
            if word == "for", next.count > 4, next.hasSuffix("ing"), !words.isCapitalized(index + 1) { return true }
            index += 1
        }
        return false
    }

    /// Whether the finding verb at `verb` has an object of at most three words with "to be" or
    /// "to have" after it ("showed it to be", "found the water to have"): the object's state is
    /// what was found.
    static func raisesObject(_ words: WordCursor, verb: Int) -> Bool {
        guard verb + 2 < words.count - 1 else { return false }
        for to in (verb + 2)..<min(words.count - 1, verb + 5) {
            if words.hasCommaAfter(to - 1) { return false }
            if words.lower(to) == "to", ["be", "have"].contains(words.lower(to + 1)) { return true }
            if SourcePhrase.clauseWords.contains(words.lower(to)) { return false }
        }
        return false
    }

    /// Whether the word at `index` is a participle of a reporting or speech verb unlike its past
    /// ("shown", "written") right after "has", "have" or "had", with at most one adverb between
    /// ("have long shown", "has also written").
    static func isPerfectParticiple(_ words: WordCursor, _ index: Int) -> Bool {
        guard perfectParticipleBases[words.lower(index)] != nil, index >= 2 else { return false }
        let perfect: Set<String> = ["has", "have", "had"]
        if perfect.contains(words.lower(index - 1)) { return true }
        let adverb = SourcePhrase.trailingAdverbs.contains(words.lower(index - 1)) || SourcePhrase.isOnlyAdverb(words, index - 1)
        return adverb && perfect.contains(words.lower(index - 2))
    }

    /// The participles of the reporting and speech verbs that differ from their past ("shown" →
    /// "show", "written" → "write"), with their bases.
    static let perfectParticipleBases: [String: String] = Dictionary(
        (Lexicon.reportingVerbs + Lexicon.speechVerbs).filter { $0.participle != $0.past }.map { ($0.participle, $0.base) },
        uniquingKeysWith: { first, _ in first })
}
