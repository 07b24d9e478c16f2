import FactCheckModel
import Testing
@testable import Scorer
@testable import TextAnalysis

/// The SciFact verifier on abstracts written for these tests: the trained weights load, the label
/// follows the finding sentence rather than the background, and every output is reproducible.
@Suite struct VerifierTests {
    /// An abstract in the usual order: question, method, finding, conclusion.
    static let abstract = [
        "Whether evening walking affects sleep onset in older adults remains unclear.",
        "We randomly assigned 240 adults aged 65 years or older to evening walks or usual activity for 12 weeks.",
        "Evening walking significantly shortened sleep onset latency compared with usual activity.",
        "These findings suggest that evening walks help older adults fall asleep sooner.",
    ]

    @Test func trainedWeightsMatchTheFeatureList() {
        let weights = VerifierWeights.trained
        #expect(weights.featureVersion == AbstractVerifier.featureVersion)
        #expect(weights.sentence.means.count == AbstractVerifier.sentenceFeatureNames.count)
        #expect(weights.sentence.rows.count == 1)
        #expect(weights.label.means.count == AbstractVerifier.pairFeatureNames.count)
        #expect(weights.label.rows.count == AbstractLabel.modelOrder.count)
        #expect(weights.label.rows.allSatisfy { $0.count == AbstractVerifier.pairFeatureNames.count + 1 })
    }

    @Test func featureVectorsHaveOneValuePerName() {
        let reading = AbstractVerifier().read(claim: "Evening walking shortens sleep onset latency.", sentences: Self.abstract)
        #expect(reading.sentenceFeatures.count == Self.abstract.count)
        #expect(reading.sentenceFeatures.allSatisfy { $0.count == AbstractVerifier.sentenceFeatureNames.count })
        let pair = AbstractVerifier().pairFeatures(reading, sentenceProbabilities: Array(repeating: 0.5, count: Self.abstract.count))
        #expect(pair.count == AbstractVerifier.pairFeatureNames.count)
    }

    @Test func theFindingOutranksTheQuestion() {
        let judgement = AbstractVerifier().verify(claim: "Evening walking shortens sleep onset latency in older adults.", sentences: Self.abstract)
        let probabilities = judgement.sentenceProbabilities
        #expect(probabilities[2] > probabilities[0], "the result sentence, not the background one")
        #expect(judgement.evidence.contains(2) || judgement.evidence.contains(3))
        #expect(judgement.label == .support)
    }

    /// A negated finding ("did not reduce") against a plain claim is decided by the rules, before the
    /// trained verifier: the verifier alone is borderline here (its label probabilities for
    /// CONTRADICT and SUPPORT sit near one half each and swap between training runs), so what is
    /// checked is the product's verdict and the reading that the rule relies on, both deterministic.
    @Test func aNegatedFindingContradictsByRule() {
        let abstract = [
            "Whether vitamin D supplements prevent fractures in older women is debated.",
            "We enrolled 1,200 women in a randomized trial of vitamin D or placebo for three years.",
            "Vitamin D supplementation did not reduce the incidence of hip fractures compared with placebo.",
            "These results do not support routine vitamin D supplementation to prevent fractures.",
        ]
        let judgement = AbstractVerifier().verify(claim: "Vitamin D supplementation reduces hip fractures in older women.", sentences: abstract)
        #expect(judgement.label != .notEnoughInfo, "the abstract is about the claim")
        let claim = Fixtures.claim("Vitamin D supplementation reduces hip fractures in older women", kind: .causal)
        let source = Fixtures.source("https://example.org/trial", abstract)
        let check = ClaimScorer().check(claim, sources: [source])
        #expect(check.verdict == .contradicted, "\(check.reason)")
        #expect(check.reason.contains("did not reduce"))
        let reading = AbstractVerifier().read(claim: "Vitamin D supplementation reduces hip fractures in older women.", sentences: abstract)
        let negatedIndex = AbstractVerifier.sentenceFeatureNames.firstIndex(of: "negated near claim words")!
        #expect(reading.sentenceFeatures[2][negatedIndex] == 1)
    }

    @Test func anUnrelatedAbstractIsNotEnoughInfo() {
        let abstract = [
            "Coral reefs are declining worldwide.",
            "We surveyed 40 reefs in the Pacific for bleaching over five years.",
            "Bleaching was most severe where water temperatures peaked.",
        ]
        let judgement = AbstractVerifier().verify(claim: "Statins lower the risk of dementia.", sentences: abstract)
        #expect(judgement.label == .notEnoughInfo)
    }

    @Test func judgementsAreReproducible() {
        let verifier = AbstractVerifier()
        let claim = "Evening walking shortens sleep onset latency."
        #expect(verifier.verify(claim: claim, sentences: Self.abstract) == verifier.verify(claim: claim, sentences: Self.abstract))
    }

    @Test func antonymsAndPrefixesAreOpposites() {
        let analyzer = TextAnalyzer()
        let claim = analyzer.analyze("Drug X activates kinase signalling, is stable and is effective.").contentStems
        // The sentences are analysed before the probe is made, as the verifier does.
        let inhibits = analyzer.analyze("Drug X inhibits kinase signalling.")
        let unstable = analyzer.analyze("Drug X was unstable.")
        let ineffective = analyzer.analyze("Drug X was ineffective.")
        let same = analyzer.analyze("Drug X activates kinase signalling.")
        let probe = Antonyms.Probe(claimStems: claim, vocabulary: analyzer.vocabulary)
        #expect(probe.mismatch(in: inhibits))
        #expect(probe.mismatch(in: unstable))
        // A denied predicate has one home, Polarity's negation cues: not an antonym too.
        #expect(!probe.mismatch(in: ineffective))
        #expect(!probe.mismatch(in: same))
    }

    #if DEBUG
    /// A probe made before a sentence is analysed would miss that sentence's opposites silently;
    /// debug builds stop instead.
    @Test func aProbeMadeBeforeItsSentencesStops() async {
        await #expect(processExitsWith: .failure) {
            let analyzer = TextAnalyzer()
            let claim = analyzer.analyze("Drug X is effective.").contentStems
            let probe = Antonyms.Probe(claimStems: claim, vocabulary: analyzer.vocabulary)
            _ = probe.mismatch(in: analyzer.analyze("Drug X was ineffective."))
        }
    }
    #endif

    @Test func structuredAbstractLabelsDecideTheRole() {
        let analyzer = TextAnalyzer()
        let text = "RESULTS: Walking shortened sleep onset."
        let roles = RoleCues.scores(analyzer.analyze(text), raw: text)
        #expect(roles[RoleCues.Role.results.rawValue] == 1)
        #expect(roles[RoleCues.Role.background.rawValue] == 0)
    }

    /// The ASCII fast path of the tokenizer must give exactly what the general path gives.
    @Test func asciiTokenizerMatchesTheGeneralPath() {
        let texts = [
            "Massage lowered cortisol by 31.5% in 1,200 adults; don't non-localized",
            "CD4+ T-cells (n = 12) rose 4a 3.5.6 x,y 1,2,3 'quoted' it's 80%... end.", "", "  ", "A", "9",
            "Tab\tand\nnewline, e.g. U.S. 2.5-fold IL-6's 10,000 and 0.05.",
        ]
        for text in texts {
            #expect(Tokenizer.asciiTokens(in: text) == Tokenizer.unicodeTokens(in: text), "\(text)")
        }
        #expect(Tokenizer.asciiTokens(in: "café") == nil)
        #expect(Tokenizer.asciiTokens(in: "a\r\nb") == nil)
    }
}
