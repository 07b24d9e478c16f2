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
    /// What a verb's object reports: a figure it tallied or a judgement it passed.
    enum ObjectReport {
        /// "counted 17 kinds", "documented 39,573 falsehoods": only a noun of people or of an
        /// organisation, a study or a role reports it (``canReport(_:_:names:)`` without names).
        case figure
        /// A figure after another verb of saying ("The report lists 12 failures"): only a study
        /// reports it; anyone else does a deed ("Amazon listed 12 million products", "the council
        /// approved 40 homes", "the senator cited 3 studies").
        case studyFigure
        /// "described the laws as ‘deficient’", "criticized the royals for failing": whoever is
        /// named reports it.
        case judgement
    }

    /// What the object of the lowercase inflected word at `index` reports, when that word is a
    /// finite verb of saying (WordNet's first sense, ``WordNet/isCommunicationVerb(_:)``): a figure
    /// when the verb is first of all a verb of tallying (``Lexicon/tallyVerbAnchors``: "counted",
    /// "documented", "recorded") and its object opens with a figure; a judgement when it is first
    /// of all a verb of judging (``Lexicon/judgingVerbAnchors``: "described", "criticized") and a
    /// judging complement follows; a figure a study alone reports after any other verb of the file
    /// ("The report lists 12 failures"), whose other subjects do deeds ("approved 40 homes", "cited
    /// 3 studies", "signalled 3 minutes"); nothing for other objects ("listed the flat as
    /// available").
    static func reportsObject(_ words: WordCursor, _ index: Int) -> ObjectReport? {
        if attributesCause(words, verb: index) { return .judgement }
        let word = words.lower(index)
        guard index + 2 < words.count, word.count > 3, word.hasSuffix("ed") || word.hasSuffix("s") && !word.hasSuffix("ss"),
              !words.endsClause(before: index + 1), !words.hasColonAfter(index), !words.hasDashAfter(index),
              !Lexicon.directiveVerbForms.contains(word), !Lexicon.implicationVerbForms.contains(word),
              !Lexicon.denialVerbForms.contains(word), let wordNet = try? WordNet.shared(),
              standsAsFiniteVerb(words, index, wordNet: wordNet, base: false), wordNet.isCommunicationVerb(word)
        else { return nil }
        let lineage = Set(wordNet.verbLineage(of: word, levels: 6))
        if !lineage.isDisjoint(with: Lexicon.judgingVerbAnchors), judgementFollows(words, verb: index, wordNet: wordNet) { return .judgement }
        guard figureOpens(words, at: index + 1) else { return nil }
        return lineage.isDisjoint(with: Lexicon.tallyVerbAnchors) ? .studyFigure : .figure
    }

    /// Whether the subject can report what its verb's object says: its head phrase
    /// (``headPhrase(_:_:)``) holds a study or a role ("A survey from 2015", "the harbour
    /// office") or ends in a noun of people or of an organisation by its first sense
    /// (``isNounOfPeople(_:wordNet:organisations:anySense:)``: "the audit team"); with `names`, also a name: a capitalised
    /// word that does not open the sentence, or one WordNet does not know as a noun ("Maya Okafor
    /// has described", "the Harbour Lab showed it to be"). A figure is reported without names: a
    /// capitalised subject before a verb of tallying may be a place ("Spain has recorded 157,000
    /// cases", "Kerala documented 40 cases"), which records what happened in it, as the labels read
    /// it. An instrument reports nothing ("the thermometer showed the water to be 40 degrees").
    /// Words opened by a participle ("saying the board") or holding one of saying ("the minister
    /// kept saying officials") are no subject: the source is the main verb's subject. With
    /// `studiesOnly`, only a study reports ("The report lists 12 failures").
    static func canReport(_ words: WordCursor, _ subject: Range<Int>, names: Bool, studiesOnly: Bool = false) -> Bool {
        guard let wordNet = try? WordNet.shared() else { return false }
        // "…, saying the board ignored 300 warnings", "The minister kept saying officials ignored …":
        // a participle of saying in the words makes them the participle's clause, no subject.
        let first = words.lower(subject.lowerBound)
        if first.count > 4 && first.hasSuffix("ing") && !words.isCapitalized(subject.lowerBound) { return false }
        if subject.contains(where: { index in
            let word = words.lower(index)
            return word.count > 4 && word.hasSuffix("ing") && !words.isCapitalized(index) && wordNet.isCommunicationVerb(word)
        }) {
            return false
        }
        guard let head = headPhrase(words, subject) else { return false }
        if studiesOnly { return head.contains { SourcePhrase.studyNouns.contains(words.lower($0)) } }
        if head.contains(where: { SourcePhrase.studyNouns.contains(words.lower($0)) || Lexicon.sourceRoleNouns.contains(words.lower($0)) })
            || isNounOfPeople(words.lower(head.upperBound - 1), wordNet: wordNet)
        {
            return true
        }
        guard names else { return false }
        return head.contains { words.isCapitalized($0) && ($0 > 0 || !wordNet.partsOfSpeech(of: words.lower($0)).contains(.noun)) }
    }

    /// Whether `word` is a noun of people or of an organisation: a kind of person or organization
    /// in WordNet ("team", "council", "residents", "vice-chancellors"; for a hyphened word, also
    /// its last part). By default the first sense decides: "types", "cases" and "square"
    /// name people or bodies only in rarer senses, so the object rules, the premodifier and the
    /// bare-plural opener, which would credit a figure to such a word, read the first sense only.
    /// With `anySense`, any sense will do: whether a subject's head can speak, or a lowercase
    /// "-s" form is a noun rather than a verb, only asks that the word can name someone. The one
    /// home of this test: every rule that asks whether a noun names people asks here.
    static func isNounOfPeople(_ word: String, wordNet: WordNet, organisations: Bool = true, anySense: Bool = false) -> Bool {
        let last = word.split(separator: "-").last.map(String.init) ?? word
        if anySense {
            return Set([word, last]).contains { wordNet.isKind($0, of: "person") || organisations && wordNet.isKind($0, of: "organization") }
        }
        return Set([word, last]).contains { form in
            wordNet.ancestors(of: form, senses: 1, levels: 20).contains { $0 == "person" || organisations && $0 == "organization" }
        }
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
            !words.isCapitalized(index) && isNounOfPeople(words.lower(index), wordNet: wordNet)
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
    /// an adjective ("described the laws as ‘deficient’", "labelled the plan as unworkable"), or
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

    /// Whether the word at `verb` credits an effect to a cause in the active voice
    /// (``Lexicon/causeCreditingVerbForms``): an object after it, then "to" within a few words with
    /// no comma or clause word before it ("Researchers at the Harbour Lab attribute this rise to a
    /// warmer sea"). Its object and cause are a judgement the subject passes, as after "described
    /// … as". Not a passive ("was attributed to", "a line attributed to Lincoln", "attributed by
    /// critics to"), nor the noun ("a key attribute to look for", after a determiner or an adjective).
    /// A base form stands as a verb after a plural or after a name that closes the subject
    /// ("Researchers from Reading attribute"), whose capital WordNet cannot judge.
    static func attributesCause(_ words: WordCursor, verb: Int) -> Bool {
        let word = words.lower(verb)
        guard Lexicon.causeCreditingVerbForms.contains(word), verb > 0, verb + 2 < words.count, !words.isCapitalized(verb),
              !["to", "by"].contains(words.lower(verb + 1)), !ClaimLexicon.beForms.contains(words.lower(verb - 1)),
              !words.endsClause(before: verb + 1),
              // "“… Ms. Ruiz attributes her win to luck …,” it read": inside an open quotation the
              // subject is the quoted speaker's words, no source of the sentence.
              (words.quoteMarkCount(from: 0, before: verb) + (words.startsWithQuote ? 1 : 0)) % 2 == 0, let wordNet = try? WordNet.shared()
        else { return false }
        let base = !word.hasSuffix("s") && !word.hasSuffix("ed")
        // After a capital the verb needs its object opened as an object is ("Researchers from
        // Reading attribute the rise", "… attribute 60 percent"): "The HTML attribute alt" is the noun.
        let objectOpens = Lexicon.objectOpeners.contains(words.lower(verb + 1)) || words.lower(verb + 1).first?.isNumber == true
        guard words.isCapitalized(verb - 1) && !words.endsClause(before: verb) && objectOpens
            || standsAsFiniteVerb(words, verb, wordNet: wordNet, base: base)
        else { return false }
        for index in (verb + 2)..<min(words.count - 1, verb + 8) {
            if words.hasCommaAfter(index - 1) { return false }
            let next = words.lower(index)
            if next == "to" { return true }
            if SourcePhrase.clauseWords.contains(next), !words.isCapitalized(index) { return false }
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
            if words.lower(to) == "to", Lexicon.raisedInfinitives.contains(words.lower(to + 1)) { return true }
            if SourcePhrase.clauseWords.contains(words.lower(to)) { return false }
        }
        return false
    }

    /// Whether the word at `index` is a participle of a reporting or speech verb unlike its past
    /// ("shown", "written") right after "has", "have" or "had", with at most one adverb between
    /// ("have long shown", "has also written"), and a statement after it: "that", or a clause
    /// opened by a subject pronoun ("have shown they …"). Before an object or a particle the
    /// perfect tells a deed ("had written 3 letters to the council", "have written off the rise").
    static func isPerfectParticiple(_ words: WordCursor, _ index: Int) -> Bool {
        guard perfectParticipleBases[words.lower(index)] != nil, index >= 2, index + 1 < words.count,
              words.lower(index + 1) == "that" || clauseSubjects.contains(words.lower(index + 1))
        else { return false }
        if Lexicon.perfectAuxiliaries.contains(words.lower(index - 1)) { return true }
        let adverb = SourcePhrase.trailingAdverbs.contains(words.lower(index - 1)) || SourcePhrase.isOnlyAdverb(words, index - 1)
        return adverb && Lexicon.perfectAuxiliaries.contains(words.lower(index - 2))
    }

    /// The participles of the reporting and speech verbs that differ from their past ("shown" →
    /// "show", "written" → "write"), with their bases.
    static let perfectParticipleBases: [String: String] = Dictionary(
        (Lexicon.reportingVerbs + Lexicon.speechVerbs).filter { $0.participle != $0.past }.map { ($0.participle, $0.base) },
        uniquingKeysWith: { first, _ in first })
}
