import FactCheckModel
import TextAnalysis

/// Judges a claim against one abstract, SciFact-style: SUPPORT, CONTRADICT or NEI, and which of the
/// abstract's sentences are the evidence.
///
/// Two small logistic models over named features, both trained by `factcheck-bench train-scorer`
/// on the tuning split of SciFact's training claims (``VerifierWeights``):
/// 1. the *sentence* model reads every sentence (``SentenceFeatures``: coverage, BM25, phrase overlap,
///    position and role in the abstract, negation, direction, antonyms, numbers) and gives the
///    probability that it is a rationale sentence; evidence is the likeliest few above a threshold;
/// 2. the *label* model reads the pair (``PairFeatures``: how likely any evidence is, and whether
///    the likeliest evidence negates, reverses or contradicts the claim) and picks the label.
/// Deterministic: every sort breaks ties by reading order, and training is plain full-batch descent.
public struct AbstractVerifier: Sendable {
    public let weights: VerifierWeights
    let thresholds: ScoringThresholds

    public init(weights: VerifierWeights = .trained) {
        self.weights = weights
        thresholds = .standard
    }

    /// The verifier's reading of a pair, before any model is applied (what training needs).
    public struct Reading {
        /// One feature vector per sentence, in ``sentenceFeatureNames`` order.
        public var sentenceFeatures: [[Double]] { sentences.map(\.features) }
        let query: ClaimQuery
        let sentences: [SentenceReading]
        /// How many sentences the source has, which picks the label model (``ShortEvidenceModel``):
        /// the product reads a long page's best-ranked sentences only, and a page is not short
        /// evidence because few of its sentences share the claim's words.
        var sourceSentenceCount: Int
    }

    /// What the verifier decided.
    public struct Judgement: Sendable, Hashable {
        public let label: AbstractLabel
        /// Label probabilities in ``AbstractLabel/modelOrder``.
        public let labelProbabilities: [Double]
        /// Evidence sentences: indexes into the abstract's sentence list, in reading order.
        public let evidence: [Int]
        /// Each sentence's probability of being evidence.
        public let sentenceProbabilities: [Double]
    }

    public static var sentenceFeatureNames: [String] { SentenceFeatures.names }
    public static var pairFeatureNames: [String] { PairFeatures.names }
    public static var featureVersion: Int { SentenceFeatures.version }

    /// Reads `sentences` (the abstract, already split) against `claim`.
    public func read(claim: String, sentences: [String]) -> Reading {
        let analyzer = TextAnalyzer()
        let query = ClaimQuery(Claim.bare(claim), analyzer: analyzer)
        let index = SentenceIndex(presplit: sentences, analyzer: analyzer)
        return Reading(
            query: query, sentences: SentenceFeatures.read(query, index: index, thresholds: thresholds, analyzer: analyzer),
            sourceSentenceCount: sentences.count)
    }

    /// Reads sentences already analysed by the product's ``SentenceIndex`` against a claim already
    /// analysed: the same reading as ``read(claim:sentences:)``, without tokenising anything twice.
    /// `sourceSentenceCount`: the whole source's, when `sentences` are some of them.
    func read(_ query: ClaimQuery, analysed sentences: [SourceSentence], analyzer: TextAnalyzer, sourceSentenceCount: Int) -> Reading {
        let index = SentenceIndex(analysed: sentences)
        return Reading(
            query: query, sentences: SentenceFeatures.read(query, index: index, thresholds: thresholds, analyzer: analyzer),
            sourceSentenceCount: max(sourceSentenceCount, sentences.count))
    }

    /// The label model's features for `reading`, given each sentence's evidence probability.
    public func pairFeatures(_ reading: Reading, sentenceProbabilities: [Double]) -> [Double] {
        PairFeatures.features(query: reading.query, readings: reading.sentences, probabilities: sentenceProbabilities)
    }

    /// Whether the short-evidence label model reads `reading` (``ShortEvidenceModel``).
    public func readsShort(_ reading: Reading) -> Bool {
        weights.shortEvidence?.reads(sentenceCount: reading.sourceSentenceCount) ?? false
    }

    public func verify(claim: String, sentences: [String]) -> Judgement {
        judge(read(claim: claim, sentences: sentences))
    }

    /// Applies the trained models to a reading. `shortModel`: false reads even short evidence with
    /// the abstract label model (the product's fallback when ``ShortEvidenceGate`` names no reason).
    public func judge(_ reading: Reading, shortModel: Bool = true) -> Judgement {
        let probabilities = reading.sentences.map { weights.sentence.probability($0.features) }
        let scores = weights.labelScores(
            pairFeatures(reading, sentenceProbabilities: probabilities), sentenceCount: shortModel ? reading.sourceSentenceCount : nil)
        var labelProbabilities = scores.probabilities
        func bias(_ index: Int) -> Double { index < scores.bias.count ? scores.bias[index] : 0 }
        if labelProbabilities.count != AbstractLabel.modelOrder.count {
            labelProbabilities = [0, 0, 1]  // untrained weights: decide nothing
        }
        var bestClass = 0
        for candidate in 1..<labelProbabilities.count
        where labelProbabilities[candidate] + bias(candidate) > labelProbabilities[bestClass] + bias(bestClass) {
            bestClass = candidate
        }
        return Judgement(
            label: AbstractLabel.modelOrder[bestClass], labelProbabilities: labelProbabilities,
            evidence: evidence(probabilities), sentenceProbabilities: probabilities)
    }

    /// The likeliest sentence, and the next likeliest that reach ``VerifierWeights/evidenceThreshold``
    /// or ``VerifierWeights/evidenceRelative`` of the likeliest one's probability, at most
    /// ``VerifierWeights/maximumEvidence`` in all; returned in reading order.
    ///
    /// The likeliest sentence is always named: asked where an abstract supports or contradicts a
    /// claim, the verifier points at its best guess (whether the pair holds evidence at all is the
    /// label model's question).
    public func evidence(_ probabilities: [Double]) -> [Int] {
        let order = probabilities.indices.sorted {
            probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1
        }
        guard let first = order.first else { return [] }
        let cut = max(0, min(weights.evidenceThreshold, weights.evidenceRelative * probabilities[first]))
        return ([first] + order.dropFirst().prefix(max(0, weights.maximumEvidence - 1)).filter { probabilities[$0] >= cut }).sorted()
    }
}

extension Claim {
    /// A claim from bare text, parsed as the extractor would (quantities, hedges), for checking a
    /// claim that did not come from an article.
    static func bare(_ text: String) -> Claim {
        Claim(
            id: ClaimID.make(for: text), text: text, sentence: text,
            span: TextSpan(start: 0, end: text.unicodeScalars.count, line: 1, column: 1), kind: .general,
            checkworthiness: 1, attribution: nil, hedges: HedgeLexicon.hedges(in: text),
            quantities: QuantityParser.quantities(in: text), citations: [])
    }
}
