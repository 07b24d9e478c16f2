import TextAnalysis

/// Feature: do claim and sentence compare the same two groups the same way round?
///
/// "Men are at higher risk than women" and "women were at increased risk compared with men" share
/// every word and the same change word, and say opposite things: the direction of a comparison
/// depends on which group is compared with which. Each text is read as "A <change> ... than /
/// compared with B" (``Lexicon/comparisonMarkers``): A is what comes before the marker in its
/// clause, B what follows it, and the change word nearest before the marker gives the direction
/// (a comparative counts here even with "than" right after it: "more effective than" is exactly
/// such a finding). When the sentence puts the claim's A after its marker and the claim's B before
/// it, its direction is turned round before the two are compared.
enum ComparedGroups {
    /// One comparison in a text: the words on either side of its marker and its direction.
    struct Comparison {
        /// Stem ids of the content words before the marker in its clause (the compared group, and
        /// often the outcome too).
        let before: Set<StemID>
        /// Stem ids of the content words after the marker in its clause (the group compared against).
        let after: Set<StemID>
        let axis: DirectionFinding.Axis
        let sign: Int
        let word: String
    }

    /// The first comparison of groups in `text` with a change word before its marker (`clauses`:
    /// the clause of each token, nil for one clause).
    static func comparison(in text: AnalyzedText, clauses: [Int]?) -> Comparison? {
        let words = text.words
        for index in words.indices {
            guard let length = markerLength(words, at: index) else { continue }
            let end = index + length
            if words[index] == "than" {
                // "more than 80 percent" is a bound; "rather than", "other than" compare no groups.
                if end < words.count, text.isNumber[end] { continue }
                if index > 0, nonComparing.contains(words[index - 1]) { continue }
            }
            let sameClause = { (position: Int) in clauses.map { $0[position] == $0[index] } ?? true }
            guard let change = (0..<index).reversed().lazy.filter(sameClause).compactMap({ position in
                changeWord(text, at: position).map { (position, $0.axis, $0.sign) }
            }).first else { continue }
            let before = Set((0..<index).filter { sameClause($0) && text.isContent[$0] && $0 != change.0 }.map { text.stemIDs[$0] })
            let after = Set((end..<words.count).filter { sameClause($0) && text.isContent[$0] }.map { text.stemIDs[$0] })
            guard !after.isEmpty else { continue }
            return Comparison(before: before, after: after, axis: change.1, sign: change.2, word: words[change.0])
        }
        return nil
    }

    /// Claim and sentence agreement when both compare the claim's two groups: `nil` unless each
    /// text has a comparison on the same axis whose groups can be told apart and lined up, else
    /// whether they point opposite ways once the sentence's groups are put in the claim's order.
    static func compare(claim: ClaimQuery, sentence: AnalyzedText, clauses: [Int]) -> (opposite: Bool, claimWord: String, sourceWord: String)? {
        guard let claimComparison = claim.comparison,
              let source = comparison(in: sentence, clauses: clauses.isEmpty ? nil : clauses),
              source.axis == claimComparison.axis
        else { return nil }
        // The groups: the words only on one side of the claim's marker, each with its synonyms.
        let compared = claimComparison.before.subtracting(claimComparison.after)
        let against = claimComparison.after.subtracting(claimComparison.before)
        let widen = { (ids: Set<StemID>) in ids.union(ids.flatMap { claim.oneWordAlternatives[$0] ?? [] }) }
        let comparedWords = widen(compared)
        let againstWords = widen(against)
        let sameOrder = !source.before.isDisjoint(with: comparedWords) && !source.after.isDisjoint(with: againstWords)
            && source.after.isDisjoint(with: comparedWords)
        let swapped = !source.after.isDisjoint(with: comparedWords) && !source.before.isDisjoint(with: againstWords)
            && source.after.isDisjoint(with: againstWords)
        guard sameOrder != swapped else { return nil }
        let sign = swapped ? -source.sign : source.sign
        return (sign != claimComparison.sign, claimComparison.word, source.word)
    }

    /// The direction of the word at `position`: a comparative ("more", "lower") as written, else a
    /// change word (``Direction/classify(_:at:)``).
    static func changeWord(_ text: AnalyzedText, at position: Int) -> (axis: DirectionFinding.Axis, sign: Int)? {
        let word = text.words[position]
        if moreComparatives.contains(word) { return (.amount, 1) }
        if lessComparatives.contains(word) { return (.amount, -1) }
        return Direction.classify(text, at: position)
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
}
