import TextAnalysis

/// Which clauses of a source sentence carry the claim: a cue (a negation, a hedge) counts only
/// there.
///
/// "Nurses could not attend every visit, but the home visits reduced readmissions" holds two
/// findings, and a claim about home visits is the second clause's: the first clause's "not" and
/// "could" say nothing about it. A clause carries the claim when it holds as many of the claim's
/// distinct words as any other clause.
///
/// Word counts alone pick the wrong clause when the clauses differ only by their condition: in
/// "the drug was effective in adults but ineffective in children", the second clause borrows its
/// subject from the first, so the first holds more of a claim about children. So when the claim
/// names a condition ("... in children", ``conditionPositions(in:clauses:)``), a clause set under
/// a condition the claim does not name ("in adults"), or that names fewer of the claim's condition
/// words than another clause ("in younger adults" against "in older adults"), is about something
/// else and is left out, unless that would leave no clause. Only a population or use is such a
/// condition: a time or dose ("during five years of follow-up", "at 12 months") is not.
struct ClaimClauses {
    private let clauses: [Int]?
    private let carrying: Set<Int>
    /// False when the claim's words are in no clause (nothing to choose): every clause counts.
    private let chooses: Bool

    /// `anchors` are the positions of the claim's words in `text`; `clauses` the clause number of
    /// each token (nil: the text is one clause). `claim` gives the claim's condition.
    init(text: AnalyzedText, anchors: [Int], clauses: [Int]?, claim: ClaimQuery? = nil) {
        self.clauses = clauses
        guard let clauses else {
            carrying = []
            chooses = false
            return
        }
        var claimWordsByClause: [Int: Set<StemID>] = [:]
        for anchor in anchors { claimWordsByClause[clauses[anchor], default: []].insert(text.stemIDs[anchor]) }
        var candidates = Set(claimWordsByClause.keys)
        if let claim, !claim.conditionIDs.isEmpty {
            let elsewhere = Self.clausesUnderAnotherCondition(text: text, clauses: clauses, claim: claim)
            if !candidates.subtracting(elsewhere).isEmpty { candidates.subtract(elsewhere) }
        }
        let most = candidates.map { claimWordsByClause[$0]?.count ?? 0 }.max() ?? 0
        carrying = candidates.filter { (claimWordsByClause[$0]?.count ?? 0) == most }
        chooses = most > 0
    }

    /// Whether the token at `position` is in a clause that carries the claim.
    func carries(_ position: Int) -> Bool {
        guard chooses, let clauses else { return true }
        return carrying.contains(clauses[position])
    }

    /// Clauses with a condition of their own that names fewer of the claim's condition words (or
    /// their synonyms) than another clause's condition does: none ("in adults" against a claim about
    /// children), or fewer ("in younger adults" against "in older adults" in "... in younger adults
    /// but not in older adults", a claim about older adults). A clause with no condition is never
    /// among them.
    static func clausesUnderAnotherCondition(text: AnalyzedText, clauses: [Int], claim: ClaimQuery) -> Set<Int> {
        var conditionWords: [Int: Set<StemID>] = [:]
        for position in conditionPositions(in: text, clauses: clauses) {
            conditionWords[clauses[position], default: []].insert(text.stemIDs[position])
        }
        let isClaims = { (id: StemID) in claim.stemSet.contains(id) || claim.alternativeStems.contains(id) }
        let named = conditionWords.mapValues { $0.filter(isClaims).count }
        let most = named.values.max() ?? 0
        return Set(named.filter { $0.value == 0 || $0.value < most }.keys)
    }

    /// The words naming a condition: the content words just after a preposition of population or
    /// use (``Lexicon/conditionPrepositions``: "in older adults", "among the elderly", "for
    /// chronic pain"), unless they name a time, a dose or a measure ("for the first year", "in
    /// 12 weeks": a number or one of ``Lexicon/nonPopulationWords``), when the preposition follows a word of its clause that is no change word ("a
    /// rise *in* asthma" names the outcome, not a condition; "*In* children, ..." opening the clause
    /// is one). At most two other words may come
    /// between the preposition and its words ("in the elderly").
    static func conditionPositions(in text: AnalyzedText, clauses: [Int]?) -> [Int] {
        var positions: [Int] = []
        let sameClause = { (lhs: Int, rhs: Int) in clauses.map { $0[lhs] == $0[rhs] } ?? true }
        for index in 0..<text.count where conditionPrepositions.contains(text.words[index]) {
            if let previous = (0..<index).last(where: { text.isContent[$0] }), sameClause(previous, index),
               Direction.classify(text, at: previous) != nil
            {
                continue
            }
            var next = index + 1
            var skipped = 0
            while next < text.count, !text.isContent[next], skipped < 2, sameClause(next, index),
                  !conditionPrepositions.contains(text.words[next])
            {
                next += 1
                skipped += 1
            }
            var phrase: [Int] = []
            while next < text.count, text.isContent[next], sameClause(next, index) {
                phrase.append(next)
                next += 1
            }
            let isPopulation = !phrase.contains { text.isNumber[$0] || nonPopulationWords.contains(text.words[$0]) }
                && !(index + 1 < text.count && text.isNumber[index + 1])
            if isPopulation { positions += phrase }
        }
        return positions
    }

    static let conditionPrepositions: Set<String> = Set(Lexicon.conditionPrepositions)
    static let nonPopulationWords: Set<String> = Set(Lexicon.nonPopulationWords)
}
