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

    /// An adversarial review's pairs (our own sentences): the same subject, another outcome. The
    /// gate checked only the exposure, so a cue or a paraphrase about another finding of it stood.
    static let anotherOutcome: [(claim: String, sentences: [String])] = [
        ("Meditation lowers blood pressure.", ["Meditation did not lower anxiety."]),
        ("Yoga reduces back pain.", ["Yoga did not reduce depression scores."]),
        ("Fasting improves insulin sensitivity.", ["Fasting worsened mood in some participants."]),
        ("Coffee lowers diabetes risk.", ["Coffee raises blood pressure."]),
        ("Yoga reduces back pain in adults, a trial found.", ["Yoga worsened neck pain in adults."]),
        ("Yoga reduces back pain.", ["Yoga reduces stress."]),
        ("Coffee lowers diabetes risk.", ["Coffee drinkers lowered their sugar intake."]),
        ("Coffee lowers diabetes risk.", ["Coffee prices rose sharply this year.", "Share this article."]),
        ("Zinc shortens colds.", ["Zinc lengthens hospital stays."]),
        ("Vaccination rates fell in 2021.", ["Vaccination sites did not close in 2021."]),
    ]

    @Test func aCueOrParaphraseMustBeAboutTheClaimsOutcome() {
        let contradicting = Self.always(.contradict)
        let supporting = Self.always(.support)
        for (claim, sentences) in Self.anotherOutcome {
            let against = Self.check(contradicting, claim, sentences)
            #expect(against.verdict != .contradicted, "\(claim) / \(sentences[0]): \(against.reason)")
            let forIt = Self.check(supporting, claim, sentences)
            #expect(!forIt.reason.hasPrefix("the short source"), "\(claim) / \(sentences[0]): \(forIt.verdict): \(forIt.reason)")
            #expect(forIt.verdict != .supported, "\(claim) / \(sentences[0]): \(forIt.reason)")
        }
    }

    /// The review's pair whose claim the rules cannot split at a relation word they know
    /// ("shortens"), against a negation about another thing of its subject: its outcome is the words
    /// after its verb (``UnsplitOutcome``), which the source does not name.
    static let unsplitClaims: [(claim: String, sentences: [String])] = [
        ("Zinc shortens colds.", ["Zinc lozenges are not recommended for children."]),
    ]

    @Test func anUnsplitClaimsOutcomeIsTheWordsAfterItsVerb() {
        let contradicting = Self.always(.contradict)
        for (claim, sentences) in Self.unsplitClaims {
            let against = Self.check(contradicting, claim, sentences)
            #expect(against.verdict != .contradicted, "\(claim) / \(sentences[0]): \(against.reason)")
        }
        // The outcome named through a word of its senses: "live" for "life".
        let refuting = Self.check(contradicting, "Multivitamins lengthen life.", ["People taking multivitamins did not live longer than those taking none."])
        #expect(refuting.verdict == .contradicted, "\(refuting.reason)")
    }

    /// A finding of no difference in words ("at the same rate": no negation the verifier reads) is a
    /// cue the gate names, on the claim's own outcome only.
    @Test func aNullFindingInWordsIsACueOnTheClaimsOutcome() {
        let contradicting = Self.always(.contradict)
        let refuting = Self.check(contradicting, "Multivitamins lengthen life.", [
            "People taking multivitamins were alive at the same rate ten years later as those taking none.",
        ])
        #expect(refuting.verdict == .contradicted, "\(refuting.reason)")
        #expect(refuting.reason.contains("the source finds no difference"), "\(refuting.reason)")
        let elsewhere = Self.check(contradicting, "Multivitamins lengthen life.", [
            "People taking multivitamins reported headaches at the same rate as those taking none.",
        ])
        #expect(elsewhere.verdict != .contradicted, "\(elsewhere.reason)")
        // ... and no paraphrase stands beside it.
        let supporting = Self.always(.support)
        let notFor = Self.check(supporting, "Coffee lowers blood pressure.", [
            "Blood pressure fell at the same rate in coffee drinkers as in people who drank none.",
        ])
        #expect(!notFor.reason.hasPrefix("the short source"), "\(notFor.verdict): \(notFor.reason)")
    }

    /// The same pairs in the product, with the committed weights: the review's wrong verdicts (with
    /// the trained short model compiled in, each was wrong before the outcome check).
    @Test func theReviewsAnotherOutcomePairsAreUnverifiedInTheProduct() {
        let scorer = ClaimScorer()
        for (claim, sentences) in Self.anotherOutcome + Self.unsplitClaims {
            let result = Self.check(scorer, claim, sentences)
            #expect(result.verdict != .contradicted && result.verdict != .supported,
                    "\(claim) / \(sentences[0]): \(result.verdict): \(result.reason)")
        }
    }

    /// Counter-cases: the claim's own outcome negated or reversed still contradicts, and said in
    /// other words still supports.
    @Test func theSameOutcomeStillDecides() {
        let contradicting = Self.always(.contradict)
        for (claim, sentence) in [
            ("Yoga reduces back pain.", "Yoga did not reduce back pain."),
            ("Meditation lowers blood pressure.", "Meditation did not lower blood pressure in the trial."),
        ] {
            let result = Self.check(contradicting, claim, [sentence])
            #expect(result.verdict == .contradicted, "\(claim) / \(sentence): \(result.reason)")
        }
        let supporting = Self.always(.support)
        let eased = Self.check(supporting, "Yoga reduces back pain.", ["Yoga eased back pain in the trial."])
        #expect(eased.verdict == .supported, "\(eased.reason)")
    }
}
