import TextAnalysis

/// A statement of a health effect inside a sentence: an intervention or an exposure acting on a
/// body, its functions or its conditions ("they can stimulate your body's healing factor",
/// "they can help to promote circulation", "these little boosts to your immune system"), a
/// treatment said to work ("massage therapy for back pain is so effective"), or a part or product
/// of the body defined ("Cortisol is the stress hormone"). It is what factcheck's users check in
/// a health article, even where the sentence around it chats: a concession ("While they won't
/// perform any miracles, …"), the reader addressed ("your immune system"), advice drawn from it
/// ("…, so it's good to get rid of it"). The first stage, learned from debates, and the claim
/// gate, learned from news pages, weigh those other clauses against it (the gate's "you" and
/// evaluative word weigh -1.13 and -1.79), so ``ClaimExtractor`` reports the statement as a
/// claim when they turn its sentence down.
///
/// Read clause by clause (a sentence is cut at commas, semicolons, colons and dashes); the
/// statement runs from the first clause that states a health effect to the last, so a concession
/// before it and advice after it are no part of the claim. Which words are a body's comes from
/// WordNet (``WordNet/isBodyTerm(_:senses:)``), which verbs assert an effect from the lexicon
/// (``Lexicon/causalVerbs``), not from lists of health words. Not a health statement: a figure of
/// speech ("Circulation is also a great balm for sore muscles": no effect verb, and its predicate
/// is no body term), an instruction ("Stretch daily to relieve back pain"), a speaker's own body
/// ("the massage eased my back pain": an account, in the first person). Without the WordNet
/// database no word is a body's and no statement is found.
struct HealthStatement: Equatable {
    /// Where the statement runs, in the text's Unicode scalars.
    var range: Range<Int>

    /// The statement in `text` (within `bounds`, scalar offsets: the claim proper after an
    /// attribution), nil when no clause states a health effect.
    static func find(in text: String, within bounds: Range<Int>? = nil) -> HealthStatement? {
        guard let wordNet = try? WordNet.shared() else { return nil }
        let scalars = Array(text.unicodeScalars)
        let bounds = bounds.map { $0.clamped(to: 0..<scalars.count) } ?? 0..<scalars.count
        let clauses = clauses(of: scalars, within: bounds)
        let clauseWords = clauses.map { words(in: String(String.UnicodeScalarView(scalars[$0]))) }
        let stating = clauses.indices.filter { states(clauseWords[$0], wordNet: wordNet) }
        guard let first = stating.first, var last = stating.last else { return nil }
        // Items of a list the last statement opens run on with it: "It causes inflammation in
        // the muscles that can ache, burn, twitch and spasm".
        while last + 1 < clauses.count, isListItem(clauseWords[last + 1]) { last += 1 }
        return HealthStatement(range: clauses[first].lowerBound..<clauses[last].upperBound)
    }

    /// The most words a clause after a statement may have to be read as an item of its list.
    static let listItemLength = 3

    /// Whether a short clause after a statement is an item of the list it opens ("swell and
    /// lock"), not a clause of its own: one that draws a consequence or opens a relative clause
    /// ("so trust me", "so taxpayers win"), a second subject after "and"/"but" ("and it hurts"),
    /// an instruction ("get moving"), an evaluation or advice (``chats(_:)``) is cut off.
    static func isListItem(_ words: [String]) -> Bool {
        guard words.count <= listItemLength, let first = words.first else { return false }
        if Lexicon.consequenceJoiners.contains(first) || Lexicon.relativePronouns.contains(first) { return false }
        let opening = Array(words.drop { Lexicon.clauseJoiners.contains($0) })
        if let subject = opening.first, Lexicon.subjectPronouns.contains(subject) || ClaimLexicon.secondPerson.contains(subject) { return false }
        return !chats(words.joined(separator: " "))
    }

