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
    /// A ratio with its interval ("OR 0.73, 95% CI 0.54 to 0.98") against the claim's direction.
    let ratioReverses: Bool
    let ratioAgrees: Bool
    /// A ratio whose interval holds 1: no difference shown.
    let ratioNull: Bool
    /// Role scores in ``RoleCues/Role`` order.
    let roles: [Double]
}

/// The sentence model's inputs, named. Adding, removing or reordering a feature changes
/// ``version``; retrain (`factcheck-bench train-scorer`) after any change here.
enum SentenceFeatures {
    static let version = 4

    static let names = [
        "coverage", "coverage/best", "bm25/best", "1/(1+bm25 rank)", "claim bigrams present", "position",
        "first sentence", "last sentence", "role: background", "role: methods", "role: results", "role: conclusion",
        "has a number", "negated near claim words", "direction reversed", "antonym of a claim word",
        "numbers agree", "numbers conflict", "log length", "coverage x results", "coverage x conclusion",
        "coverage x background", "neighbour's coverage", "1/(1+coverage rank)",
        "claim words present (share)", "rare claim words present (share)", "both halves of the claim (min share)",
        "claim words present (log count)", "p-value or interval", "percent sign", "we + finding verb",
        "same direction as claim", "distance to best coverage", "coverage squared", "bm25 x results",
        "coverage x position", "previous sentence's coverage", "next sentence's coverage",
        "ratio against claim direction", "ratio with claim direction", "ratio interval holds 1",
    ]

