import TextAnalysis

/// Feature: do claim and sentence compare the same two groups the same way round?
///
/// "Men are at higher risk than women" and "women were at increased risk compared with men" share
/// every word and the same change word, and say opposite things: the direction of a comparison
/// depends on which group is compared with which. Each text is read as "A <change> ... than /
/// compared with B" (``Lexicon/comparisonMarkers``): A is the subject opening the marker's clause,
/// B the noun phrase right after the marker, and the change word nearest before the marker gives
/// the direction (a comparative counts here even with "than" right after it: "more effective than"
/// is exactly such a finding), or the change verb before that comparative ("lowers ... more than").
/// When the sentence puts the claim's A after its marker and the claim's B before it, its
/// direction is turned round before the two are compared. A comparison may also carry its own
/// direction on the better / worse axis: "A outperformed B", "A was superior / inferior to B"
/// (``Lexicon/winningVerbs``, ``Lexicon/winningMarkers``), read against "A is more effective than
/// B", whose comparative before a merit adjective says how much and better at once
/// (``Lexicon/meritAdjectives``: ``Comparison/merit``). A comparison inside a quotation, or after
/// "if" or "whether" in its clause (``Lexicon/unassertedClauseOpeners``), states no finding and is
/// not read.
/// Only that shape is read: a comparison that opens with its marker or change word ("lower rates
/// in women than in men") or a group named with a prefix ("non-smokers") gives no reading.
enum ComparedGroups {
    /// What gives a comparison its direction: a comparative ("more effective than"), a change word
    /// ("increased injuries compared with"), or a change verb sized by a comparative after it ("lowers
    /// blood pressure *more* than placebo": the verb says which way, the comparative how far).
    enum Role: Hashable {
        case comparative
        case verb
        case verbAndComparative

        /// A bare comparative and a verb sized by one say different things ("more effective than"
        /// is no "lowers more than"): they are not compared.
        func isComparable(with other: Role) -> Bool {
            Set([self, other]) != [.comparative, .verbAndComparative]
        }
    }

    /// One comparison in a text: the two groups either side of its marker and its direction.
    struct Comparison {
        /// Stem ids of the compared group: the subject, the content words opening the clause before
        /// the change word.
        let before: Set<StemID>
        /// Stem ids of the group compared against: the content words right after the marker.
        let after: Set<StemID>
        let axis: DirectionFinding.Axis
        let sign: Int
        let word: String
        let role: Role
        /// A comparative before an adjective of merit ("more effective than"): on the amount axis,
        /// as "higher response rates than" is, and also on the better / worse axis, which
        /// "outperformed" and "superior to" read.
        var merit = false

        /// Two comparisons are on one axis when their axes are equal, or when one says better /
        /// worse and the other is a comparison of merit.
        func sharesAxis(with other: Comparison) -> Bool {
            axis == other.axis || (axis == .quality && other.merit) || (other.axis == .quality && merit)
        }
    }

    /// The first comparison of groups in `text` with a change word before its marker (`clauses`:
    /// the clause of each token, nil for one clause).
    static func comparison(in text: AnalyzedText, clauses: [Int]?) -> Comparison? {
        let words = text.words
        let openers = words.indices.filter { unasserted.contains(words[$0]) }
        for index in words.indices {
            let sameClause = { (position: Int) in clauses.map { $0[position] == $0[index] } ?? true }
            if text.isQuoted(index) || openers.contains(where: { $0 < index && sameClause($0) }) { continue }
            if let won = winning(in: text, at: index, sameClause: sameClause) { return won }
            guard let length = markerLength(words, at: index) else { continue }
            let end = index + length
            if words[index] == "than" {
                // "more than 80 percent" is a bound; "rather than", "other than" compare no groups.
                if end < words.count, text.isNumber[end] { continue }
                if index > 0, nonComparing.contains(words[index - 1]) { continue }
            }
            guard var change = (0..<index).reversed().lazy.filter(sameClause).compactMap({ position in
                changeWord(text, at: position).map { (position, $0.axis, $0.sign) }
            }).first else { continue }
            var role = Role.verb
            var merit = false
            if isComparative(words[change.0]) {
                role = .comparative
                // "more effective than": how much, and which group is better, as "outperformed" says.
                merit = change.0 + 1 < words.count && meritAdjectives.contains(words[change.0 + 1])
                // "lowers blood pressure more than placebo": the verb before the comparative gives the direction.
                if let verb = (0..<change.0).reversed().lazy.filter(sameClause).compactMap({ position in
                    isComparative(words[position]) ? nil : changeWord(text, at: position).map { (position, $0.axis, $0.sign) }
                }).first {
                    change = verb
                    role = .verbAndComparative
                }
            }
            let clauseStart = (0..<index).first(where: sameClause) ?? 0
            guard let after = group(in: text, from: end, afterThan: words[index] == "than", sameClause: sameClause),
                  let before = subject(
                    of: text, from: clauseStart, upTo: change.0, verbMayEnd: role == .comparative, sharedWith: after)
            else { continue }
            return Comparison(
                before: before, after: after, axis: change.1, sign: change.2, word: words[change.0], role: role,
                merit: merit)
        }
        return nil
    }

