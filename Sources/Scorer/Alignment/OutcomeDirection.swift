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
    /// outcome word (`anchors`); an axis whose outcome words move both ways has none, unless one
    /// clause names more of the claim's exposure (`exposureIDs`) than any other, names at least as
    /// many of the outcome's words as any other, and its outcome words move one way: that clause
    /// is the one about the claim's subject and outcome.
    ///
    /// A general English contrast: "whole grains were linked to a lower risk, whereas refined
    /// grains were linked to a higher risk" says two things of one outcome for two exposures, and
    /// only the clause naming the claim's exposure speaks of it. A tie (both clauses name as much of
    /// the exposure) or a clause naming none leaves the sentence without a direction, as before.
    /// So does a clause that names fewer outcome words than another: in "X lowered the risk of
    /// nausea but raised the risk of bleeding" the subject of the second clause is understood, and
    /// the clause naming "bleeding" is the one about a claim on bleeding, not the one naming X.
    static func sentenceFindings(
        in sentence: AnalyzedText, anchors: [Int], window: Int, clauses: [Int], exposureIDs: StemSet = StemSet()
    ) -> [DirectionFinding] {
        var byAxis: [DirectionFinding.Axis: [DirectionFinding]] = [:]
        for anchor in anchors {
            for (axis, finding) in nearest(in: sentence, to: anchor, window: window, clauses: clauses.isEmpty ? nil : clauses) {
                byAxis[axis, default: []].append(finding)
            }
        }
        var subjectClause: Int??
        return DirectionFinding.Axis.allCases.compactMap { axis in
            guard let found = byAxis[axis], let first = found.first else { return nil }
            if found.allSatisfy({ $0.sign == first.sign }) { return first }
            if subjectClause == nil { subjectClause = exposureClause(in: sentence, clauses: clauses, exposureIDs: exposureIDs) }
            guard let clause = subjectClause ?? nil else { return nil }
            // Distinct outcome words per clause, of the clauses that move the outcome.
            var outcomeWords: [Int: Set<StemID>] = [:]
            for anchor in anchors { outcomeWords[clauses[anchor], default: []].insert(sentence.stemIDs[anchor]) }
            let own = outcomeWords[clause]?.count ?? 0
            guard found.allSatisfy({ (outcomeWords[clauses[$0.position]]?.count ?? 0) <= own }) else { return nil }
            let inClause = found.filter { clauses[$0.position] == clause }
            guard let first = inClause.first, inClause.allSatisfy({ $0.sign == first.sign }) else { return nil }
            return first
        }
    }

    /// The one clause naming the most distinct exposure words (at least one), or `nil` on a tie.
    static func exposureClause(in sentence: AnalyzedText, clauses: [Int], exposureIDs: StemSet) -> Int? {
        guard !exposureIDs.isEmpty, clauses.count == sentence.count else { return nil }
        var named: [Int: Set<StemID>] = [:]
        for index in 0..<sentence.count where sentence.isContent[index] && exposureIDs.contains(sentence.stemIDs[index]) {
            named[clauses[index], default: []].insert(sentence.stemIDs[index])
        }
        let counts = named.mapValues(\.count)
        guard let best = counts.values.max(), counts.values.filter({ $0 == best }).count == 1 else { return nil }
        return counts.first { $0.value == best }?.key
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
        let found = sentenceFindings(in: sentence, anchors: anchors, window: window, clauses: clauses, exposureIDs: query.exposureIDs)
        for claimFinding in query.outcomeDirections {
            if let source = found.first(where: { $0.axis == claimFinding.axis }) {
                return (source.sign != claimFinding.sign, claimFinding.word, source.word)
            }
        }
        return nil
    }
}
