import Foundation
import TextAnalysis

/// Feature: does the sentence put another thing in the one place where it misses a claim word?
///
/// "The drug lowered blood pressure in rats" repeats every word of "… in mice" but one, so coverage
/// reads it as stating the claim, and so does the trained verifier's "in other words" reading
/// ("The bank failed." for "The organ failed."). Yet it is a finding about rats: it neither states
/// nor refutes one about mice (issue #17, "One slot swapped"). Session 9's `SlotSwap` called such
/// sentences contradictions and was removed: a rival in one place is no evidence the claim is false
/// ("men" and "women" may both be protected), and `contradicted` fails an editor's CI run. So this
/// feature only takes the sentence's support away: the claim stays `unverified`, the reason naming
/// both words, unless another sentence decides (``VerdictPolicy``).
///
/// The stand-in is found by the claim's own words around the missing one: the sentence word between
/// the two claim words that flank it in the claim ("impairs *attention* in students" for "impairs
/// memory in students"), or, at the claim's edge, the word next to the one flanking word, framed by
/// the same small words and no comma ("in rats" for "in mice"; not "inauguration, Conway" for
/// "Kellyanne Conway"), and on its other side by the claim's next word or the clause's end ("in a
/// wooden chair" puts a modifier in "chair"'s place). Only a word that can name a thing (a noun, or a name WordNet lacks) stands
/// in for one: not an adverb ("outside"), a verb's "-ing" form ("are sitting" for "are camping"),
/// or an adjective modifying the next word, in the claim or the source ("active Ly49Q", "mobile
/// phones"), and never a negation or scope word ("nobody"). And only when it is not the same
/// thing said otherwise (``WordNetRelations/Kin``): the same word without accents ("Beyonce"), two
/// names WordNet lacks a letter or two apart ("Zelenskyy"), a shared base form ("mouse" for "mice"), a
/// synonym in any sense ("picture" for "photo"), a broader word ("rodents" for "mice"), an
/// abbreviation ("TB" for "tuberculosis"), a common noun for a name ("the company" for "PacSun",
/// as a pronoun would), or, unless the claim or sentence speaks of all, only or none
/// (``Generalisation/hasBlocker(_:)``), a narrower one ("truck" for "vehicle"); and two common
/// nouns must meet within ``rivalLevels`` of WordNet's hierarchy ("rodent") to be rivals. A pronoun
/// ("she" for "the pianist") is a stop word, never a stand-in.
enum SubstitutedWord {
    struct Finding: Equatable {
        /// The claim word the sentence lacks, as the article writes it ("Glasgow"; a common noun
        /// that opens the sentence in lower case: "mice" for "Mice").
        let claimWord: String
        /// The word the sentence has in its place, written the same way.
        let sourceWord: String

        /// Whether both words are names as written (capitalised, not a common noun that opens its
        /// sentence): only a swap of names takes a year or figure contradiction away
        /// (``takesAFigureAway``).
        var betweenNames = false
        /// Whether both names are first names before one surname ("Volodymyr Zelenskyy", "Vladimir
        /// Zelenskyy"): one person written two ways, not another.
        var beforeOneSurname = false

        var reason: String { "the source says '\(sourceWord)' where the article says '\(claimWord)'" }
    }

    /// How many words past its one flanking word a stand-in at the claim's edge may sit ("blood
    /// pressure in rats": the preposition between), and how far apart the two flanking words may be.
    static let edgeWindow = 3
    static let gapWindow = 6
    /// How many steps up WordNet's noun hierarchy two common nouns must meet to be rivals of one
    /// kind ("rodent" for "mice" and "rats", "adult" for "men" and "women"): words that meet
    /// nowhere near ("jab", "shot") are more often the same thing in a usage WordNet lacks.
    static let rivalLevels = 4
    /// How many letters two names WordNet lacks may differ by and still be one name spelt two ways
    /// ("Zelensky", "Zelenskyy"), and how long both must be for that.
    static let spellingDistance = 2
    static let spellingMinimumLength = 6

