import FactCheckModel
import TextAnalysis

/// Advice told in the imperative: a sentence, or a quotation, that tells the reader what to do
/// ("Coat the ends of each cutting with rooting hormone", "Shake them off, cut the stems …",
/// "Using a sharp knife, cut them on a bias", "“Fill the container with potting soil,” she says"),
/// or reports such advice ("Bladow suggests soaking the hydrangea for 45 minutes", "he recommends
/// placing them in morning sun"). Advice is not a claim whatever the model scores it and whatever
/// figure it holds: the 45 minutes are how long to soak, not something that happened. How-to pages
/// are made of such sentences, and a list of imperative words (``Lexicon/imperativeOpeners``) can
/// never hold every verb a recipe or a garden uses, so the decision reads the grammar instead.
///
/// The imperative, by grammar: the clause's first word (past an opening phrase: a preposition's or
/// a participle's, closed by a comma, and past adverbs: "Gently shake …") is a verb in its base
/// form by WordNet, no inflection of another verb ("found", "left"), no adverb, preposition,
/// pronoun or auxiliary; and the word after it opens its object (``Lexicon/objectOpeners``: "the",
/// "your", "them") or, for a word WordNet knows only as a verb ("beware", "preheat"), is a
/// preposition, a particle or a number ("Beware of …", "Preheat to …"). A word that may also be a
/// noun or an adjective ("water", "coat", "clean"; "add" too: WordNet has the noun ADD) is a verb
/// only before its object: a noun is not followed by "the" or "them", and "Research on mice shows
/// …" or "Water in the tank is …" keep their noun. Nor is it a verb when the clause has a finite
/// verb of its own after the words that follow it (``headsSubject(_:at:wordNet:)``): "Police this
/// week arrested 12 people" is a subject, a phrase of time and a past tense.
///
/// An outcome told after the advice is the claim (``outcome(in:within:)``): "…, and they'll come
/// back in about 3 to 4 weeks".
enum ImperativeClause {
    /// Whether `text` (the claim proper of a sentence: after its attribution, before a trailing
    /// source) is advice in the imperative, or reports advice.
    static func isAdvice(_ text: String) -> Bool {
        guard let wordNet = try? WordNet.shared() else { return false }
        let scalars = Array(text.unicodeScalars)
        let ranges = HealthStatement.clauses(of: scalars, within: 0..<scalars.count)
        let clauses = ranges.map { Tokenizer.words(in: String(String.UnicodeScalarView(scalars[$0]))) }
        // A clause of its own after the advice ("…, which is an onion powder sold in grocery
        // stores") states something: the stages judge the sentence.
        if clauses.dropFirst().contains(where: { $0.first.map(ClaimLexicon.statementClauseOpeners.contains) == true }) { return false }
        guard let first = clauses.first, !first.isEmpty else { return false }
        // "Let me be clear, unemployment fell …": a frame of speech, the clause after it is the sentence's.
        if opensSpeechFrame(first, wordNet: wordNet) { return false }
        // "Fix the Fed, a lobby group, spent $2 million …": a title's verb, then the sentence's.
        if clauses.dropFirst().contains(where: { opensWithPastAndFigure($0, wordNet: wordNet) }) { return false }
        let words = Tokenizer.words(in: text)
        if opensWithImperative(first, wordNet: wordNet) {
            return !opensStatement(after: ranges[0], in: scalars) && !statesBesideCommand(words, text: text, wordNet: wordNet)
        }
        // "Using a sharp knife, cut …", "In spring, prune …", "Once the blooms fade, cut …".
        if clauses.count > 1, isOpeningPhrase(first, wordNet: wordNet), opensWithImperative(clauses[1], wordNet: wordNet) {
            return !opensStatement(after: ranges[1], in: scalars) && !statesBesideCommand(words, text: text, wordNet: wordNet)
        }
        return reportsAdvice(words, wordNet: wordNet)
    }