    /// Reads every sentence of one abstract against the claim.
    static func read(
        _ query: ClaimQuery, index: SentenceIndex, thresholds: ScoringThresholds, analyzer: TextAnalyzer
    ) -> [SentenceReading] {
        let count = index.sentences.count
        guard count > 0 else { return [] }
        // Abbreviations defined in the claim or the abstract: each form stands for the other.
        let aliases = Abbreviations.claimAliases(
            Abbreviations.definitions(in: [query.claim.text] + index.sentences.map(\.text), analyzer: analyzer),
            claimStems: query.stemSet)
        let aliasStems = StemSet(aliases.flatMap { $0.short + $0.long }).subtracting(query.stemSet)
        let presentSets = index.sentences.map { Abbreviations.expand($0.contentSet, with: aliases) }
        let coverageModel = TermCoverage(query: query, index: index, thresholds: thresholds)
        let coverages = presentSets.map { coverageModel.coverage(present: $0) }
        let bestCoverage = max(coverages.max() ?? 0, 1e-9)

        var bm25 = Array(repeating: 0.0, count: count)
        var bm25Rank = Array(repeating: count, count: count)
        var bm25Query = query.bm25Query(thresholds)
        for alias in aliases where alias.long.allSatisfy(query.stemSet.contains) {
            for stem in alias.short where !bm25Query.contains(where: { $0.stem == stem }) { bm25Query.append((stem, 1)) }
        }
        let ranked = index.rank(bm25Query, k1: thresholds.k1, b: thresholds.b)
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
        // Claim words (not numbers) in claim order, with how many of the abstract's sentences have each.
        let words = query.terms.filter { !$0.isNumber }
        let frequencies = words.map { index.documentFrequency(of: $0.id) }
        let rareWeights = frequencies.map { $0 > 0 ? 1 / Double($0) : 0 }
        let rareTotal = max(rareWeights.reduce(0, +), 1e-9)
        let half = (words.count + 1) / 2
        let bestPosition = coverageRank.firstIndex(of: 0) ?? 0
        // After the index: the probe knows only forms that analysed text has (``Antonyms/Probe``).
        let antonyms = Antonyms.Probe(
            claimStems: query.terms.map(\.stem),
            moreOpposites: Dictionary(uniqueKeysWithValues: query.terms.map { ($0.stem, $0.opposites) }),
            vocabulary: analyzer.vocabulary)

        return (0..<count).map { position in
            let sentence = index.sentences[position]
            let analysis = sentence.analysis
            let coverage = coverages[position]
            var anchors = query.anchorPositions(in: analysis)
            if !aliasStems.isEmpty {
                for token in 0..<analysis.count where analysis.isContent[token] && aliasStems.contains(analysis.stemIDs[token]) {
                    anchors.append(token)
                }
                anchors.sort()
            }
            let subjectAnchors = anchors.filter { !query.relationStems.contains(analysis.stemIDs[$0]) }
            // Clauses cost a pass over the characters: only for sentences with a cue to place.
            let hasNegationCue = !anchors.isEmpty
                && analysis.words.contains { CueLexicon.negationFirstWords.contains($0) || $0.hasSuffix("n't") }
            let hasDirectionCue = !anchors.isEmpty
                && (!query.directions.isEmpty || !query.outcomeDirections.isEmpty)
                && (0..<analysis.count).contains { Direction.classify(analysis, at: $0) != nil }
            let clauses = hasNegationCue || hasDirectionCue ? analysis.clauses(of: sentence.text) : []
            let negated = hasNegationCue
                && !Polarity.negations(in: analysis, near: anchors, window: thresholds.cueWindow, clauses: clauses).isEmpty
            let directions = hasDirectionCue
                ? Direction.findings(in: analysis, near: subjectAnchors, window: thresholds.cueWindow, clauses: clauses) : []
            var reversal = false
            var sameDirection = false
            // Read on the claim's outcome when both texts move it (``OutcomeDirection``), else as before.
            let outcome = hasDirectionCue
                ? OutcomeDirection.compare(claim: query, sentence: analysis, clauses: clauses, window: thresholds.cueWindow) : nil
            if let outcome {
                if outcome.opposite { reversal = true } else { sameDirection = true }
            } else {
                for claimFinding in query.directions {
                    for finding in directions where finding.axis == claimFinding.axis {
                        if finding.sign == claimFinding.sign { sameDirection = true } else { reversal = true }
                    }
                }
            }
            let antonym = antonyms.mismatch(in: analysis)
            var agrees = false
            var conflicts = false
            // Number parsing is the costliest feature: only for sentences that could be about the claim.
            if !query.quantities.isEmpty, coverage >= thresholds.minimumQuote {
                let outcome = QuantityAgreement.compare(
                    claim: query.quantities, sentence: sentence.comparableQuantities,
                    thresholds: thresholds)
                switch outcome {
                case .agree: agrees = true
                case .conflict: conflicts = true
                case .notApplicable, .missing, .close, .overstated: break
                }
            }
            let roles = RoleCues.scores(analysis, raw: sentence.text)
            var ratioReverses = false
            var ratioAgrees = false
            var ratioNull = false
            if coverage >= thresholds.minimumQuote, let ratio = EffectSize.finding(in: analysis, raw: sentence.text) {
                let claimSign = query.directions.first { $0.axis == .amount }?.sign
                switch (ratio, claimSign) {
                case (.null, _): ratioNull = true
                case (.lower, let sign?): if sign > 0 { ratioReverses = true } else { ratioAgrees = true }
                case (.higher, let sign?): if sign < 0 { ratioReverses = true } else { ratioAgrees = true }
                case (_, nil): break
                }
            }
            var neighbour = 0.0
            if position > 0 { neighbour = coverages[position - 1] }
            if position + 1 < count { neighbour = max(neighbour, coverages[position + 1]) }
            let present = presentSets[position]
            var found = 0
            var rare = 0.0
            var firstHalf = 0
            var secondHalf = 0
            for (position, word) in words.enumerated() where present.contains(word.id) {
                found += 1
                rare += rareWeights[position]
                if position < half { firstHalf += 1 } else { secondHalf += 1 }
            }
            let share = words.isEmpty ? 0 : Double(found) / Double(words.count)
            let bothHalves = words.count < 2 ? share
                : min(Double(firstHalf) / Double(half), Double(secondHalf) / Double(words.count - half))
            let raw = sentence.text
            let (statistic, percent) = Self.statisticCues(raw)
            let weFound = analysis.words.contains("we") && analysis.words.contains { SentenceFeatures.findingVerbs.contains($0) }
            let previous = position > 0 ? coverages[position - 1] : 0
            let next = position + 1 < count ? coverages[position + 1] : 0
            let relative = count > 1 ? Double(position) / Double(count - 1) : 0
            let features: [Double] = [
                coverage, coverage / bestCoverage, bm25[position] / bestBM25, 1 / Double(1 + bm25Rank[position]),
                bigramShare(bigrams, in: analysis), count > 1 ? Double(position) / Double(count - 1) : 0,
                position == 0 ? 1 : 0, position == count - 1 ? 1 : 0,
                roles[0], roles[1], roles[2], roles[3],
                analysis.isNumber.contains(true) ? 1 : 0, negated ? 1 : 0, reversal ? 1 : 0, antonym ? 1 : 0,
                agrees ? 1 : 0, conflicts ? 1 : 0, log(1 + Double(analysis.count)) / 4,
                coverage * roles[2], coverage * roles[3], coverage * roles[0], neighbour,
                1 / Double(1 + coverageRank[position]),
                share, rare / rareTotal, bothHalves, log(1 + Double(found)) / 2, statistic ? 1 : 0,
                percent ? 1 : 0, weFound ? 1 : 0, sameDirection ? 1 : 0,
                Double(abs(position - bestPosition)) / Double(max(count - 1, 1)), coverage * coverage,
                bm25[position] / bestBM25 * roles[2], coverage * relative, previous, next,
                ratioReverses ? 1 : 0, ratioAgrees ? 1 : 0, ratioNull ? 1 : 0,
            ]
            return SentenceReading(
                features: features, coverage: coverage, negated: negated, reversal: reversal, sameDirection: sameDirection,
                antonym: antonym, quantityAgrees: agrees, quantityConflicts: conflicts, ratioReverses: ratioReverses,
                ratioAgrees: ratioAgrees, ratioNull: ratioNull, roles: roles)
        }
    }