    static func find(
        claim: ClaimQuery, sentence source: SourceSentence, coverage: TermCoverage, broader: Set<String>
    ) -> Finding? {
        let sentence = source.analysis
        let present = source.contentSet
        var lacking: ClaimQuery.Term?
        for term in claim.terms where !term.isNumber && !term.isRelationWord && !coverage.names(term, present: present, broader: broader) {
            guard lacking == nil else { return nil }
            lacking = term
        }
        guard let lacking else { return nil }
        let written = claim.analysis
        guard let at = (0..<written.count).first(where: { written.isContent[$0] && written.stemIDs[$0] == lacking.id }),
              let place = standIn(for: at, claim: claim, sentence: sentence)
        else { return nil }
        let claimWord = written.words[at]
        let sourceWord = sentence.words[place]
        // "nobody", "nothing": the claim's negation or scope, not a thing in a place.
        guard !Lexicon.generalisationBlockers.contains(claimWord), !Lexicon.negationWords.contains(claimWord) else { return nil }
        // "Beyoncé" / "Beyonce": one word with and without its accents.
        guard folded(claimWord) != folded(sourceWord) else { return nil }
        guard !isAbbreviation(claimWord, sourceWord) else { return nil }
        let relations = WordNetRelations.shared
        let claimKin = relations.kin(of: claimWord)
        guard claimKin.namesAThing else { return nil }
        // "Active Ly49Q": a word that can be an adjective, right before another content word, is
        // that word's modifier, not a thing of its own (the source's "receptor Ly49Q" names the
        // same; "mobile phones" for "cell phones", "black T-shirt" for "blue T-shirt").
        if claimKin.isAdjective, at + 1 < written.count, written.isContent[at + 1] { return nil }
        // "outside", "outdoors": a place said as an adverb, not a thing in a slot.
        guard !claimKin.isAdverb else { return nil }
        let sourceKin = relations.kin(of: sourceWord)
        guard sourceKin.namesAThing else { return nil }
        if sourceKin.isAdjective, place + 1 < sentence.count, sentence.isContent[place + 1] { return nil }
        // "Zelensky" / "Zelenskyy": two names WordNet lacks, a letter or two apart, are one name.
        if !claimKin.isKnown, !sourceKin.isKnown, min(claimWord.count, sourceWord.count) >= spellingMinimumLength,
           editDistance(folded(claimWord), folded(sourceWord), atMost: spellingDistance) <= spellingDistance
        {
            return nil
        }
        // "are camping" / "are sitting": an activity, not a thing (nouns and names only).
        guard !isActivity(claimWord, claimKin), !isActivity(sourceWord, sourceKin) else { return nil }
        // A name the source refers to by a common noun ("PacSun" / "the company", "Melancholia" /
        // "the film") is the same thing, like a pronoun; a name stands against a name, a common
        // noun against a common noun.
        guard claimKin.isKnown == sourceKin.isKnown else { return nil }
        let claimLemmas = withSingular(claimKin.lemmas.union([claimWord]))
        let sourceLemmas = withSingular(sourceKin.lemmas.union([sourceWord]))
        guard claimLemmas.isDisjoint(with: sourceLemmas),
              relations.allSynonyms(of: claimWord).isDisjoint(with: sourceLemmas),
              relations.allSynonyms(of: sourceWord).isDisjoint(with: claimLemmas)
        else { return nil }
        // A broader word in the source ("rodents" for "mice") is the claim's thing, said less
        // exactly. A claim word above the source's ("animals" for "mice") is credited by
        // ``Generalisation`` unless the claim or the sentence speaks of all, only or none, where a
        // broader word says more.
        guard relations.allBroaderLemmas(than: claimWord).isDisjoint(with: sourceLemmas) else { return nil }
        let blocked = Generalisation.hasBlocker(claim.analysis) || Generalisation.hasBlocker(sentence)
        if !blocked, !relations.allBroaderLemmas(than: sourceWord).isDisjoint(with: claimLemmas) { return nil }
        let claimWritten = asWritten(claim.claim.text, written, at, isKnown: claimKin.isKnown)
        let sourceWritten = asWritten(source.text, sentence, place, isKnown: sourceKin.isKnown)
        // Two common nouns are rivals only as kinds of one thing near both ("mice", "rats": rodents).
        if isCommonNoun(claimWritten, claimKin), isCommonNoun(sourceWritten, sourceKin) {
            let claimNear = claimLemmas.union(relations.broaderLemmas(than: claimWord, senses: .max, levels: rivalLevels))
            let sourceNear = sourceLemmas.union(relations.broaderLemmas(than: sourceWord, senses: .max, levels: rivalLevels))
            guard !claimNear.isDisjoint(with: sourceNear) else { return nil }
        }
        var finding = Finding(claimWord: claimWritten, sourceWord: sourceWritten)
        finding.betweenNames = isName(claimWritten) && isName(sourceWritten)
        if finding.betweenNames, at + 1 < written.count, place + 1 < sentence.count {
            let claimNext = asWritten(claim.claim.text, written, at + 1, isKnown: false)
            let sourceNext = asWritten(source.text, sentence, place + 1, isKnown: false)
            finding.beforeOneSurname = isName(claimNext) && claimNext == sourceNext
        }
        return finding
    }

