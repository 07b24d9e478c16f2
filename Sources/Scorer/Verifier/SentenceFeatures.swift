import Foundation
import FactCheckModel
import TextAnalysis

/// What the verifier reads off one sentence of an abstract, for one claim: the numbers the sentence
/// model weighs, and the signals the label model looks at.
struct SentenceReading {
    /// ``SentenceFeatures/names`` order.
    let features: [Double]
    let coverage: Double
    /// A negation ("no significant", "did not") near the claim's words, in the same clause.
    let negated: Bool
    /// Increase against decrease (or better against worse) around the claim's subject.
    let reversal: Bool
    /// The claim's direction word, and the sentence moves the subject the same way.
    let sameDirection: Bool
    /// An opposite of a claim word ("inhibits" for "activates"), without the word itself.
    let antonym: Bool
    let quantityAgrees: Bool
    let quantityConflicts: Bool
    /// Role scores in ``RoleCues/Role`` order.
    let roles: [Double]
}

/// The sentence model's inputs, named. Adding, removing or reordering a feature changes
/// ``version``; retrain (`factcheck-bench train-scorer`) after any change here.
enum SentenceFeatures {
    static let version = 1

    static let names = [
        "coverage", "coverage/best", "bm25/best", "1/(1+bm25 rank)", "claim bigrams present", "position",
        "first sentence", "last sentence", "role: background", "role: methods", "role: results", "role: conclusion",
        "has a number", "negated near claim words", "direction reversed", "antonym of a claim word",
        "numbers agree", "numbers conflict", "log length", "coverage x results", "coverage x conclusion",
        "coverage x background", "neighbour's coverage", "1/(1+coverage rank)",
    ]

    /// Reads every sentence of one abstract against the claim.
    static func read(_ query: ClaimQuery, index: SentenceIndex, thresholds: ScoringThresholds) -> [SentenceReading] {
        let count = index.sentences.count
        guard count > 0 else { return [] }
        let coverageModel = TermCoverage(query: query, index: index, thresholds: thresholds)
        let coverages = index.sentences.map { coverageModel.coverage(of: $0.analysis) }
        let bestCoverage = max(coverages.max() ?? 0, 1e-9)

        var bm25 = Array(repeating: 0.0, count: count)
        var bm25Rank = Array(repeating: count, count: count)
        let ranked = index.rank(query.bm25Query(thresholds), k1: thresholds.k1, b: thresholds.b)
        for (rank, hit) in ranked.enumerated() {
            bm25[hit.sentence] = hit.score
            bm25Rank[hit.sentence] = rank
        }
        let bestBM25 = max(bm25.max() ?? 0, 1e-9)
        // Coverage rank with reading order as the tie-break, so equal coverages rank the same every run.
        var coverageRank = Array(repeating: 0, count: count)
        for (rank, sentence) in (0..<count).sorted(by: { coverages[$0] != coverages[$1] ? coverages[$0] > coverages[$1] : $0 < $1 }).enumerated() {
            coverageRank[sentence] = rank
        }
        let bigrams = claimBigrams(query)
        let antonyms = Antonyms.Probe(claimStems: query.stemSet)

        return (0..<count).map { position in
            let sentence = index.sentences[position]
            let analysis = sentence.analysis
            let coverage = coverages[position]
            let anchors = query.anchorPositions(in: analysis)
            let subjectAnchors = anchors.filter { !query.relationStems.contains(analysis.stems[$0]) }
            let clauses = anchors.isEmpty ? [] : analysis.clauses(of: sentence.text)
            let negated = !anchors.isEmpty && !Polarity.negations(in: analysis, near: anchors, window: thresholds.cueWindow, clauses: clauses).isEmpty
            let directions = query.directions.isEmpty || anchors.isEmpty
                ? [] : Direction.findings(in: analysis, near: subjectAnchors, window: thresholds.cueWindow, clauses: clauses)
            var reversal = false
            var sameDirection = false
            for claimFinding in query.directions {
                for finding in directions where finding.axis == claimFinding.axis {
                    if finding.sign == claimFinding.sign { sameDirection = true } else { reversal = true }
                }
            }
            let antonym = antonyms.mismatch(in: analysis)
            var agrees = false
            var conflicts = false
            // Number parsing is the costliest feature: only for sentences that could be about the claim.
            if !query.quantities.isEmpty, coverage >= thresholds.minimumQuote {
                let outcome = QuantityAgreement.compare(
                    claim: query.quantities, sentence: QuantityAgreement.comparableQuantities(in: sentence.text),
                    thresholds: thresholds)
                switch outcome {
                case .agree: agrees = true
                case .conflict: conflicts = true
                case .notApplicable, .missing, .close, .overstated: break
                }
            }
            let roles = RoleCues.scores(analysis, raw: sentence.text)
            var neighbour = 0.0
            if position > 0 { neighbour = coverages[position - 1] }
            if position + 1 < count { neighbour = max(neighbour, coverages[position + 1]) }
            let features: [Double] = [
                coverage, coverage / bestCoverage, bm25[position] / bestBM25, 1 / Double(1 + bm25Rank[position]),
                bigramShare(bigrams, in: analysis), count > 1 ? Double(position) / Double(count - 1) : 0,
                position == 0 ? 1 : 0, position == count - 1 ? 1 : 0,
                roles[0], roles[1], roles[2], roles[3],
                analysis.isNumber.contains(true) ? 1 : 0, negated ? 1 : 0, reversal ? 1 : 0, antonym ? 1 : 0,
                agrees ? 1 : 0, conflicts ? 1 : 0, log(1 + Double(analysis.count)) / 4,
                coverage * roles[2], coverage * roles[3], coverage * roles[0], neighbour,
                1 / Double(1 + coverageRank[position]),
            ]
            return SentenceReading(
                features: features, coverage: coverage, negated: negated, reversal: reversal, sameDirection: sameDirection,
                antonym: antonym, quantityAgrees: agrees, quantityConflicts: conflicts, roles: roles)
        }
    }

    /// Adjacent pairs of the claim's content stems ("insulin resistance"): a sentence that has the
    /// phrase, not just both words somewhere, is more likely about the same thing.
    static func claimBigrams(_ query: ClaimQuery) -> [(String, String)] {
        let analysis = query.analysis
        var content: [String] = []
        for index in 0..<analysis.count where analysis.isContent[index] { content.append(analysis.stems[index]) }
        guard content.count > 1 else { return [] }
        return (1..<content.count).map { (content[$0 - 1], content[$0]) }
    }

    static func bigramShare(_ bigrams: [(String, String)], in sentence: AnalyzedText) -> Double {
        guard !bigrams.isEmpty else { return 0 }
        var present: Set<String> = []
        var previous: String?
        for index in 0..<sentence.count where sentence.isContent[index] {
            if let previous { present.insert(previous + " " + sentence.stems[index]) }
            previous = sentence.stems[index]
        }
        let found = bigrams.filter { present.contains($0.0 + " " + $0.1) }.count
        return Double(found) / Double(bigrams.count)
    }
}