    /// The clauses of `scalars[bounds]`: cut at a comma (not one inside a number: "2,000"), a
    /// semicolon, a colon or a dash; each without the white space around it.
    static func clauses(of scalars: [Unicode.Scalar], within bounds: Range<Int>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = bounds.lowerBound
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            if lower < upper { clauses.append(lower..<upper) }
        }
        for index in bounds {
            let scalar = scalars[index]
            let inNumber = scalar == "," && index > bounds.lowerBound && index + 1 < bounds.upperBound
                && scalars[index - 1].properties.numericType != nil && scalars[index + 1].properties.numericType != nil
            guard !inNumber, clauseBreaks.contains(scalar) else { continue }
            close(index)
            start = index + 1
        }
        close(bounds.upperBound)
        return clauses
    }

    static let clauseBreaks: Set<Unicode.Scalar> = [",", ";", ":", "—", "–"]

    /// The clause's words, lowercased (``Tokenizer`` writes every apostrophe straight: "it's").
    static func words(in clause: String) -> [String] {
        Tokenizer.words(in: clause)
    }

    /// Whether a clause states a health effect: an effect on a body term, a treatment that works,
    /// or a body term defined; not in the first person singular, and not as an instruction.
    static func states(_ words: [String], wordNet: WordNet) -> Bool {
        guard words.count >= 3, !words.contains(where: ClaimLexicon.firstPersonSingular.contains) else { return false }
        // "so it's good to …", "and try to …": the clause's own opening, past a joining word.
        let opening = Array(words.drop { clauseOpeners.contains($0) })
        // A condition leaves its effect open: "So if you take a multivitamin to protect your heart".
        guard let first = opening.first, !ClaimLexicon.openingWithoutFact.contains(first), !Lexicon.imperativeOpeners.contains(first),
              !ClaimLexicon.impersonalAdvice.starts(opening), !ClaimLexicon.advice.containedIn(words),
              // An instruction by its grammar too: "Coat the ends with rooting hormone".
              !ImperativeClause.opensWithImperative(opening, wordNet: wordNet)
        else { return false }
        return actsOnTheBody(words, wordNet: wordNet) || saysATreatmentWorks(words, wordNet: wordNet)
            || definesABodyTerm(opening, wordNet: wordNet)
    }

    /// Whether the words a statement leaves of its sentence are chat around it: advice ("so
    /// it's good to get rid of it", "you should …", an imperative), an evaluation ("While they
    /// won't perform any miracles"), rhetoric ("Last but not least") or an opinion ("I think"),
    /// by the claim detector's phrases (``ClaimLexicon``). Anything else may be a claim of its
    /// own and stays with the statement.
    static func chats(_ text: String) -> Bool {
        let words = words(in: text)
        let opening = Array(words.drop { clauseOpeners.contains($0) })
        guard let first = opening.first else { return false }
        let commands = (try? WordNet.shared()).map { ImperativeClause.opensWithImperative(opening, wordNet: $0) } ?? false
        return Lexicon.imperativeOpeners.contains(first) || commands || ClaimLexicon.impersonalAdvice.starts(opening)
            || ClaimLexicon.advice.containedIn(words) || ClaimLexicon.rhetoric.starts(opening)
            || ClaimLexicon.opinion.containedIn(words) || words.contains(where: ClaimLexicon.evaluative.contains)
    }

    /// Words that join a clause to the one before: "so", "and", "but", "that".
    static let clauseOpeners = Lexicon.clauseJoiners.union(Lexicon.consequenceJoiners).union(Lexicon.relativePronouns)

    /// A causal verb (or its noun: "boosts to") with a body term in its object, the next
    /// ``objectReach`` words up to a word that ends it (``objectEnds``): "stimulate your body's
    /// healing factor", "promote circulation and …", "reduce the amount of cortisol in your
    /// bloodstream"; not "cutting plants or scraping animal skins", whose object is the plants.
    /// Not an idiom's object ("raises concerns"), and not past a particle, which makes the verb
    /// another one ("cut back on", "slow down").
    static func actsOnTheBody(_ words: [String], wordNet: WordNet) -> Bool {
        for (index, word) in words.enumerated() where ClaimLexicon.containsCausalVerb([word]) {
            let objectStart = index + 1
            let objectWords = words[objectStart...].prefix(objectReach).prefix { !objectEnds.contains($0) }
            // A verb, not a noun: "the rate cut was a shot in the arm" (the cut is a subject, its
            // verb the copula after it; the copula ends its object, which is left empty). A noun
            // after an article acts only through "to": "these little boosts to your immune system".
            if objectWords.isEmpty { continue }
            if isNoun(words, at: index, wordNet: wordNet), objectWords.first != "to" { continue }
            if let next = objectWords.first, Lexicon.verbParticles.contains(next) { continue }
            let start = objectStart + objectWords.prefix { Lexicon.causalIdiomModifiers.contains($0) }.count
            if start < words.count, Lexicon.causalIdiomObjects.contains(words[start]) { continue }
            if containsBodyTerm(words, in: start..<(objectStart + objectWords.count), wordNet: wordNet) { return true }
        }
        return false
    }

    /// Whether the causal word at `index` heads a noun phrase: an article or "its" before it, with
    /// only words WordNet knows as no noun between ("the cut", "The malicious links purport …";
    /// not "The new pill reduces …", where "pill" is the noun and "reduces" its verb).
    static func isNoun(_ words: [String], at index: Int, wordNet: WordNet) -> Bool {
        var before = index - 1
        while before >= 0, !Lexicon.articles.contains(words[before]), words[before] != "its" {
            let parts = wordNet.partsOfSpeech(of: words[before])
            if parts.isEmpty || parts.contains(.noun) { return false }
            before -= 1
        }
        return before >= 0
    }

    /// How far after an effect verb its object may name the body: "increase things like joint
    /// flexibility", "reduce the amount of cortisol in your bloodstream".
    static let objectReach = 6

    /// Words that end an effect's object: a second object or clause ("and", "or", "but") and
    /// what opens a clause of its own ("that", "which", "as", "when", "because", "if").
    /// A copula or an auxiliary ends it too: the word before was a noun ("the rate cut was …").
    static let objectEnds: Set<String> = Lexicon.clauseJoiners.union(["or"]).union(Lexicon.relativePronouns)
        .union(Lexicon.subordinators).union(Lexicon.ambiguousSubordinators).union(Lexicon.consequenceJoiners).union(Lexicon.copulas).union(Lexicon.auxiliaries)

    /// An efficacy word ("effective", "beneficial") in a clause with a body term and no
    /// evaluative word: "massage therapy for back pain is so effective".
    static func saysATreatmentWorks(_ words: [String], wordNet: WordNet) -> Bool {
        words.contains(where: ClaimLexicon.efficacyWords.contains) && !words.contains(where: ClaimLexicon.evaluative.contains)
            && containsBodyTerm(words, in: words.indices, wordNet: wordNet)
    }

    /// A body term as the subject (at most three words before "is"/"are") and a body term in the
    /// predicate before any preposition: "Cortisol is the stress hormone", "The thyroid is a
    /// gland". Not a figure of speech ("Circulation is also a great balm for sore muscles": the
    /// predicate's noun, "balm", is no body term, and the muscles come after "for").
    static func definesABodyTerm(_ words: [String], wordNet: WordNet) -> Bool {
        guard let copula = words.prefix(4).firstIndex(where: { $0 == "is" || $0 == "are" }), copula > 0,
              !ClaimLexicon.isEvaluativePredicate(words), !words.contains(where: ClaimLexicon.evaluative.contains),
              containsBodyTerm(words, in: 0..<copula, wordNet: wordNet)
        else { return false }
        // "The brain is the heart of the operation": the predicate's body term belongs to no
        // body (``belongsToABody(_:term:wordNet:)``), so this is a figure, no definition.
        let predicate = words[(copula + 1)...].prefix { !predicateEnds.contains($0) }
        return containsBodyTerm(words, in: (copula + 1)..<(copula + 1 + predicate.count), wordNet: wordNet)
    }

    /// Words that end a defining predicate's noun phrase: prepositions and relative words.
    static let predicateEnds = SourcePhrase.prepositions.union(Lexicon.relativePronouns).union(Lexicon.consequenceJoiners)

    /// Whether a word of `words[range]`, or two of them together ("immune system", "blood
    /// pressure"), is a body term that belongs to a body (``belongsToABody(_:term:wordNet:)``).
    static func containsBodyTerm(_ words: [String], in range: Range<Int>, wordNet: WordNet) -> Bool {
        let nouns = words.map(noun)
        let range = range.clamped(to: nouns.indices)
        for index in range where nouns[index].count > 2 && nouns[index].first?.isLetter == true {
            let word = nouns[index]
            // A compound is read whole: "the blood pressure of the room" is the room's, not a
            // body's "blood".
            if index + 1 < range.upperBound, wordNet.isBodyTerm(word + " " + nouns[index + 1]) {
                if belongsToABody(words, term: index..<(index + 2), wordNet: wordNet) { return true }
                continue
            }
            if !ClaimLexicon.secondPerson.contains(word), wordNet.isBodyTerm(word),
               belongsToABody(words, term: index..<(index + 1), wordNet: wordNet) { return true }
        }
        return false
    }

    /// A possessive is its noun ("your body's healing" → "body"); "it's" is no noun of any body.
    static func noun(_ word: String) -> String {
        word.hasSuffix("'s") && word.count > 2 && word != "it's" ? String(word.dropLast(2)) : word
    }

    /// Whether the body term at `term` is a living body's: its owner, when one is named, is a
    /// person or an animal (WordNet's `noun.person`, `noun.animal`, or a body: ``WordNet/isLivingBeing(_:)``),
    /// a name WordNet lacks, or a person's possessive ("your", "his"). Not "its body" (a sauce's),
    /// "the company's spine", "the heart of democracy", "the muscle out of the company", "the fat
    /// from the budget", "the blood pressure of the room": figures of speech whose body is a thing.
    static func belongsToABody(_ words: [String], term: Range<Int>, wordNet: WordNet) -> Bool {
        // The owner before it: a possessive, at most one word (an adjective) away.
        for back in 1...2 where term.lowerBound - back >= 0 {
            let word = words[term.lowerBound - back]
            if word == "its" { return false }
            if Lexicon.personPossessives.contains(word) || ClaimLexicon.secondPerson.contains(word) { break }
            if word.hasSuffix("'s"), word != "it's" {
                if !isOwner(noun(word), wordNet: wordNet) { return false }
                break
            }
            if Lexicon.articles.contains(word) { break }
        }
        // The owner after it: "of"/"from"/"out of" and its noun phrase.
        var after = term.upperBound
        if after + 1 < words.count, words[after] == "out", words[after + 1] == "of" { after += 1 }
        guard after < words.count, ownerPrepositions.contains(words[after]) else { return true }
        let owner = words[(after + 1)...].drop { Lexicon.articles.contains($0) }
            .prefix { !predicateEnds.contains($0) && !objectEnds.contains($0) }.prefix(3)
        if owner.isEmpty { return true }
        return owner.contains { Lexicon.personPossessives.contains($0) || ClaimLexicon.secondPerson.contains($0) || isOwner(noun($0), wordNet: wordNet) }
    }

    /// The prepositions that name a body term's owner after it: "the joints *of* older patients".
    static let ownerPrepositions: Set<String> = ["of", "from"]

    /// A noun that may own a body: a living being, a body term ("the cells of the liver"), or a
    /// name WordNet does not know ("Maria's heart").
    static func isOwner(_ word: String, wordNet: WordNet) -> Bool {
        wordNet.isLivingBeing(word) || wordNet.isBodyTerm(word) || wordNet.partsOfSpeech(of: word).isEmpty
    }
}