    /// A word written with a capital where it stands (``asWritten`` lowers a known word that only
    /// opens its sentence).
    static func isName(_ written: String) -> Bool {
        written.first?.isUppercase == true
    }

    /// The word at `index` as `text` writes it ("Glasgow", not "glasgow"); a common noun that opens
    /// the text, capitalised only for that, in lower case.
    static func asWritten(_ text: String, _ analysis: AnalyzedText, _ index: Int, isKnown: Bool) -> String {
        let word = analysis.words[index]
        let characters = Array(text)
        let start = analysis.offsets[index]
        guard start >= 0, start + word.count <= characters.count else { return word }
        let found = String(characters[start..<start + word.count])
        guard found.lowercased() == word else { return word }
        let opens = !(0..<index).contains { analysis.isContent[$0] || analysis.words[$0].first?.isLetter == true }
        return opens && isKnown ? word : found
    }

    /// A word WordNet knows, written in lower case: not a name.
    static func isCommonNoun(_ written: String, _ kin: WordNetRelations.Kin) -> Bool {
        kin.isKnown && written == written.lowercased()
    }

    /// `word` without accents ("beyonce").
    static func folded(_ word: String) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The base forms, with the singular of a plural WordNet files apart ("person" for "people").
    static func withSingular(_ lemmas: Set<String>) -> Set<String> {
        lemmas.union(lemmas.compactMap { Lexicon.pluralsFiledApart[$0] })
    }

    /// Levenshtein distance between `one` and `other`, or `limit + 1` once it exceeds `limit`.
    static func editDistance(_ one: String, _ other: String, atMost limit: Int) -> Int {
        let a = Array(one), b = Array(other)
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }

    /// A verb's "-ing" form: what someone is doing, not a thing.
    static func isActivity(_ word: String, _ kin: WordNetRelations.Kin) -> Bool {
        kin.isVerb && word.hasSuffix("ing")
    }

    /// Whether the words of `text` in `range` follow one another with nothing but a space between
    /// them: no comma or other mark breaking the phrase ("inauguration , Conway").
    static func isUnbroken(_ text: AnalyzedText, _ range: ClosedRange<Int>) -> Bool {
        range.dropLast().allSatisfy { text.offsets[$0 + 1] - text.offsets[$0] - text.words[$0].count <= 1 }
    }