    /// A comparison that carries its own direction at `index`: a verb of winning ("A *outperformed*
    /// B") or a marker of winning or losing ("A was *superior to* B"), both better / worse. A verb
    /// of winning in the passive ("A was outperformed *by* B") turns the direction round, and its
    /// group follows "by"; with no group after it ("outperformed expectations" names none of the
    /// claim's groups, which ``compare(claim:sentence:clauses:)`` asks) the reading goes no further.
    /// "non" right before ("non-inferior to", "non-superior") negates the marker: no reading. Nor
    /// when "and" / "but" (``Lexicon/clauseJoiners``) stands between the subject and the word: the
    /// word belongs to a second predicate ("A was superior in one trial *and* inferior to B in
    /// another"), a mixed finding no single direction states.
    static func winning(in text: AnalyzedText, at index: Int, sameClause: (Int) -> Bool) -> Comparison? {
        let words = text.words
        if index > 0, words[index - 1] == "non" { return nil }
        var sign: Int
        var end: Int
        if winningVerbs.contains(words[index]) {
            sign = 1
            end = index + 1
            if index > 0, passiveAuxiliaries.contains(words[index - 1]) {
                guard end < words.count, words[end] == "by" else { return nil }
                sign = -1
                end += 1
            }
        } else if let marker = winningMarkers.first(where: { CueLexicon.matches($0, in: words, at: index) }) {
            sign = 1
            end = index + marker.count
        } else if let marker = losingMarkers.first(where: { CueLexicon.matches($0, in: words, at: index) }) {
            sign = -1
            end = index + marker.count
        } else {
            return nil
        }
        let clauseStart = (0..<index).first(where: sameClause) ?? 0
        guard let before = subject(of: text, from: clauseStart, upTo: index, verbMayEnd: false, sharedWith: []),
              let after = group(in: text, from: end, afterThan: false, sameClause: sameClause)
        else { return nil }
        var subjectEnd = clauseStart
        while subjectEnd < index, !text.isContent[subjectEnd] { subjectEnd += 1 }
        while subjectEnd < index, text.isContent[subjectEnd] { subjectEnd += 1 }
        if (subjectEnd..<index).contains(where: { clauseJoiners.contains(words[$0]) }) { return nil }
        return Comparison(before: before, after: after, axis: .quality, sign: sign, word: words[index], role: .comparative)
    }

    /// The compared group: the first run of content words of the clause (skipping the words before
    /// it that are no content: "the", "but"), ending at the first other word or the change word.
    /// When `verbMayEnd` (the change word is a bare comparative) and the run reaches it, its last
    /// word may be the clause's verb ("smokers *produce* less of it than"): a word WordNet knows as
    /// a verb there is no part of the group, for English puts the verb between a subject and its
    /// comparative's object. A run of one word is kept whole ("exercise more than"), and so is a last
    /// word whose stem the other group (`sharedWith`) also holds: a head noun both groups share ("the
    /// control *group* more often ... than the treatment *group*"), which WordNet also lists as a verb.
    static func subject(
        of text: AnalyzedText, from start: Int, upTo change: Int, verbMayEnd: Bool, sharedWith other: Set<StemID>
    ) -> Set<StemID>? {
        var position = start
        while position < change, !text.isContent[position] { position += 1 }
        var run: [Int] = []
        while position < change, text.isContent[position], !text.isNumber[position] {
            run.append(position)
            position += 1
        }
        if verbMayEnd, position == change, run.count > 1, let last = run.last,
           !other.contains(text.stemIDs[last]), WordNetRelations.shared.kin(of: text.words[last]).isVerb {
            run.removeLast()
        }
        let ids = Set(run.map { text.stemIDs[$0] })
        return ids.isEmpty ? nil : ids
    }

    /// The group compared against: the first run of content words after the marker, with only
    /// ``Lexicon/groupLeadWords`` before it ("than in men", "compared with the placebo group"); nil
    /// when another word comes first ("than *to* mild influenza" compares no group). After "than"
    /// (`afterThan`) English may put the verb first, as an auxiliary ("more than *did* vegans",
    /// "than *were* women"): one of ``Lexicon/auxiliaryVerbs`` there is skipped. What follows must
    /// still be one of the claim's groups: "than did last year" compares times, and names none.
    static func group(in text: AnalyzedText, from start: Int, afterThan: Bool, sameClause: (Int) -> Bool) -> Set<StemID>? {
        var position = start
        if afterThan, position < text.count, sameClause(position), auxiliaryVerbs.contains(text.words[position]) { position += 1 }
        while position < text.count, sameClause(position), !text.isContent[position] {
            guard groupLeadWords.contains(text.words[position]) else { return nil }
            position += 1
        }
        var ids: Set<StemID> = []
        while position < text.count, sameClause(position), text.isContent[position], !text.isNumber[position] {
            ids.insert(text.stemIDs[position])
            position += 1
        }
        return ids.isEmpty ? nil : ids
    }

