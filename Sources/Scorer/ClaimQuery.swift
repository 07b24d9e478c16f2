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
        /// Which side of the claim's relation the word names (``Side``).
        var side: Side = .whole
        /// For a change word, every change word the same way on its axis ("cuts": "reduction",
        /// "lowered", "decline"): a source says the same change in its own words.
        var sameWay: [StemID] = []
        /// The looser words health news and papers use for the same subject
        /// (``Lexicon/paraphraseGroups``), as phrases of stem ids.
        var paraphrases: [[StemID]] = []
    }

    /// Where a content word stands relative to the claim's first relation word: "a vegetarian diet"
    /// (the exposure, what acts) "may lower" (the relation) "the risk of kidney stones" (the
    /// outcome, what changes). A claim without a relation word in the middle is all `whole`.
    enum Side: Hashable {
        case exposure
        case relation
        case outcome
        case whole
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
    /// The claim's change words on its outcome, at most one per axis (``OutcomeDirection``).
    let outcomeDirections: [DirectionFinding]
    /// Stem ids naming the claim's outcome: its outcome-side words and their one-word synonyms.
    let outcomeIDs: StemSet
    /// Stem ids of the claim's condition ("in children", ``ClaimClauses/conditionPositions(in:clauses:)``):
    /// a source clause set under another condition does not carry the claim.
    let conditionIDs: StemSet
    /// The claim's comparison of two groups ("men are at higher risk than women"), if it makes one
    /// (``ComparedGroups``).
    let comparison: ComparedGroups.Comparison?
    /// Each claim stem id's one-word alternatives (synonyms), for lining up compared groups.
    let oneWordAlternatives: [StemID: [StemID]]
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
        let paraphrasesInSequence = Synonyms.alternatives(for: sequenceStems, in: Synonyms.paraphraseTable)
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
        let isRelation = { (stem: String) in
            CueLexicon.causalStems.contains(stem) || CueLexicon.increaseStems.contains(stem)
                || CueLexicon.decreaseStems.contains(stem) || CueLexicon.improveStems.contains(stem)
                || CueLexicon.worsenStems.contains(stem)
        }
        var terms = order.map { stem in
            let entry = byStem[stem]!
            return Term(
                stem: stem, id: vocabulary.id(of: stem), isNumber: entry.isNumber, isRelationWord: isRelation(stem),
                alternatives: entry.alternatives.map { $0.map(vocabulary.id(of:)) }, opposites: entry.opposites)
        }
        for (position, stem) in sequenceStems.enumerated() where !paraphrasesInSequence[position].isEmpty {
            guard let term = terms.firstIndex(where: { $0.stem == stem }) else { continue }
            for phrase in paraphrasesInSequence[position] where !phrase.contains(where: claimStems.contains) {
                let ids = phrase.map(vocabulary.id(of:))
                if !terms[term].paraphrases.contains(ids) { terms[term].paraphrases.append(ids) }
            }
        }
        for index in terms.indices where terms[index].isRelationWord {
            let stem = terms[index].stem
            let way = [CueLexicon.increaseStems, CueLexicon.decreaseStems, CueLexicon.improveStems, CueLexicon.worsenStems]
                .first { $0.contains(stem) }
            terms[index].sameWay = (way ?? []).filter { $0 != stem }.sorted().map(vocabulary.id(of:))
        }
        // "led to", "results in": phrase verbs that are no relation word alone still split the claim.
        let phraseVerbs = Set(RelationCues.causal(in: analysis.words).map(\.position))
        let splitsAt = sequence.map { phraseVerbs.contains($0) }
        // "in older women", "among teenagers": a population after the outcome is not the outcome.
        // ("among" may itself be a content word: it then starts the population too.)
        let populationBefore = sequence.indices.map { position in
            position > 0 && (sequence[position - 1] + 1...sequence[position]).contains {
                Self.populationPrepositions.contains(analysis.words[$0])
            }
        }
        for (position, side) in Self.sides(
            of: sequenceStems, isRelation: isRelation, phraseVerb: { splitsAt[$0] }, populationBefore: { populationBefore[$0] })
        {
            if let term = terms.firstIndex(where: { $0.stem == sequenceStems[position] }), terms[term].side == .whole {
                terms[term].side = side
            }
        }
        self.terms = terms
        stemSet = StemSet(terms.map(\.id))
        relationStems = StemSet(terms.filter(\.isRelationWord).map(\.id))
        alternativeStems = StemSet(terms.flatMap { $0.alternatives.joined() })

        var hedges = claim.hedges.map { $0.lowercased() }
        for hedge in HedgeLexicon.hedges(in: claim.text) where !hedges.contains(hedge) { hedges.append(hedge) }
        self.hedges = hedges
        let everywhere = Array(0..<analysis.count)
        negation = Polarity.negations(in: analysis, near: everywhere, window: analysis.count).first
        directions = Direction.findings(in: analysis, near: everywhere, window: analysis.count)
        let outcomeTerms = terms.filter { $0.side == .outcome && !$0.isRelationWord && !$0.isNumber }
        outcomeDirections = OutcomeDirection.claimFindings(in: analysis, outcomeStems: Set(outcomeTerms.map(\.stem)))
        outcomeIDs = StemSet(outcomeTerms.flatMap { [$0.id] + $0.alternatives.filter { $0.count == 1 }.joined() })
        conditionIDs = StemSet(ClaimClauses.conditionPositions(in: analysis, clauses: nil).map { analysis.stemIDs[$0] })
        comparison = ComparedGroups.comparison(in: analysis, clauses: nil)
        oneWordAlternatives = Dictionary(
            terms.map { ($0.id, $0.alternatives.filter { $0.count == 1 }.map { $0[0] }) }, uniquingKeysWith: { $0 + $1 })
        strength = claim.strength ?? ClaimStrengthClassifier.shared.strength(of: analysis)
        scopeWord = Scope.claimWord(in: analysis)
        // Every figure of the claim, not only those the report shows (see `Claim.comparedQuantities`).
        years = YearAgreement.years(in: claim.comparedQuantities)
        quantities = FigureText.comparable(claim.comparedQuantities.filter { $0.unit != "calendar-year" }, in: claim.text)
    }

    /// The side of each content word (by position in `stems`, the claim's content stems in order):
    /// the first relation word (a causal or change verb, or an association word) with a subject word
    /// before it and after it splits the claim; words before it are the exposure, words after it
    /// the outcome up to a population (`populationBefore`: "in older women", which is `whole`),
    /// relation words are the relation. `phraseVerb` marks positions that start a causal
    /// phrase ("led to"). No such word: nothing is returned.
    static func sides(
        of stems: [String], isRelation: (String) -> Bool, phraseVerb: (Int) -> Bool = { _ in false },
        populationBefore: (Int) -> Bool = { _ in false }
    ) -> [(Int, Side)] {
        // A denied predicate ("green tea is *ineffective* at lowering ...") is the claim's relation
        // too: it ends the exposure, so "green tea" is checked as the subject.
        let relation = stems.indices.map {
            isRelation(stems[$0]) || CueLexicon.associationStems.contains(stems[$0])
                || CueLexicon.negatedPredicateStems.contains(stems[$0]) || phraseVerb($0)
        }
        let subject = zip(stems, relation).map { !$1 && !($0.first?.isNumber ?? false) }
        guard let split = stems.indices.first(where: { index in
            relation[index] && subject[..<index].contains(true) && subject[(index + 1)...].contains(true)
        }) else { return [] }
        // The outcome ends where a population begins, once it has a word: "rise in asthma attacks
        // among teenagers" keeps "asthma attacks".
        let outcomeStart = stems.indices.first { $0 > split && subject[$0] } ?? stems.count
        let outcomeEnd = stems.indices.first { $0 > outcomeStart && populationBefore($0) } ?? stems.count
        return stems.indices.map { index in
            (index, relation[index] ? .relation : index < split ? .exposure : index < outcomeEnd ? .outcome : .whole)
        }
    }

    /// Words that start a population after a claim's outcome ("in older women", "among teenagers").
    static let populationPrepositions: Set<String> = Set(Lexicon.populationPrepositions)

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
