import Testing
import TextAnalysis
@testable import Scorer

/// The verifier's own signal for a sentence that reports the outcome with the claim's exposure
/// taken away (``RemovedExposure``, read by ``SentenceFeatures`` and ``PairFeatures``): the sentence
/// is marked, the direction features stay as written, and the label model gets the likeliest such
/// sentence alone and with each direction. Sentences written for these tests.
@Suite struct RemovedExposureFeatureTests {
    let verifier = AbstractVerifier()

    func reading(_ claim: String, _ abstract: [String]) -> AbstractVerifier.Reading {
        verifier.read(claim: claim, sentences: abstract)
    }

    func pair(_ reading: AbstractVerifier.Reading, _ probabilities: [Double], _ name: String) -> Double {
        let features = verifier.pairFeatures(reading, sentenceProbabilities: probabilities)
        return features[AbstractVerifier.pairFeatureNames.firstIndex(of: name)!]
    }

    let abstract = [
        "We studied how the enzyme acts on sugar handling in mice.",
        "Loss of the enzyme raised blood sugar in the mice within a week.",
    ]

    @Test func aSentenceTakingTheExposureAwayIsMarked() {
        let read = reading("The enzyme lowers blood sugar in mice", abstract)
        #expect(read.sentences.map(\.removesExposure) == [false, true])
        // The direction is still read as written; the label model weighs the two together.
        #expect(read.sentences[1].reversal)
    }

    @Test func theLikeliestRemovalSentenceCarriesItsDirection() {
        let lowers = reading("The enzyme lowers blood sugar in mice", abstract)
        #expect(pair(lowers, [0.2, 0.9], "likeliest exposure-removed sentence") == 0.9)
        #expect(pair(lowers, [0.2, 0.9], "likeliest exposure-removed sentence, reversed") == 0.9)
        #expect(pair(lowers, [0.2, 0.9], "likeliest exposure-removed sentence, same direction") == 0)
        let raises = reading("The enzyme raises blood sugar in mice", abstract)
        #expect(pair(raises, [0.2, 0.9], "likeliest exposure-removed sentence, same direction") == 0.9)
        #expect(pair(raises, [0.2, 0.9], "likeliest exposure-removed sentence, reversed") == 0)
    }

    @Test func noRemovalLeavesTheFeaturesAtZero() {
        let read = reading(
            "The enzyme lowers blood sugar in mice",
            ["We studied the enzyme in mice.", "The enzyme lowered blood sugar in the mice within a week."])
        #expect(read.sentences.allSatisfy { !$0.removesExposure })
        #expect(pair(read, [0.2, 0.9], "likeliest exposure-removed sentence") == 0)
    }

    /// "loss of appetite" after a comma takes another thing away.
    @Test func theRemovalOfAnotherThingIsNotMarked() {
        let read = reading(
            "The enzyme lowers blood sugar in mice",
            ["In mice given the enzyme, loss of appetite came first and blood sugar rose within a week."])
        #expect(read.sentences.allSatisfy { !$0.removesExposure })
    }

    /// A claim that itself speaks of the removal says it the same way round as the sentence.
    @Test func aClaimSpeakingOfTheRemovalMarksNothing() {
        let read = reading("Loss of the enzyme raises blood sugar in mice", abstract)
        #expect(read.sentences.allSatisfy { !$0.removesExposure })
    }

    /// A removal with no change word near the outcome has nothing to turn.
    @Test func aRemovalWithoutAChangeWordIsNotMarked() {
        let read = reading(
            "The enzyme lowers blood sugar in mice",
            ["Mice lacking the enzyme were checked for blood sugar each week."])
        #expect(read.sentences.allSatisfy { !$0.removesExposure })
    }
}
