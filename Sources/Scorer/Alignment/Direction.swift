import TextAnalysis

/// A change word found in a text: which axis, which way, and the word as written.
struct DirectionFinding: Hashable {
    enum Axis: Hashable, CaseIterable {
        /// More or less of something: increase/raise against reduce/lower.
        case amount
        /// Better or worse: improve against worsen.
        case quality
    }

    let axis: Axis
    /// +1 up or better, −1 down or worse.
    let sign: Int
    let word: String
    let position: Int
}

/// Feature: does the source move the thing in the opposite direction?
///
/// "Massage reduces cortisol" against "massage increased cortisol": the same words, the opposite
/// finding. The claim's change words are compared with the source's change words near the claim's
/// subject words (same clause, within a few words), on the same axis only: "reduces pain" and
/// "improves pain" agree, so better/worse is kept apart from up/down. A text that moves things both
/// ways on one axis ("decreased nausea but increased bleeding") has no single direction there, and
/// is not read as a reversal.
enum Direction {
    /// Change words of `text` within `window` words of `anchors` (same clause when `clauses` is
    /// given), one per axis (the first), skipping any axis where the words point both ways.
    static func findings(in text: AnalyzedText, near anchors: [Int], window: Int, clauses: [Int]? = nil) -> [DirectionFinding] {
        var byAxis: [DirectionFinding.Axis: [DirectionFinding]] = [:]
        for index in 0..<text.count {
            guard let (axis, sign) = classify(text, at: index) else { continue }
            let near = anchors.contains { anchor in
                abs(anchor - index) <= window && (clauses.map { $0[anchor] == $0[index] } ?? true)
            }
            guard near else { continue }
            byAxis[axis, default: []].append(DirectionFinding(axis: axis, sign: sign, word: text.words[index], position: index))
        }
        // Fixed axis order, so the result never depends on dictionary order.
        return DirectionFinding.Axis.allCases.compactMap { axis in
            guard let found = byAxis[axis], let first = found.first else { return nil }
            return found.allSatisfy { $0.sign == first.sign } ? first : nil
        }
    }

    /// Whether the word at `index` is a change word, and which.
    static func classify(_ text: AnalyzedText, at index: Int) -> (DirectionFinding.Axis, Int)? {
        let stem = text.stems[index]
        let word = text.words[index]
        // Most words are no change word: two lookups rule them out before the seven below.
        guard CueLexicon.directionCandidates.contains(stem) || CueLexicon.directionCandidates.contains(word) else { return nil }
        let next = index + 1 < text.count ? text.words[index + 1] : nil
        if CueLexicon.comparatives.contains(word) {
            // "more than 80 percent" is a bound, and "more effective than" a comparison, not a change.
            if next == "than", index + 2 < text.count, text.isNumber[index + 2] { return nil }
            if index + 2 < text.count, text.words[index + 2] == "than", next != "than" { return nil }
        }
        // "lower back pain" is anatomy.
        if isAnatomy(word, next: next) { return nil }
        if CueLexicon.increaseWords.contains(word) || CueLexicon.increaseStems.contains(stem) { return (.amount, 1) }
        if CueLexicon.decreaseWords.contains(word) || CueLexicon.decreaseStems.contains(stem) { return (.amount, -1) }
        if CueLexicon.improveStems.contains(stem) { return (.quality, 1) }
        if CueLexicon.worsenStems.contains(stem) { return (.quality, -1) }
        return nil
    }

    /// Whether `word` names a part of the body before `next` ("lower back"), no change
    /// (``Lexicon/noChangeWordBefore``).
    static func isAnatomy(_ word: String, next: String?) -> Bool {
        guard let next, let after = noChangeWordBefore[word] else { return false }
        return after.contains(next)
    }

    static let noChangeWordBefore: [String: Set<String>] = Lexicon.noChangeWordBefore.mapValues(Set.init)

    /// A contradiction when claim and sentence move the subject in opposite directions on one axis.
    static func signal(
        claim: ClaimQuery, sentence: AnalyzedText, subjectAnchors: [Int], clauses: [Int], thresholds: ScoringThresholds
    ) -> Signal? {
        // Two groups compared in both texts: their order decides ("men more than women" against
        // "women more than men"); else the outcome's own change words when both texts have one;
        // else the first ones.
        if let compared = ComparedGroups.compare(claim: claim, sentence: sentence, clauses: clauses) {
            guard compared.opposite else { return nil }
            return Signal(
                kind: .reversal,
                reason: "source reports the opposite comparison ('\(compared.sourceWord)'); the article says '\(compared.claimWord)'")
        }
        if let outcome = OutcomeDirection.compare(
            claim: claim, sentence: sentence, clauses: clauses, window: thresholds.cueWindow)
        {
            guard outcome.opposite else { return nil }
            return Signal(
                kind: .reversal,
                reason: "source reports the opposite direction ('\(outcome.sourceWord)'); the article says '\(outcome.claimWord)'")
        }
        guard !claim.directions.isEmpty else { return nil }
        let sourceFindings = findings(in: sentence, near: subjectAnchors, window: thresholds.cueWindow, clauses: clauses)
        for claimFinding in claim.directions {
            for sourceFinding in sourceFindings where sourceFinding.axis == claimFinding.axis && sourceFinding.sign != claimFinding.sign {
                return Signal(
                    kind: .reversal,
                    reason: "source reports the opposite direction ('\(sourceFinding.word)'); the article says '\(claimFinding.word)'")
            }
        }
        return nil
    }
}