    /// Whether the imperative clause at `clause` only announces what follows its colon: "Read
    /// this fact: there are now 12,500 cameras in the schools" states the fact; "Follow these six
    /// tips:" (nothing after the colon) stays advice.
    static func opensStatement(after clause: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var index = clause.upperBound
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        guard index < scalars.count, scalars[index] == ":" else { return false }
        return scalars[(index + 1)...].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Whether `words`, a clause, opens with a verb in the imperative before its object.
    static func opensWithImperative(_ words: [String], wordNet: WordNet) -> Bool {
        // Adverbs before the verb: "Gently shake them", "Then add the", "Never leave it".
        var index = 0
        while index < min(words.count, 2), isAdverbOnly(words[index], wordNet: wordNet) { index += 1 }
        // A negative command: "Don't leave the pots …", "Never water them …" (an adverb, above).
        if index < words.count, words[index] == "don't" { index += 1 }
        guard index + 1 < words.count else { return false }
        let verb = words[index]
        let next = words[index + 1]
        // The listed imperatives are read by the same grammar: "Use of the drug rose" is a noun.
        guard verb.count > 1, !closedClassWords.contains(verb), !verb.hasSuffix("ing"), !verb.hasSuffix("ed"),
              wordNet.isVerbLemma(verb), !wordNet.isInflectedVerbForm(verb)
        else { return false }
        let parts = wordNet.partsOfSpeech(of: verb)
        if parts.contains(.adverb) { return false }
        // "Police this week arrested …", "Hail the size of golf balls damaged …": a subject.
        if parts.contains(.noun), headsSubject(words, at: index, wordNet: wordNet) { return false }
        if Lexicon.objectOpeners.contains(next) { return true }
        // "Cut back the stems", "Shake off the water": a particle, then the object.
        if Lexicon.verbParticles.contains(next), index + 2 < words.count, Lexicon.objectOpeners.contains(words[index + 2]) { return true }
        // Only a verb: a preposition, a particle or a number may follow ("Beware of", "Add 2 cups").
        let onlyVerb = !parts.contains(.noun) && !parts.contains(.adjective)
        return onlyVerb && (isPreposition(next) || Lexicon.verbParticles.contains(next) || next.first?.isNumber == true)
    }

    /// Whether a clause sets the scene of the one after it: it opens with a preposition ("In
    /// spring", "For best results"), a participle ("Using a knife", "Once planted") or a
    /// subordinator of time or condition ("When the flowers fade", "If the leaves wilt").
    static func isOpeningPhrase(_ words: [String], wordNet: WordNet) -> Bool {
        guard let first = words.first, words.count <= maximumOpeningPhrase else { return false }
        if isPreposition(first) || Lexicon.subordinators.contains(first) || Lexicon.ambiguousSubordinators.contains(first) { return true }
        // "Once planted, …" ("after" and "before" are prepositions, above).
        if Lexicon.circumstanceWords.contains(first) { return true }
        return (first.hasSuffix("ing") || first.hasSuffix("ed")) && wordNet.partsOfSpeech(of: first).contains(.verb)
    }

    /// The most words an opening phrase may have: longer, the clause is a sentence's own. A round
    /// bound set by hand when the rule was built (session 15), not fitted to any page: an opening
    /// phrase of place, time or manner is a few words ("Using a sharp knife", "Once the blooms
    /// fade"); a clause of ten or more words before a comma is a sentence's own.
    static let maximumOpeningPhrase = 10

    /// Advice reported in the present: "We recommend soaking the bulbs", "I suggest planting them"
    /// (the writer's own advice, an "-ing" form after the verb), or anyone's advice put to the
    /// reader, "(that) you" after the verb ("she advises that you wait"). A third person with an
    /// "-ing" form is no advice: "The AAP recommends limiting screen time to 1 hour" is an
    /// agency's stated recommendation and "They suggest smoking raises the risk" a finding, both
    /// checkable; "they suggested moving abroad" (``Lexicon/adviceReportingVerbs`` holds no past)
    /// reports what was proposed once, an event.
    static func reportsAdvice(_ words: [String], wordNet: WordNet) -> Bool {
        for index in words.indices.dropFirst() where Lexicon.adviceReportingVerbs.contains(words[index]) {
            guard index + 1 < words.count else { continue }
            let next = words[index + 1]
            if next == "you" || next == "that" && index + 2 < words.count && words[index + 2] == "you" { return true }
            if firstPersonSubjects.contains(words[index - 1]), next.hasSuffix("ing"), wordNet.partsOfSpeech(of: next).contains(.verb) { return true }
        }
        return false
    }

    /// "I" and "we": the subject pronouns of the first person, the writer giving advice.
    static let firstPersonSubjects = Set(Lexicon.subjectPronouns).intersection(Lexicon.firstPersonSingular + Lexicon.firstPersonPlural)

    /// Whether the sentence opens with advice of any kind: the imperative (``isAdvice(_:)``), a
    /// listed imperative word ("Don't worry, …"), one of the lexicon's advice phrases ("you
    /// should", "make sure") within its opening words (``adviceOpeningWords``) or a condition put
    /// to the reader ("If you choose a healthy bouquet, …").
    static func opensWithAdvice(_ text: String) -> Bool {
        if isAdvice(text) { return true }
        let words = Tokenizer.words(in: text)
        return words.first.map(Lexicon.imperativeOpeners.contains) == true || ClaimLexicon.advice.containedIn(Array(words.prefix(adviceOpeningWords)))
            || ClaimLexicon.conditionalYou.starts(words)
    }

    /// How far into a sentence an advice phrase still opens it: "Don't worry, you should …" has it
    /// at its fourth word; past eight words, the phrase belongs to a later clause. Set by hand with
    /// the rule on batch 7's how-to pages, not tuned.
    static let adviceOpeningWords = 8

    /// The outcome told after advice, as scalar offsets in `text` (within `bounds`): a clause
    /// after a comma, a semicolon, "and", "so" or "then" whose subject is what the advice acted on
    /// or the reader told what they will get (``Lexicon/outcomeSubjects``), and which holds a
    /// figure that is not a year: "Don't worry, give your plants a good watering and they'll
    /// come right back out in about 3 to 4 weeks" claims "they'll come right back out in about 3
    /// to 4 weeks …"; "If you choose a healthy bouquet, it should last up to two weeks" claims
    /// "it should last up to two weeks". Nil when the sentence opens with no advice, or no
    /// such clause follows: the advice alone is no claim.
    static func outcome(in text: String, within bounds: Range<Int>? = nil) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        let bounds = bounds.map { $0.clamped(to: 0..<scalars.count) } ?? 0..<scalars.count
        guard !bounds.isEmpty, opensWithAdvice(String(String.UnicodeScalarView(scalars[bounds]))) else { return nil }
        for start in clauseStarts(in: scalars, within: bounds) {
            let rest = String(String.UnicodeScalarView(scalars[start..<bounds.upperBound]))
            guard let subject = Tokenizer.words(in: rest).first, Lexicon.outcomeSubjects.contains(subject) else { continue }
            guard QuantityParser.quantities(in: rest).contains(where: { $0.unit != "calendar-year" }) else { continue }
            // Not advice again: "and you should water it 2 times a week".
            if opensWithAdvice(rest) { continue }
            return start..<bounds.upperBound
        }
        return nil
    }

