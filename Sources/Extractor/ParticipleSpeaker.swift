import FactCheckModel
import TextAnalysis

/// The speaker of a participle of saying hung on a sentence: "Unions have slammed the plan,
/// saying 300 jobs will go.", "The court also found the firm liable, noting that …". In English an "-ing"
/// clause set off by a comma takes the main clause's subject as its own, so the subject is who
/// said it. Read only when no other rule credits the sentence, and only in that shape: the comma
/// right before the participle (", the firm saying", ", many saying" have a subject of their own;
/// "a witness claiming" describes the witness), and a statement after it ("that", a quotation, a
/// clause), not an object (", claiming victory", ", warning drivers to …", ", adding to gains").
/// The claim is the whole sentence, and the speaker is the subject's head phrase, which holds no
/// figure, so no figure leaves the claim.
extension AttributionParser {
    static func participleSpeaker(_ words: WordCursor) -> Result? {
        guard words.count >= 5,
              let participle = (3..<words.count).first(where: { Lexicon.speechParticiples.contains(words.lower($0)) && !words.isCapitalized($0) }),
              !words.hasQuoteMark(before: participle, from: 0),
              let verb = (1..<(participle - 1)).first(where: { opensPredicate(words, at: $0) }),
              words.hasCommaAfter(participle - 1) || criticismBefore(words, from: verb, participle: participle),
              statementFollows(words, participle: participle, reach: words.hasCommaAfter(participle - 1) ? 6 : 10),
              !isPassiveOrCopula(words, from: verb, before: participle), !holdsSecondClause(words, from: verb, before: participle),
              !endsAtUnknownVerb(words, before: verb),
              let subject = SourcePhrase.trimmed(words, from: 0, to: verb),
              let head = headPhrase(words, subject), SourcePhrase.isNounPhrase(words, head),
              headSpeaks(words, head), !opensWithPronoun(words, head)
        else { return nil }
        let source = stripLeadingArticle(words.text(from: head.lowerBound, to: head.upperBound))
        guard !source.contains(where: \.isNumber) else { return nil }
        return Result(attribution: Attribution(source: source, vague: isVagueName(source)), claimStart: 0)
    }

    /// Whether what follows the participle at `participle` opens a statement right away: "that",
    /// a quotation, a subject pronoun, or a noun phrase opened by a determiner, a number, a name or
    /// a bare plural of people ("saying ministers pushed …") whose next few words reach a finite
    /// verb ("saying 300 jobs will go", "claiming the board ignored …"). An object ("claiming victory over smugglers who had cost …", "warning drivers
    /// affected by …", "announcing strikes planned for …") is none, though a verb follows it, and
    /// neither is a preposition ("adding to gains", "claiming to have seen").
    static func statementFollows(_ words: WordCursor, participle: Int, reach: Int = 6) -> Bool {
        let first = participle + 1
        guard first < words.count else { return false }
        let opener = words.lower(first)
        if opener == "that" || words.hasQuoteMark(before: first, from: participle) || Lexicon.subjectPronouns.contains(opener) {
            return true
        }
        // "saying ministers pushed them to …": a bare plural of people opens a clause as a determiner does.
        // "saying more than 180,000 workers will …": a figure's bound before its number opens the subject too.
        guard Lexicon.nounPhraseOpeners.contains(opener) || Lexicon.determiners.contains(opener)
            || (first..<min(words.count, first + 3)).contains(where: { words.lower($0).first?.isNumber == true }) || words.isCapitalized(first)
            || opener.hasSuffix("s") && !opener.hasSuffix("ss") && (try? WordNet.shared()).map({ isNounOfPeople(opener, wordNet: $0) }) == true
        else { return false }
        for index in (first + 1)..<min(words.count, first + reach) {
            if words.lower(index) == "to" || words.hasCommaAfter(index - 1) { return false }
            if isFiniteVerb(words, at: index) { return true }
        }
        return false
    }

