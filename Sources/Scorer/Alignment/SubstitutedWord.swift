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
/// "Kellyanne Conway"). Only a word that can name a thing (a noun, or a name WordNet lacks) stands
/// in for one: not an adverb ("outside"), a verb's "-ing" form ("are sitting" for "are camping"),
/// or an adjective modifying the next claim word ("active Ly49Q"). And only when it is not the same
/// thing said otherwise (``WordNetRelations/Kin``): a shared base form ("mouse" for "mice"), a
/// synonym in any sense ("picture" for "photo"), a broader word ("rodents" for "mice"), an
/// abbreviation ("TB" for "tuberculosis"), a common noun for a name ("the company" for "PacSun",
/// as a pronoun would), or, unless the claim or sentence speaks of all, only or none
/// (``Generalisation/hasBlocker(_:)``), a narrower one ("truck" for "vehicle"). A pronoun ("she"
/// for "the pianist") is a stop word, never a stand-in.
enum SubstitutedWord {
    struct Finding: Equatable {
        /// The claim word the sentence lacks, as the article writes it (lower case).
        let claimWord: String
        /// The word the sentence has in its place.
        let sourceWord: String

        var reason: String { "the source says '\(sourceWord)' where the article says '\(claimWord)'" }
    }

    /// How many words past its one flanking word a stand-in at the claim's edge may sit ("blood
    /// pressure in rats": the preposition between), and how far apart the two flanking words may be.
    static let edgeWindow = 3
    static let gapWindow = 6

    static func find(
        claim: ClaimQuery, sentence: AnalyzedText, coverage: TermCoverage, broader: Set<String>
    ) -> Finding? {
        let present = sentence.contentSet
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
        guard !isAbbreviation(claimWord, sourceWord) else { return nil }
        let relations = WordNetRelations.shared
        let claimKin = relations.kin(of: claimWord)
        guard claimKin.namesAThing else { return nil }
        // "Active Ly49Q": a word that can be an adjective, right before another claim word, is
        // that word's modifier, not a thing of its own (the source's "receptor Ly49Q" names the same).
        if claimKin.isAdjective, at + 1 < written.count, written.isContent[at + 1] { return nil }
        // "outside", "outdoors": a place said as an adverb, not a thing in a slot.
        guard !claimKin.isAdverb else { return nil }
        let sourceKin = relations.kin(of: sourceWord)
        guard sourceKin.namesAThing else { return nil }
        // "are camping" / "are sitting": an activity, not a thing (nouns and names only).
        guard !isActivity(claimWord, claimKin), !isActivity(sourceWord, sourceKin) else { return nil }
        // A name the source refers to by a common noun ("PacSun" / "the company", "Melancholia" /
        // "the film") is the same thing, like a pronoun; a name stands against a name, a common
        // noun against a common noun.
        guard claimKin.isKnown == sourceKin.isKnown else { return nil }
        let claimLemmas = claimKin.lemmas.union([claimWord])
        let sourceLemmas = sourceKin.lemmas.union([sourceWord])
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
        return Finding(claimWord: claimWord, sourceWord: sourceWord)
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
        // A flanking word the sentence does not have as written (a synonym, another figure): the
        // place cannot be found by it.
        let leftID = left.map { written.stemIDs[$0] }
        let rightID = right.map { written.stemIDs[$0] }
        if let leftID, !present.contains(leftID) { return nil }
        if let rightID, !present.contains(rightID) { return nil }
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
            for start in positions where sentence.stemIDs[start] == leftID {
                guard let end = (start + 1..<min(sentence.count, start + 2 + gapWindow)).first(where: {
                    sentence.stemIDs[$0] == rightID
                }) else { continue }
                let between = (start + 1..<end).filter { sentence.isContent[$0] }
                if between.count == 1, isNew(between[0]), sameFrame(left + 1..<at, start + 1..<between[0]),
                   sameFrame(at + 1..<right, between[0] + 1..<end)
                {
                    return between[0]
                }
            }
            return nil
        case let (left?, nil):
            guard let start = positions.last(where: { sentence.stemIDs[$0] == leftID }),
                  let next = (start + 1..<min(sentence.count, start + 1 + edgeWindow)).first(where: { sentence.isContent[$0] })
            else { return nil }
            return isNew(next) && sameFrame(left + 1..<at, start + 1..<next) ? next : nil
        case let (nil, right?):
            guard let end = positions.first(where: { sentence.stemIDs[$0] == rightID }),
                  let previous = (max(0, end - edgeWindow)..<end).last(where: { sentence.isContent[$0] })
            else { return nil }
            return isNew(previous) && sameFrame(at + 1..<right, previous + 1..<end) ? previous : nil
        case (nil, nil):
            return nil
        }
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
