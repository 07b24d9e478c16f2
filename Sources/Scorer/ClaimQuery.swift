import FactCheckModel
import TextAnalysis

/// Everything the scorer needs to know about a claim, computed once per check.
struct ClaimQuery {
    /// One distinct content word of the claim.
    struct Term {
        let stem: String
        /// ``stem`` in the check's vocabulary.
        let id: StemID
        let isNumber: Bool
        /// A direction or causal verb ("reduces"): judged by its own features, so it weighs less in coverage.
        let isRelationWord: Bool
        /// Synonyms or near-synonyms a source may use instead, as phrases of stem ids.
        let alternatives: [[StemID]]
        /// Stems of words opposite to this one (WordNet's antonyms), for ``Antonyms/Probe``.
        let opposites: [String]
    }

    let claim: Claim
    let analysis: AnalyzedText
    /// Distinct content terms, in order of first appearance.
    let terms: [Term]
    /// The claim's own stems, for quick membership tests.
    let stemSet: StemSet
    /// Stems of the claim's relation words ("reduc", "caus").
    let relationStems: StemSet
    /// Every stem of every synonym of a claim word.
    let alternativeStems: StemSet
    /// Hedges the claim itself carries ("may"): a claim that hedges cannot overstate a hedged source.
    let hedges: [String]
    let negation: NegationFinding?
    /// The claim's change words ("reduces"), at most one per axis.
    let directions: [DirectionFinding]
    /// How strong a relation the claim states (``StrengthComparison``).
    let strength: ClaimStrength
    /// "most", "all": how much of a group the claim speaks of (``Scope``).
    let scopeWord: Scope.Word?
    /// Quantities worth comparing (calendar years are dates, not findings).
    let quantities: [Quantity]
    /// The claim's calendar years, judged apart from its figures (``YearAgreement``).
    let years: [Quantity]

    init(_ claim: Claim, analyzer: TextAnalyzer) {
        self.claim = claim
        let analysis = analyzer.analyze(claim.text)
        self.analysis = analysis

        // Content words in sequence (for phrases like "blood flow"), then merged per distinct stem.
        var sequence: [Int] = []
        for index in 0..<analysis.count where analysis.isContent[index] { sequence.append(index) }
        let sequenceStems = sequence.map { analysis.stems[$0] }
        let alternativesInSequence = Synonyms.alternatives(for: sequenceStems)
        var order: [String] = []
        var byStem: [String: (isNumber: Bool, alternatives: [Synonyms.Phrase], opposites: [String])] = [:]
        let claimStems = Set(sequenceStems)
        for (position, tokenIndex) in sequence.enumerated() {
            let stem = analysis.stems[tokenIndex]
            if byStem[stem] == nil {
                order.append(stem)
                byStem[stem] = (analysis.isNumber[tokenIndex], [], [])
            }
            var alternatives = alternativesInSequence[position]
            if !analysis.isNumber[tokenIndex] {
                // WordNet's words for this one; another claim word is no alternative to this one.
                let related = WordNetRelations.shared.entry(for: analysis.words[tokenIndex])
                alternatives += related.alternatives.filter { !claimStems.contains($0) }.map { [$0] }
                for opposite in related.opposites where !byStem[stem]!.opposites.contains(opposite) {
                    byStem[stem]!.opposites.append(opposite)
                }
            }
            for alternative in alternatives where !byStem[stem]!.alternatives.contains(alternative) {
                byStem[stem]!.alternatives.append(alternative)
            }
        }
        // Synonyms' stems get ids here even if no source uses them (the index then has no postings).
        let vocabulary = analyzer.vocabulary
        terms = order.map { stem in
            let entry = byStem[stem]!
            let relation = CueLexicon.causalStems.contains(stem) || CueLexicon.increaseStems.contains(stem)
                || CueLexicon.decreaseStems.contains(stem) || CueLexicon.improveStems.contains(stem)
                || CueLexicon.worsenStems.contains(stem)
            return Term(
                stem: stem, id: vocabulary.id(of: stem), isNumber: entry.isNumber, isRelationWord: relation,
                alternatives: entry.alternatives.map { $0.map(vocabulary.id(of:)) }, opposites: entry.opposites)
        }
        stemSet = StemSet(terms.map(\.id))
        relationStems = StemSet(terms.filter(\.isRelationWord).map(\.id))
        alternativeStems = StemSet(terms.flatMap { $0.alternatives.joined() })

        var hedges = claim.hedges.map { $0.lowercased() }
        for hedge in HedgeLexicon.hedges(in: claim.text) where !hedges.contains(hedge) { hedges.append(hedge) }
        self.hedges = hedges
        let everywhere = Array(0..<analysis.count)
        negation = Polarity.negations(in: analysis, near: everywhere, window: analysis.count).first
        directions = Direction.findings(in: analysis, near: everywhere, window: analysis.count)
        strength = claim.strength ?? ClaimStrengthClassifier.shared.strength(of: analysis)
        scopeWord = Scope.claimWord(in: analysis)
        years = YearAgreement.years(in: claim.quantities)
        quantities = FigureText.comparable(claim.quantities.filter { $0.unit != "calendar-year" }, in: claim.text)
    }

    /// The BM25 query: each claim stem once (numbers boosted), plus synonyms at reduced weight.
    func bm25Query(_ thresholds: ScoringThresholds) -> [(stem: StemID, weight: Double)] {
        var query: [(stem: StemID, weight: Double)] = []
        var seen: Set<StemID> = []
        for term in terms where seen.insert(term.id).inserted {
            query.append((term.id, term.isNumber ? thresholds.numberBoost : 1))
        }
        for term in terms {
            for alternative in term.alternatives {
                for stem in alternative where seen.insert(stem).inserted {
                    query.append((stem, thresholds.synonymQueryWeight / Double(alternative.count)))
                }
            }
        }
        return query
    }

    /// Positions in `sentence` of words that are the claim's (or a synonym's): where cues must sit to
    /// be about the claim's subject.
    func anchorPositions(in sentence: AnalyzedText) -> [Int] {
        var positions: [Int] = []
        for index in 0..<sentence.count where sentence.isContent[index] {
            let stem = sentence.stemIDs[index]
            if stemSet.contains(stem) || alternativeStems.contains(stem) { positions.append(index) }
        }
        return positions
    }
}