    /// Claim and sentence agreement when both compare the claim's two groups: `nil` unless each
    /// text has a comparison on the same axis, read the same way (``Role``), whose groups are the
    /// claim's two, lined up one way round; else whether they point opposite ways once the
    /// sentence's groups are put in the claim's order.
    static func compare(claim: ClaimQuery, sentence: AnalyzedText, clauses: [Int]) -> (opposite: Bool, claimWord: String, sourceWord: String)? {
        guard let claimComparison = claim.comparison,
              let source = comparison(in: sentence, clauses: clauses.isEmpty ? nil : clauses),
              source.sharesAxis(with: claimComparison), source.role.isComparable(with: claimComparison.role)
        else { return nil }
        // The groups: the words only on one side of each text's marker ("day-shift nurses" against
        // "night-shift nurses" are "day" and "night"), the claim's each with its synonyms.
        let compared = claimComparison.before.subtracting(claimComparison.after)
        let against = claimComparison.after.subtracting(claimComparison.before)
        let sourceBefore = source.before.subtracting(source.after)
        let sourceAfter = source.after.subtracting(source.before)
        let widen = { (ids: Set<StemID>) in ids.union(ids.flatMap { claim.oneWordAlternatives[$0] ?? [] }) }
        let comparedWords = widen(compared)
        let againstWords = widen(against)
        // Each of the sentence's groups must be one of the claim's: a group the claim does not name
        // ("than children") gives no reading.
        let sameOrder = !sourceBefore.isDisjoint(with: comparedWords) && !sourceAfter.isDisjoint(with: againstWords)
            && sourceAfter.isDisjoint(with: comparedWords) && sourceBefore.isDisjoint(with: againstWords)
        let swapped = !sourceAfter.isDisjoint(with: comparedWords) && !sourceBefore.isDisjoint(with: againstWords)
            && sourceAfter.isDisjoint(with: againstWords) && sourceBefore.isDisjoint(with: comparedWords)
        guard sameOrder != swapped else { return nil }
        let sign = swapped ? -source.sign : source.sign
        return (sign != claimComparison.sign, claimComparison.word, source.word)
    }

    /// The direction of the word at `position`: a comparative ("more", "lower") as written, else a
    /// change word (``Direction/classify(_:at:)``); neither when it names a part of the body ("lower
    /// back pain", ``Direction/isAnatomy(_:next:)``).
    static func changeWord(_ text: AnalyzedText, at position: Int) -> (axis: DirectionFinding.Axis, sign: Int)? {
        let word = text.words[position]
        if Direction.isAnatomy(word, next: position + 1 < text.count ? text.words[position + 1] : nil) { return nil }
        if moreComparatives.contains(word) { return (.amount, 1) }
        if lessComparatives.contains(word) { return (.amount, -1) }
        return Direction.classify(text, at: position)
    }

    static func isComparative(_ word: String) -> Bool {
        moreComparatives.contains(word) || lessComparatives.contains(word)
    }

    /// How many words the comparison marker starting at `index` has, if one starts there.
    static func markerLength(_ words: [String], at index: Int) -> Int? {
        for marker in markers where CueLexicon.matches(marker, in: words, at: index) { return marker.count }
        return nil
    }

    /// Longest first, so "in comparison with" is found whole.
    static let markers: [[String]] = Lexicon.comparisonMarkers.map(Lexicon.words(of:)).sorted { $0.count > $1.count }
    static let nonComparing: Set<String> = Set(Lexicon.nonComparingBeforeThan)
    static let moreComparatives: Set<String> = Set(Lexicon.moreComparatives)
    static let lessComparatives: Set<String> = Set(Lexicon.lessComparatives)
    static let groupLeadWords: Set<String> = Set(Lexicon.groupLeadWords)
    static let auxiliaryVerbs: Set<String> = Lexicon.auxiliaryVerbs
    static let winningVerbs: Set<String> = Set(Lexicon.winningVerbs)
    static let winningMarkers: [[String]] = Lexicon.winningMarkers.map(Lexicon.words(of:))
    static let losingMarkers: [[String]] = Lexicon.losingMarkers.map(Lexicon.words(of:))
    static let meritAdjectives: Set<String> = Set(Lexicon.meritAdjectives)
    static let unasserted: Set<String> = Lexicon.unassertedClauseOpeners
    static let clauseJoiners: Set<String> = Lexicon.clauseJoiners
    /// A form of "be" (or its kin, "remained") before a verb of winning makes it passive ("was
    /// outperformed by").
    static let passiveAuxiliaries: Set<String> = Set(Lexicon.copulas)
}