    /// The position in `sentence` of the one word standing where the claim has its word at `at`;
    /// nil when the claim's flanking words are not found in order or the place holds no single new word.
    static func standIn(for at: Int, claim: ClaimQuery, sentence: AnalyzedText) -> Int? {
        let written = claim.analysis
        let present = sentence.contentSet
        let left = (0..<at).reversed().first { written.isContent[$0] }
        let right = (at + 1..<written.count).first { written.isContent[$0] }
        // A flanking word the sentence does not have as written (a synonym): the place cannot be
        // found by it. A flanking figure the sentence lacks is met by any figure ("opened in 1951
        // in York" for "opened in 1932 in Leeds"): whether the figures agree is
        // ``QuantityAgreement``'s and ``YearAgreement``'s to say, and a swap is read before they
        // contradict. A figure the sentence has is met only by itself.
        for flank in [left, right].compactMap({ $0 }) where !written.isNumber[flank] && !present.contains(written.stemIDs[flank]) {
            return nil
        }
        func flanks(_ claimIndex: Int, _ sentenceIndex: Int) -> Bool {
            let id = written.stemIDs[claimIndex]
            guard written.isNumber[claimIndex], !present.contains(id) else { return sentence.stemIDs[sentenceIndex] == id }
            return sentence.isNumber[sentenceIndex]
        }
        func isNew(_ index: Int) -> Bool {
            sentence.isContent[index] && !sentence.isNumber[index] && !claim.stemSet.contains(sentence.stemIDs[index])
                && !claim.alternativeStems.contains(sentence.stemIDs[index])
        }
        // The place is framed as in the claim: the same small words between the stand-in and its
        // flanking words ("in rats" for "in mice"; not "emigrants, with effector" for "emigrants
        // from the thymus").
        func sameFrame(_ claimRange: Range<Int>, _ sentenceRange: Range<Int>) -> Bool {
            claimRange.map { written.words[$0] } == sentenceRange.map { sentence.words[$0] }
                && isUnbroken(written, claimRange.lowerBound - 1...claimRange.upperBound)
                    == isUnbroken(sentence, sentenceRange.lowerBound - 1...sentenceRange.upperBound)
        }
        let positions = 0..<sentence.count
        switch (left, right) {
        case let (left?, right?):
            for start in positions where flanks(left, start) {
                guard let end = (start + 1..<min(sentence.count, start + 2 + gapWindow)).first(where: { flanks(right, $0) })
                else { continue }
                let between = (start + 1..<end).filter { sentence.isContent[$0] }
                if between.count == 1, isNew(between[0]), sameFrame(left + 1..<at, start + 1..<between[0]),
                   sameFrame(at + 1..<right, between[0] + 1..<end)
                {
                    return between[0]
                }
            }
            return nil
        case let (left?, nil):
            guard let start = positions.last(where: { flanks(left, $0) }),
                  let next = (start + 1..<min(sentence.count, start + 1 + edgeWindow)).first(where: { sentence.isContent[$0] })
            else { return nil }
            // Framed on its other side too: the word after it is the claim's, or the clause ends
            // ("in a chair" for "in a wooden chair" is a modifier's place, not the noun's).
            let after = neighbour(sentence, next, step: 1)
            return isNew(next) && sameFrame(left + 1..<at, start + 1..<next)
                && (after == nil || after == neighbour(written, at, step: 1)) ? next : nil
        case let (nil, right?):
            guard let end = positions.first(where: { flanks(right, $0) }),
                  let previous = (max(0, end - edgeWindow)..<end).last(where: { sentence.isContent[$0] })
            else { return nil }
            // "young children" for "toddlers": the word before it is the claim's, or the clause opens.
            let before = neighbour(sentence, previous, step: -1)
            return isNew(previous) && sameFrame(at + 1..<right, previous + 1..<end)
                && (before == nil || before == neighbour(written, at, step: -1)) ? previous : nil
        case (nil, nil):
            return nil
        }
    }

    /// The word next to `index` (`step` 1 after, -1 before) in the same phrase; nil at the text's
    /// edge or across a mark.
    static func neighbour(_ text: AnalyzedText, _ index: Int, step: Int) -> String? {
        let other = index + step
        guard text.words.indices.contains(other) else { return nil }
        return isUnbroken(text, min(index, other)...max(index, other)) ? text.words[other] : nil
    }

    /// Whether the shorter word is an abbreviation or a clipped form of the longer one: its letters
    /// in order within it, from the same first letter ("tb" in "tuberculosis", "lab" in "laboratory").
    static func isAbbreviation(_ one: String, _ other: String) -> Bool {
        let (short, long) = one.count <= other.count ? (one, other) : (other, one)
        guard short.count <= 5, short.count < long.count, short.first == long.first else { return false }
        var rest = Substring(long)
        for letter in short {
            guard let found = rest.firstIndex(of: letter) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }
}
