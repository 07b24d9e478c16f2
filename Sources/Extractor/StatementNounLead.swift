import TextAnalysis

/// A statement put forward by its noun: "The agency has touted estimates that 2 million homes
/// could flood", "Last week the mayor made a bold claim on local radio that the budget was
/// balanced", "The regulator issued a warning that prices will rise". In English a noun of
/// statement (``Lexicon/statementNouns``) takes its content in a "that" clause; after a verb that
/// puts it forward (``Lexicon/statementOfferingVerbForms``) the verb's subject is who states it,
/// as after "said that"; so is the subject of a verb that receives one ("the agency received
/// reports that …") or rebuts one ("the minister hit back at stories that …": the claim keeps
/// the verb, as after a verb of denial).
///
/// Read only in that shape: the verb, at most three modifiers (an article, an adjective), the
/// noun, at most a short phrase with no comma ("on local radio"), then "that" opening a clause
/// with a subject of its own. "The claim that he made was false" (the verb after the noun), "He
/// made a claim that was false" (a relative clause: a verb straight after "that") and "the
/// estimates that followed" (no verb before the noun) credit no one. Nor does a relative clause
/// whose subject is the noun ("claims that circulate on 3 websites") or whose object it is
/// ("warnings that residents ignored for 3 days"), a statement denied ("never issued a warning
/// that"), or a "that" pointing at a time ("made a claim that day that …").
extension AttributionParser {
    /// The index of the "that" whose clause the verb at `verb` puts forward by its noun; nil when
    /// the words after the verb are not in that shape.
    static func statementNounThat(_ words: WordCursor, verb: Int) -> Int? {
        guard !words.isCapitalized(verb), let objectStart = statementNounObjectStart(words, verb: verb),
              let noun = (objectStart..<min(words.count, objectStart + 4)).first(where: { Lexicon.statementNouns.contains(words.lower($0)) || Lexicon.passedOnStatementNouns.contains(words.lower($0)) }),
              (objectStart..<noun).allSatisfy({ index in
                  !words.hasCommaAfter(index) && !words.isCapitalized(index) && !SourcePhrase.prepositions.contains(words.lower(index))
                      && !SourcePhrase.clauseWords.contains(words.lower(index))
              }),
              let that = ((noun + 1)..<min(words.count, noun + 5)).first(where: { words.lower($0) == "that" }),
              !((noun..<that).contains { words.hasCommaAfter($0) }),
              that + 1 < words.count,
              // "a claim that was false": a verb straight after "that" opens a relative clause.
              !Lexicon.auxiliaryVerbs.contains(words.lower(that + 1)),
              // "never issued a warning that", "issued no warning that": a statement no one put forward.
              !((max(0, verb - 2)..<noun).contains { Lexicon.negationWords.contains(words.lower($0)) }),
              let wordNet = try? WordNet.shared(),
              // "made a claim that day that …": "that" before a noun of time points at the time.
              !ImperativeClause.isTimeNoun(words.lower(that + 1), wordNet: wordNet),
              statementFollows(words, that: that, wordNet: wordNet),
              !opensRelativeClause(words, that: that, wordNet: wordNet),
              !standsInRelativeClause(words, verb: verb),
              !speechTagFollows(words, that: that)
        else { return nil }
        return that
    }

    /// Whether the verb at `verb` stands inside a relative clause still open ("The ministry,
    /// *which* received reports that 12 boats sank, said …"): its subject is the pronoun, and the
    /// sentence's statement is the main verb's, after the clause's comma. A clause closed before
    /// the verb ("The mayor, who took office in May, received reports that …") leaves it the main
    /// verb.
    static func standsInRelativeClause(_ words: WordCursor, verb: Int) -> Bool {
        guard let pronoun = (0..<verb).last(where: { SourcePhrase.relativePronouns.contains(words.lower($0)) }) else { return false }
        return !(pronoun..<verb).contains { words.hasCommaAfter($0) }
    }

    /// Whether a comma in the clause after `that` is followed, within five words, by a finite
    /// verb of saying (``Lexicon/speechVerbs``): "received reports that 12 boats had sunk, a
    /// spokesman said" credits the spokesman with the whole sentence, and "…, said 3 crews were
    /// rescued" is the main verb's statement; the noun's clause does not run on through either.
    static func speechTagFollows(_ words: WordCursor, that: Int) -> Bool {
        let speech = Set(Lexicon.speechVerbs.flatMap(\.finite))
        return ((that + 1)..<words.count).contains { comma in
            words.hasCommaAfter(comma)
                && ((comma + 1)..<min(words.count, comma + 6)).contains { speech.contains(words.lower($0)) && !words.isCapitalized($0) }
        }
    }

    /// Where the noun phrase of statement may start after the verb at `verb`: right after a verb
    /// that puts a statement forward (``Lexicon/statementOfferingVerbForms``) or receives one
    /// (``Lexicon/statementReceivingVerbForms``: "received reports that …"), or after a verb of
    /// criticism (``Lexicon/criticismVerbPhrases``) and the "at" a phrasal one takes ("hit back at
    /// stories that …", "slammed claims that …"). Nil after any other verb.
    static func statementNounObjectStart(_ words: WordCursor, verb: Int) -> Int? {
        let word = words.lower(verb)
        if Lexicon.statementOfferingVerbForms.contains(word) || Lexicon.statementReceivingVerbForms.contains(word) { return verb + 1 }
        return rebuttalObjectStart(words, verb: verb)
    }

