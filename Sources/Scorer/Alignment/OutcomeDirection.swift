import TextAnalysis

/// Feature: which way does each text move the claim's *outcome*?
///
/// The first change word of a text is often not its finding. "Higher coffee intake reduces the
/// risk of gout" moves coffee up and gout down, and the finding is the change word that governs
/// the outcome ("reduces ... gout"); a sentence "the drug increased survival and lowered
/// mortality" says one thing of survival and the opposite of mortality. ``Direction`` takes the
/// first change word near any subject word and gives up on a text that moves things both ways;
/// here each text is read by the change word nearest to the words naming the claim's outcome
/// (``ClaimQuery/Side/outcome``): in the claim the one governing its first outcome word, in the
/// sentence the one nearest each outcome word in its clause. The two are compared on one axis.
enum OutcomeDirection {
    /// Per axis, the change word nearest to `anchor` within `window` words (same clause when
    /// `clauses` is given); at equal distance the one before it ("reduced mortality" reads as
    /// verb and object more often than "mortality reduced").
    static func nearest(in text: AnalyzedText, to anchor: Int, window: Int, clauses: [Int]?) -> [DirectionFinding.Axis: DirectionFinding] {
        var best: [DirectionFinding.Axis: (distance: Int, finding: DirectionFinding)] = [:]
        let low = max(0, anchor - window)
        let high = min(text.count - 1, anchor + window)
        guard low <= high else { return [:] }
        for index in low...high where index != anchor {
            if let clauses, clauses[index] != clauses[anchor] { continue }
            guard let (axis, sign) = Direction.classify(text, at: index) else { continue }
            // After the anchor costs half a word more, so ties go to the word before.
            let distance = 2 * abs(index - anchor) + (index > anchor ? 1 : 0)
            if let current = best[axis], current.distance <= distance { continue }
            best[axis] = (distance, DirectionFinding(axis: axis, sign: sign, word: text.words[index], position: index))
        }
        return best.mapValues(\.finding)
    }

    /// The claim's direction on its outcome: per axis, the change word nearest its first outcome
    /// word. Empty when the claim has no outcome side.
    static func claimFindings(in analysis: AnalyzedText, outcomeStems: Set<String>) -> [DirectionFinding] {
        guard !outcomeStems.isEmpty,
              let first = (0..<analysis.count).first(where: { analysis.isContent[$0] && outcomeStems.contains(analysis.stems[$0]) })
        else { return [] }
        let found = nearest(in: analysis, to: first, window: analysis.count, clauses: nil)
        return DirectionFinding.Axis.allCases.compactMap { found[$0] }
    }

    /// The sentence's direction on the claim's outcome: per axis, the change words nearest each
    /// outcome word (`anchors`); an axis whose outcome words move both ways has none.
    static func sentenceFindings(in sentence: AnalyzedText, anchors: [Int], window: Int, clauses: [Int]) -> [DirectionFinding] {
        var byAxis: [DirectionFinding.Axis: [DirectionFinding]] = [:]
        for anchor in anchors {
            for (axis, finding) in nearest(in: sentence, to: anchor, window: window, clauses: clauses.isEmpty ? nil : clauses) {
                byAxis[axis, default: []].append(finding)
            }
        }
        return DirectionFinding.Axis.allCases.compactMap { axis in
            guard let found = byAxis[axis], let first = found.first else { return nil }
            return found.allSatisfy { $0.sign == first.sign } ? first : nil
        }
    }

    /// Positions in `sentence` of the words naming the claim's outcome (its words or their synonyms).
    static func anchors(of query: ClaimQuery, in sentence: AnalyzedText) -> [Int] {
        guard !query.outcomeIDs.isEmpty else { return [] }
        return (0..<sentence.count).filter { sentence.isContent[$0] && query.outcomeIDs.contains(sentence.stemIDs[$0]) }
    }

    /// Outcome agreement of the sentence with the claim: `nil` when either text says no direction
    /// on the outcome (on a shared axis), else whether they move it opposite ways, with the words.
    /// When both texts compare the claim's two groups, the comparison, read in the claim's group
    /// order, is the answer (the verifier's reversal and same-direction features read it too).
    static func compare(
        claim query: ClaimQuery, sentence: AnalyzedText, clauses: [Int], window: Int
    ) -> (opposite: Bool, claimWord: String, sourceWord: String)? {
        // Two groups compared in both texts: the order of the groups decides (``ComparedGroups``).
        if let compared = ComparedGroups.compare(claim: query, sentence: sentence, clauses: clauses) { return compared }
        guard !query.outcomeDirections.isEmpty else { return nil }
        let anchors = anchors(of: query, in: sentence)
        guard !anchors.isEmpty else { return nil }
        let found = sentenceFindings(in: sentence, anchors: anchors, window: window, clauses: clauses)
        for claimFinding in query.outcomeDirections {
            if let source = found.first(where: { $0.axis == claimFinding.axis }) {
                return (source.sign != claimFinding.sign, claimFinding.word, source.word)
            }
        }
        return nil
    }
}