    /// Whether `raw` reports a test or an interval ("P < 0.05", "p=0.01", "95% CI") and whether it
    /// has a percent sign; one pass over the bytes (String searching is far slower).
    static func statisticCues(_ raw: String) -> (statistic: Bool, percent: Bool) {
        var statistic = false
        var percent = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "%"): percent = true
            case UInt8(ascii: "<"), UInt8(ascii: "="):
                if previous == UInt8(ascii: "P") || previous == UInt8(ascii: "p")
                    || (previous == UInt8(ascii: " ") && (beforePrevious == UInt8(ascii: "P") || beforePrevious == UInt8(ascii: "p")))
                {
                    statistic = true
                }
            case UInt8(ascii: "I"): if previous == UInt8(ascii: "C") { statistic = true }
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return (statistic, percent)
    }

    /// Verbs that report a finding after "we": "we found", "we show".
    static let findingVerbs: Set<String> = [
        "found", "find", "show", "showed", "shown", "demonstrate", "demonstrated", "observed", "identified",
        "report", "reported", "establish", "established", "reveal", "revealed", "discovered", "confirm", "confirmed",
    ]

    /// Adjacent pairs of the claim's content stems ("insulin resistance"): a sentence that has the
    /// phrase, not just both words somewhere, is more likely about the same thing.
    static func claimBigrams(_ query: ClaimQuery) -> [(StemID, StemID)] {
        let analysis = query.analysis
        var content: [StemID] = []
        for index in 0..<analysis.count where analysis.isContent[index] { content.append(analysis.stemIDs[index]) }
        guard content.count > 1 else { return [] }
        return (1..<content.count).map { (content[$0 - 1], content[$0]) }
    }

    static func bigramShare(_ bigrams: [(StemID, StemID)], in sentence: AnalyzedText) -> Double {
        guard !bigrams.isEmpty else { return 0 }
        // Adjacent content words of the sentence against the claim's few pairs: no strings built.
        var found = Array(repeating: false, count: bigrams.count)
        var previous: StemID?
        for index in 0..<sentence.count where sentence.isContent[index] {
            let stem = sentence.stemIDs[index]
            if let previous {
                for (position, bigram) in bigrams.enumerated() where !found[position] && bigram.0 == previous && bigram.1 == stem {
                    found[position] = true
                }
            }
            previous = stem
        }
        return Double(found.filter { $0 }.count) / Double(bigrams.count)
    }
}
