import TextAnalysis

/// A word that could open a command but is the clause's subject: "Police this week arrested 12
/// people", "Profit this quarter fell 15 percent", "Staff each received a bonus", "Hail the size of
/// golf balls damaged 400 cars". A command's verb is its clause's only finite verb; when a finite
/// verb follows the words after the first, the first is a noun (or a name: "Trump this week
/// announced", "Shell this year cut") and the clause states something.
extension ImperativeClause {
    /// Whether `words[index]` (a word WordNet knows as a noun as well as a verb) heads the clause's
    /// subject: a phrase of time ("this week", "each night", "all week") or a floating quantifier
    /// ("each", "all") follows it and then a verb ("arrested", "record", "will cost"), or, further
    /// on in the clause, a verb in the past tense follows a noun ("the size of golf balls
    /// damaged"). Not for the listed imperatives, whose object may be followed by its own
    /// participle ("Keep the leaves trimmed", "Get the oil changed"), nor past a word that opens
    /// another clause ("Water the beds and they recovered …" is read by the outcome).
    static func headsSubject(_ words: [String], at index: Int, wordNet: WordNet) -> Bool {
        let rest = Array(words[(index + 1)...])
        guard let next = rest.first else { return false }
        if rest.count > 2, timePhraseDeterminers.contains(next), isTimeNoun(rest[1], wordNet: wordNet),
           isVerbAfterSubject(rest[2], wordNet: wordNet) {
            return true
        }
        if rest.count > 1, Lexicon.floatingQuantifiers.contains(next), isPastTense(rest[1], wordNet: wordNet) || Lexicon.auxiliaryVerbs.contains(rest[1]) {
            return true
        }
        guard !Lexicon.imperativeOpeners.contains(words[index]) else { return false }
        for position in rest.indices.dropFirst() {
            let word = rest[position]
            if opensOtherClause(word) { break }
            let before = rest[position - 1]
            if isPastTense(word, wordNet: wordNet), !Lexicon.objectOpeners.contains(before), !Lexicon.determiners.contains(before) { return true }
        }
        return false
    }

    /// Words that make a noun of time a phrase of when: "this week", "each night", "all week",
    /// "last year" (the lexicon's time determiners and the quantifiers, not an article: "Add a
    /// second pole" is a command).
    static let timePhraseDeterminers = Lexicon.timeDeterminers.union(Lexicon.determiners.subtracting(Lexicon.articles))

    /// Whether a later clause opens with a past tense and a figure ("spent $2 million on ads",
    /// "won 4 awards"): the verb of a subject named before it, set off by an apposition ("Fix the
    /// Fed, a lobby group, spent …"), the title's imperative no command. A participle after a
    /// command is followed by its phrase, not a figure ("Add the onions, chopped into cubes").
    static func opensWithPastAndFigure(_ words: [String], wordNet: WordNet) -> Bool {
        guard words.count > 1, isPastTense(words[0], wordNet: wordNet), let figure = words[1].unicodeScalars.first else { return false }
        return figure.properties.numericType != nil || figure.properties.generalCategory == .currencySymbol
    }

    /// A noun of a span of time, which after "this", "each", "all" makes a phrase of when: the
    /// lexicon's (``Lexicon/timeNouns``) or any kind of time period or time unit by WordNet
    /// ("quarter", "season", "winter", "decade").
    static func isTimeNoun(_ word: String, wordNet: WordNet) -> Bool {
        Lexicon.timeNouns.contains(word) || wordNet.isKind(word, of: "time period") || wordNet.isKind(word, of: "time unit")
    }

    /// A verb after a subject and its phrase of time, in any finite form: an auxiliary or modal
    /// ("is expected", "will cost"), a past ("fell"), a present ("costs", "record"). Not an "-ing"
    /// form, an adverb, a preposition or a particle ("Water each day for 2 weeks" is a command).
    static func isVerbAfterSubject(_ word: String, wordNet: WordNet) -> Bool {
        if Lexicon.auxiliaryVerbs.contains(word) || Lexicon.modalVerbs.contains(word) { return true }
        guard !closedClassWords.contains(word), !word.hasSuffix("ing"), !isAdverbOnly(word, wordNet: wordNet) else { return false }
        return wordNet.partsOfSpeech(of: word).contains(.verb)
    }

    /// A verb in the past tense (or a past participle: the two share their forms), as WordNet's
    /// morphology reads it: "arrested", "fell", "lost", "were" are inflections of another verb.
    /// Not an "-s" form, which is as often a plural noun ("stems", "beans").
    static func isPastTense(_ word: String, wordNet: WordNet) -> Bool {
        guard !word.hasSuffix("ing"), !word.hasSuffix("s") else { return false }
        return wordNet.isInflectedVerbForm(word)
    }

    /// A word that opens a clause of its own: a joining word ("and", "so"), a subordinator
    /// ("if", "when", "once"), a relative or question word, a subject pronoun ("Tell your doctor
    /// they were …") or the reader ("Make sure you …").
    static func opensOtherClause(_ word: String) -> Bool {
        Lexicon.clauseJoiners.contains(word) || Lexicon.consequenceJoiners.contains(word) || Lexicon.subordinators.contains(word)
            || Lexicon.ambiguousSubordinators.contains(word) || Lexicon.circumstanceWords.contains(word)
            || Lexicon.relativePronouns.contains(word) || Lexicon.whWords.contains(word)
            || Lexicon.subjectPronouns.contains(word) || Lexicon.secondPerson.contains(word)
    }
}