    /// Where a clause after the first may start: past a comma, semicolon, colon or dash, or past
    /// "and", "so" or "then" (and white space), in order.
    static func clauseStarts(in scalars: [Unicode.Scalar], within bounds: Range<Int>) -> [Int] {
        var starts: [Int] = []
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            let scalar = scalars[index]
            if HealthStatement.clauseBreaks.contains(scalar) {
                starts.append(skipJoiner(scalars, from: index + 1, to: bounds.upperBound))
            } else if scalar == " " {
                let after = skipJoiner(scalars, from: index + 1, to: bounds.upperBound)
                if after > index + 1 { starts.append(after) }
            }
            index += 1
        }
        return starts.filter { $0 < bounds.upperBound }
    }

    /// Past white space and one joining word ("and", "so", "then") with the white space after it;
    /// `from` itself when no joining word is there (white space aside).
    static func skipJoiner(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, scalars[index].properties.isWhitespace { index += 1 }
        let wordStart = index
        while index < end, scalars[index].properties.isAlphabetic { index += 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index])).lowercased()
        guard outcomeJoiners.contains(word), index < end, scalars[index].properties.isWhitespace else { return wordStart }
        while index < end, scalars[index].properties.isWhitespace { index += 1 }
        return index
    }

    /// Words that join an outcome to the advice before it: the lexicon's clause joiners ("and",
    /// "but") and the words that draw a consequence ("so", "then").
    static let outcomeJoiners = Lexicon.clauseJoiners.union(Lexicon.consequenceJoiners)

    /// A preposition: the attribution parser's (``SourcePhrase/prepositions``) or one of place and
    /// direction (``Lexicon/directionPrepositions``: "Pour into", "Add to").
    static func isPreposition(_ word: String) -> Bool {
        SourcePhrase.prepositions.contains(word) || Lexicon.directionPrepositions.contains(word)
    }

    /// A word WordNet knows as an adverb and not as a verb: "gently", "then", "first", "never".
    static func isAdverbOnly(_ word: String, wordNet: WordNet) -> Bool {
        let parts = wordNet.partsOfSpeech(of: word)
        return parts.contains(.adverb) && !parts.contains(.verb)
    }

    /// Words that never open a command, though WordNet files some as verbs ("can", "will", "like").
    static let closedClassWords: Set<String> = Lexicon.auxiliaryVerbs.union(SourcePhrase.pronouns).union(SourcePhrase.prepositions)
        .union(Lexicon.articles).union(Lexicon.verbParticles).union(Lexicon.whWords).union(Lexicon.subordinators)
        .union(Lexicon.modalVerbs).union(Lexicon.determiners).union(Lexicon.directionPrepositions)
}