    /// Whether word `index` reads as a finite verb after a subject: an auxiliary, a reporting or
    /// speech verb, or a past form in "-ed" WordNet knows as a verb, unless "by" follows it (then it
    /// describes the noun: "drivers affected by …"). It judges the word from the word after it;
    /// ``standsAsFiniteVerb(_:_:wordNet:base:)`` judges a verb's place from the word before it, and
    /// `ClaimNoise.isFiniteVerb` a word alone (for callers with no places); see there why they stay three.
    static func isFiniteVerb(_ words: WordCursor, at index: Int) -> Bool {
        guard opensPredicate(words, at: index) else { return false }
        return !(index + 1 < words.count && words.lower(index + 1) == "by" && words.lower(index).hasSuffix("ed"))
    }

    /// "Unions have slammed the plan saying 300 jobs will go", "the firm hit out at the ruling
    /// claiming …": with no comma before the participle, a verb of criticism
    /// (``Lexicon/criticismVerbPhrases``) from the predicate's start on, and no comma between it and
    /// the participle, shows the participle says why the subject judged as it did. Without one an
    /// "-ing" of saying right after a noun describes the noun ("a witness claiming to …", "the
    /// letter saying …"), and the subject said nothing.
    ///
    /// Not when the noun right before the participle is a message (WordNet's communication nouns,
    /// ``Lexicon/messageNouns``, and the study nouns that name no people): "ministers criticised
    /// the report claiming 3 hospitals had closed" — the report claims it, and the ministers
    /// reject it. Nor when the verb is denied ("had not slammed the plan saying …"), nor inside a
    /// quotation that opens the sentence.
    static func criticismBefore(_ words: WordCursor, from verb: Int, participle: Int) -> Bool {
        guard let phrase = (verb..<(participle - 1)).first(where: { start in
            Lexicon.criticismVerbPhrases.contains { words.matches($0, at: start) } && !words.isCapitalized(start)
        }) else { return false }
        if (max(0, phrase - 2)..<phrase).contains(where: { Lexicon.negationWords.contains(words.lower($0)) }) { return false }
        if namesMessage(words.lower(participle - 1)) { return false }
        // "“Unions slammed the plan saying …,” the headline read": quoted words are the quoter's claim.
        if words.startsWithQuote { return false }
        return !(phrase..<(participle - 1)).contains { words.hasCommaAfter($0) }
    }

    /// Whether the noun `word` names something that says: a memo, a report, a website, a tweet.
    static func namesMessage(_ word: String) -> Bool {
        if Lexicon.messageNouns.contains(word) { return true }
        guard let wordNet = try? WordNet.shared() else { return false }
        if wordNet.isCommunicationNoun(word) { return true }
        return SourcePhrase.studyNouns.contains(word) && !isNounOfPeople(word, wordNet: wordNet)
    }

    /// "The council closed 12 depots and the union called a strike, saying …": a second clause,
    /// with a subject of its own, between the main verb and the participle; the participle may go
    /// with either subject, so none is credited. "and" (or "but") followed, past at least one word,
    /// by a finite verb is such a clause; "slammed and rejected the plan" shares its subject.
    static func holdsSecondClause(_ words: WordCursor, from verb: Int, before participle: Int) -> Bool {
        (verb + 1..<participle).contains { index in
            Lexicon.clauseJoiners.contains(words.lower(index))
                && (index + 2..<min(participle, index + 6)).contains { opensPredicate(words, at: $0) && !words.hasCommaAfter($0 - 1) }
        }
    }

    /// "The minister remains opposed …, saying": the verb found ("opposed") is not the first verb,
    /// so the subject would swallow one the rules do not know ("minister remains"). The word right
    /// before the verb is such a verb when it is a form of "be" or its kin, or a lowercase "-s"
    /// form WordNet knows as a verb and not as a person, an organisation or a role.
    static func endsAtUnknownVerb(_ words: WordCursor, before verb: Int) -> Bool {
        let last = words.lower(verb - 1)
        if Lexicon.copulas.contains(last) { return true }
        guard !words.isCapitalized(verb - 1), last.count > 3, last.hasSuffix("s"), let wordNet = try? WordNet.shared(),
              wordNet.partsOfSpeech(of: last).contains(.verb)
        else { return false }
        return !(Lexicon.sourceRoleNouns.contains(last) || SourcePhrase.studyNouns.contains(last) || isNounOfPeople(last, wordNet: wordNet, anySense: true))
    }