    /// After a verb of criticism (``Lexicon/criticismVerbPhrases``), the index its object starts
    /// at (past a phrasal verb's "at"); nil when no such verb stands at `verb`. Such a subject
    /// judges a statement ("the minister hit back at reports that …"): it is the source of the
    /// sentence, and the claim keeps the verb, as after a verb of denial.
    static func rebuttalObjectStart(_ words: WordCursor, verb: Int) -> Int? {
        guard let phrase = Lexicon.criticismVerbPhrases.first(where: { words.matches($0, at: verb) }) else { return nil }
        let end = verb + phrase.count
        guard end < words.count else { return nil }
        return words.lower(end) == "at" ? end + 1 : end
    }

    /// Whether the words after the noun's "that" are a relative clause about the noun rather than
    /// what it states. Two shapes of English: the noun as the clause's subject, so a base-form
    /// verb stands straight after "that" with no finite verb after it ("claims that circulate on
    /// 3 websites", "projections that assume 4 percent inflation"; but "claims that water is
    /// safe" states one); and the noun as its object, so a verb that takes a statement as its
    /// object (``Lexicon/statementTakingVerbForms``) stands with no object of its own: the
    /// sentence ends, a comma, a preposition, "too" or an adverb follows ("warnings that
    /// residents ignored for 3 days", "a prediction that nobody believed"; but "a warning that
    /// officials rejected the plan" states one).
    static func opensRelativeClause(_ words: WordCursor, that: Int, wordNet: WordNet) -> Bool {
        let first = that + 1
        let opener = words.lower(first)
        // "reports that came from 12 towns", "a story that sold 2 million copies": a past form
        // that is no noun opens the clause as its verb, as a base form does.
        let pastVerb = !opener.hasSuffix("s") && wordNet.isInflectedVerbForm(opener) && !wordNet.partsOfSpeech(of: opener).contains(.noun)
        if !words.isCapitalized(first), opener.first?.isLetter == true, !clauseSubjects.contains(opener),
           !nounModifiers.contains(opener), wordNet.isVerbLemma(opener) || pastVerb
        {
            let next = first + 1
            let finiteAfter = next < words.count && !words.hasCommaAfter(first)
                && (isFiniteVerb(words, at: next)
                    || words.lower(next).hasSuffix("s") && !words.lower(next).hasSuffix("ss") && wordNet.partsOfSpeech(of: words.lower(next)).contains(.verb)
                    // "reports that access to the site is being restored": a noun that is also a
                    // verb ("access", "work"), then a preposition's phrase and a finite auxiliary
                    // before the clause's comma, is the clause's subject.
                    || SourcePhrase.prepositions.contains(words.lower(next)) && opensClause(words, from: next))
            if !finiteAfter { return true }
        }
        for index in (first + 1)..<min(words.count, first + 6) {
            if words.hasCommaAfter(index - 1) { return false }
            guard Lexicon.statementTakingVerbForms.contains(words.lower(index)) || leavesObjectBehind(words, index, wordNet: wordNet),
                  !words.isCapitalized(index)
            else { continue }
            let after = index + 1
            if after >= words.count || words.hasCommaAfter(index) { return true }
            let word = words.lower(after)
            return SourcePhrase.prepositions.contains(word) || word == "too" || wordNet.partsOfSpeech(of: word) == [.adverb]
                || spansTime(words, from: after, wordNet: wordNet)
        }
        return false
    }

    /// Whether the word at `index` is the past verb of an object relative clause's own subject:
    /// a past form (not an "-s" present, "the roof leaks in 3 places") of a verb that cannot stand
    /// without its object (``WordNet/takesObjectOnly(_:)``: "wrote", "filed", "released"), after
    /// the subject or a perfect's "had"/"has"/"have", not after a form of "be" (a passive has
    /// its object as subject: "30 patients were overcharged"). The caller then asks whether the
    /// object is missing ("the report that auditors wrote in 2020 …", "reports that customers
    /// filed about 200 phones"), which a statement's intransitive verb does not tell ("reports
    /// that 12 boats had sunk near the pier", "that prices rose in May").
    /// Whether the words from `start` are a stretch of time, not an object: "over" or "for", a
    /// number and a noun of time ("visitors had written *over 50 years*"). "over 50 letters"
    /// is an object with its bound.
    static func spansTime(_ words: WordCursor, from start: Int, wordNet: WordNet) -> Bool {
        guard start + 2 < words.count, Lexicon.timeSpanPrepositions.contains(words.lower(start)),
              words.lower(start + 1).first?.isNumber == true || Lexicon.numberWords[words.lower(start + 1)] != nil
        else { return false }
        return ImperativeClause.isTimeNoun(words.lower(start + 2), wordNet: wordNet)
    }

    static func leavesObjectBehind(_ words: WordCursor, _ index: Int, wordNet: WordNet) -> Bool {
        let word = words.lower(index), before = words.lower(index - 1)
        guard !word.hasSuffix("s"), !Lexicon.auxiliaryVerbs.contains(word),
              !Lexicon.auxiliaryVerbs.contains(before) || Lexicon.perfectAuxiliaries.contains(before),
              wordNet.isInflectedVerbForm(word), wordNet.takesObjectOnly(word)
        else { return false }
        return true
    }
}
