import FactCheckModel
import Testing
@testable import Scorer

/// When the product lets the short-evidence model's answer stand (``ShortEvidenceGate``). Each
/// test gives the scorer a short-evidence model that always answers one label, so what is checked
/// is the gate, not a trained model: without the gate every one-sentence source below would get
/// that label.
@Suite struct ShortEvidenceGateTests {
    static func always(_ label: AbstractLabel) -> ClaimScorer {
        var weights = VerifierWeights.trained
        weights.shortEvidence = ShortEvidenceModel(
            maximumSentences: 2, label: ShortEvidenceModelTests.constant(label), labelStumps: nil, labelBias: [0, 0, 0])
        return ClaimScorer(verifierWeights: weights)
    }

    static func check(_ scorer: ClaimScorer, _ claim: String, _ sentences: [String]) -> ClaimCheck {
        scorer.check(Fixtures.claim(claim), sources: [Fixtures.source("https://example.org/short", sentences)])
    }

    @Test func aContradictionNeedsACueTheRulesCanName() {
        let scorer = Self.always(.contradict)
        // A null finding about the claim's own subject: the cue is named in the reason.
        let refuting = Self.check(scorer, "Multivitamins lengthen life.", ["People taking multivitamins did not live longer than those taking none."])
        #expect(refuting.verdict == .contradicted, "\(refuting.reason)")
        #expect(refuting.reason.contains("short source goes against this: the source negates it"), "\(refuting.reason)")
        // No cue at all (a paraphrase in the claim's direction): the short model's CONTRADICT does not stand.
        let plain = Self.check(scorer, "Regular cycling reduces the risk of heart disease.", [
            "Adults who cycled to work had 46 percent fewer cardiovascular events over five years than those who drove.",
        ])
        #expect(plain.verdict != .contradicted, "\(plain.reason)")
    }

    @Test func aCueAboutAnotherSubjectYearOrGroupOrderIsNoContradiction() {
        let scorer = Self.always(.contradict)
        for (claim, sentence) in [
            // another exposure moves the outcome the other way
            ("Higher fibre intake reduces the risk of bowel cancer",
             "In the cohort, daily alcohol consumption increased the risk of bowel cancer over ten years."),
            // the same groups the other way round: the same finding
            ("Bus drivers are at higher risk of back pain than cyclists",
             "Cyclists were at lower risk of back pain than bus drivers in the city survey."),
            // only another year or figure differs
            ("The museum opened to visitors in 1960.", "The museum was expanded in 1985."),
            ("The new vaccine was 90 percent effective in adults over sixty during the winter trial.",
             "In children the vaccine was 60 percent effective."),
        ] {
            let result = Self.check(scorer, claim, [sentence])
            #expect(result.verdict != .contradicted, "\(claim): \(result.reason)")
        }
    }

    @Test func supportNeedsNoReasonAgainst() {
        let scorer = Self.always(.support)
        let supported = Self.check(scorer, "Regular cycling reduces the risk of heart disease.", [
            "Adults who cycled to work had 46 percent fewer cardiovascular events over five years than those who drove.",
        ])
        #expect(supported.verdict == .supported, "\(supported.reason)")
        #expect(supported.reason.hasPrefix("the short source states this in other words"), "\(supported.reason)")
        for (claim, sentence) in [
            ("No animal was harmed.", "No dog was harmed."),  // a narrower word under a negation
            ("Only adults were enrolled.", "Only women were enrolled."),  // ... or under "only"
            ("The museum opened to visitors in 1960.", "The museum was expanded in 1985."),  // another year
            ("Higher fibre intake reduces the risk of bowel cancer",
             "In the cohort, daily alcohol consumption reduced the risk of bowel cancer over ten years."),  // another subject
            ("Multivitamins lengthen life.", "People taking multivitamins did not live longer than those taking none."),  // a cue against
        ] {
            // The abstract label model reads these as before (it still supports some: a known issue
            // of ParaphraseRelationTests); the short model's SUPPORT does not stand.
            let result = Self.check(scorer, claim, [sentence])
            #expect(!result.reason.hasPrefix("the short source"), "\(claim): \(result.verdict): \(result.reason)")
        }
    }
}