    /// Whether word `index` is where the main clause's predicate starts: an auxiliary ("have
    /// slammed"), a finite form of a reporting or speech verb ("found", "said"), or a past form in
    /// "-ed" WordNet knows as a verb ("reacted"). Other irregular pasts ("upheld") are missed.
    static func opensPredicate(_ words: WordCursor, at index: Int) -> Bool {
        let word = words.lower(index)
        guard !words.isCapitalized(index) else { return false }
        if Lexicon.auxiliaryVerbs.contains(word) || reportingVerbs.contains(word) || speechVerbForms.contains(word) { return true }
        guard word.hasSuffix("ed"), let wordNet = try? WordNet.shared() else { return false }
        return wordNet.partsOfSpeech(of: word).contains(.verb)
    }

    /// "A lawsuit was served against her, alleging …", "The firm has been hit with 12 lawsuits,
    /// alleging …": the subject of a passive is acted upon; it is not who speaks in the participle
    /// (the agent, unnamed, may be). "Wikipedia is also a resource …, adding …": a subject that
    /// only is something does nothing the participle could go with. A form of "be" anywhere
    /// between the verb and the participle ("was", "has this week been", "will be") makes it either.
    static func isPassiveOrCopula(_ words: WordCursor, from verb: Int, before end: Int) -> Bool {
        (verb..<max(verb + 1, end)).contains { Lexicon.copulas.contains(words.lower($0)) }
    }

    /// The subject's head phrase: the words before a preposition or a participle that describes
    /// the head ("Shares in the bank" is "Shares", "The number of nurses" is "The number", "unions
    /// representing 300,000 staff" is "unions"). A preposition between capitalised words is part
    /// of a name ("the Ferry Owners Association of Wales").
    static func headPhrase(_ words: WordCursor, _ subject: Range<Int>) -> Range<Int>? {
        for index in (subject.lowerBound + 1)..<subject.upperBound {
            let word = words.lower(index)
            if SourcePhrase.prepositions.contains(word) {
                let after = words.skipArticles(from: index + 1)
                let inName = index - 1 > subject.lowerBound && words.isCapitalized(index - 1) && after < words.count && words.isCapitalized(after)
                if !inName { return subject.lowerBound..<index }
            } else if word.hasSuffix("ing"), word.count > 4, !words.isCapitalized(index) {
                return subject.lowerBound..<index
            }
        }
        return subject
    }

    /// Whether the head phrase names someone who can speak: a capitalised word past its first, a
    /// capitalised word that does not open the sentence, a role or study noun ("the court", "the
    /// survey"), or a last word that is a noun of people or of an organisation in any sense
    /// (``isNounOfPeople(_:wordNet:organisations:anySense:)``: "vice-chancellors", "residents",
    /// "the union"), though nothing is capitalised. Unlike a subject before "said", a definite
    /// noun alone ("the number") or a capital the sentence gives ("Shares") is no speaker.
    static func headSpeaks(_ words: WordCursor, _ head: Range<Int>) -> Bool {
        words.hasCapitalizedWord(in: (head.lowerBound + 1)..<head.upperBound)
            || head.lowerBound > 0 && words.isCapitalized(head.lowerBound) && !SourcePhrase.pronouns.contains(words.lower(head.lowerBound))
            || head.contains { Lexicon.sourceRoleNouns.contains(words.lower($0)) || SourcePhrase.studyNouns.contains(words.lower($0)) }
            || !head.isEmpty && (try? WordNet.shared()).map { isNounOfPeople(words.lower(head.upperBound - 1), wordNet: $0, anySense: true) } == true
    }

    /// "We'll …", "They’ve …": a pronoun with an auxiliary written onto it names nobody.
    static func opensWithPronoun(_ words: WordCursor, _ range: Range<Int>) -> Bool {
        let first = words.lower(range.lowerBound).split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? ""
        return SourcePhrase.pronouns.contains(first)
    }
}
