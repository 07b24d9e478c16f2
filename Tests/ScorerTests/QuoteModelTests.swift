import Foundation
import Testing
@testable import Scorer
@testable import TextAnalysis

/// The quotes come from their own model (``QuoteModel``), which reads the aim cue beside the
/// sentence features; the label is decided from the sentence model alone, so the quote model can
/// move a quote and never a verdict. Hand-written sentences only.
@Suite struct QuoteModelTests {
    let analyzer = TextAnalyzer()

    @Test func aSentenceThatPosesTheStudysQuestionStatesAnAim() {
        for aim in [
            "We sought to learn if daily walking slows memory loss in retired teachers.",
            "Our objective was to measure how coffee intake changes sleep length.",
            "The aim of this trial was to compare two dressings for burns.",
            "It is not known whether fish oil protects the kidneys.",
            "To examine the effect of noise on reading speed, children read in two rooms.",
            "We investigated how sleep length changes mood in shift workers.",
        ] {
            #expect(RoleCues.statesAim(analyzer.analyze(aim)), "\(aim)")
        }
        for finding in [
            "Daily walking slowed memory loss by a third over five years.",
            "The new dressing healed burns faster than the old one (P = 0.01).",
            "The drug aims at a receptor in the gut and lowered weight in mice.",
            "We found that coffee shortened sleep by twenty minutes.",
        ] {
            #expect(!RoleCues.statesAim(analyzer.analyze(finding)), "\(finding)")
        }
    }

    /// Findings worded with an aim's words: a concession ("regardless of whether", "whether or
    /// not"), "we" and a study verb followed by a figure, "to" and a study verb inside a finding, an
    /// aim noun that is not the study's aim. The rule as first written fired on every one of these
    /// shapes (Scorer README, "Session 20", the review), and a finding read as an aim dragged the
    /// quote cut-off down to background sentences.
    @Test func aFindingWordedWithAnAimsWordsStatesNoAim() {
        for finding in [
            "Regardless of whether they cycled to work, nurses in the programme slept longer.",
            "Pain fell in both arms, whether or not patients took paracetamol.",
            "Whether weighted or not, the odds ratio was 1.3.",
            "We examined 700 farmers and hearing loss was halved with ear plugs.",
            "We investigated 5,200 infants; eczema was 15% less common in those with older siblings.",
            "Children who failed to test positive went home the same day.",
            "Midwives learned to identify bleeding sooner after the course.",
            "Surgeons used the scale to determine the dose and recovery was faster.",
            "Goals of care conversations were recorded in a quarter of files.",
            "The primary goal was reached in 58% of the children.",
            "Over one year the aims of therapy were met in most adults.",
            "The gland's purpose is still unclear.",
        ] {
            #expect(!RoleCues.statesAim(analyzer.analyze(finding)), "\(finding)")
        }
    }

    /// A source that asks the claim's question in one sentence and answers it in the next. Main's
    /// sentence model quoted both, the question too; the quote model quotes the answer alone.
    @Test func theQuestionIsNotQuotedBesideItsAnswer() throws {
        let weights = VerifierWeights.trained
        try #require(weights.quote != nil, "the committed weights carry a quote model")
        let judgement = AbstractVerifier(weights: weights).verify(
            claim: "Screening with ultrasound reduces ovarian cancer deaths in older women.",
            sentences: [
                "We determine the effect of ultrasound screening on ovarian cancer deaths in older women.",
                "Ovarian cancer deaths were 15% lower in the screened group than in the control group.",
            ])
        #expect(judgement.evidence == [1], "the answer alone (quoted: \(judgement.quotes))")
        var mainLike = weights
        mainLike.quote = nil
        #expect(AbstractVerifier(weights: mainLike).verify(
            claim: "Screening with ultrasound reduces ovarian cancer deaths in older women.",
            sentences: [
                "We determine the effect of ultrasound screening on ovarian cancer deaths in older women.",
                "Ovarian cancer deaths were 15% lower in the screened group than in the control group.",
            ]).evidence == [0, 1], "without the quote model the question is quoted too")
    }

    /// A finding that opens with a concession, then background and methods sentences: the finding
    /// is quoted and the background is not pulled in beside it (the review's problem 1; the rule as
    /// first written read the concession as an aim and quoted all three).
    @Test func aConcessionInAFindingDoesNotPullBackgroundIntoTheQuotes() throws {
        try #require(VerifierWeights.trained.quote != nil)
        let verifier = AbstractVerifier(weights: .trained)
        let swimming = verifier.verify(
            claim: "Swimming lowers anxiety in students.",
            sentences: [
                "Regardless of whether they swam at weekends, students in the swimming programme had lower anxiety scores.",
                "Anxiety is common in students.",
                "Swimming sessions lasted forty minutes.",
            ])
        #expect(swimming.evidence == [0], "the finding alone (quoted: \(swimming.quotes))")
        let zinc = verifier.verify(
            claim: "Zinc prevents colds in adults.",
            sentences: [
                "The primary goal was met: adults given zinc had 40% fewer colds.",
                "Colds are the most common infection of adulthood.",
            ])
        #expect(zinc.evidence.contains(0) && zinc.quotes.first == 0, "the finding is quoted, first (quoted: \(zinc.quotes))")
    }

    /// The guard (``AbstractVerifier/guardQuotes(_:reading:sentenceEvidence:)``): a sentence that
    /// shares no claim concept and that the sentence model did not choose is never quoted, however
    /// the quote model ranks it.
    @Test func theQuoteModelQuotesOnlyWhatSharesAConceptOrTheSentenceModelChose() throws {
        let verifier = AbstractVerifier(weights: .trained)
        let reading = verifier.read(
            claim: "Tea lowers blood pressure.",
            sentences: ["Tea lowered blood pressure by 4 mmHg.", "The weather was mild.", "Tea drinkers also slept longer."])
        let guarded = AbstractVerifier.guardQuotes([0.9, 0.8, 0.7], reading: reading, sentenceEvidence: [0])
        #expect(guarded[1] == 0, "no shared concept, not the sentence model's evidence")
        #expect(guarded[0] == 0.9 && guarded[2] == 0.7)
        #expect(AbstractVerifier.guardQuotes([0.9, 0.8, 0.7], reading: reading, sentenceEvidence: [0, 1])[1] == 0.8)
    }

    @Test func theVerdictIsTheSameWithTheQuoteModelOnOrOff() throws {
        let on = VerifierWeights.trained
        try #require(on.quote != nil)
        var off = on
        off.quote = nil
        let pairs: [(String, [String])] = [
            (Self.claim, Self.abstract),
            ("Night shifts raise the risk of diabetes in nurses.", [
                "Shift work disturbs sleep and appetite.",
                "Our aim was to examine whether night shifts raise the risk of diabetes in nurses.",
                "Nurses on rotating night shifts developed diabetes more often than those on day shifts (hazard ratio 1.4, 95% CI 1.2 to 1.7).",
            ]),
            ("Reading aloud improves vocabulary in young children.", [
                "We tested whether reading aloud improves vocabulary in young children.",
                "Vocabulary scores did not differ between the groups after one year.",
            ]),
            ("Cold water swimming lowers resting heart rate.", ["The weather was cold during the study."]),
        ]
        for (claim, sentences) in pairs {
            let a = AbstractVerifier(weights: on).verify(claim: claim, sentences: sentences)
            let b = AbstractVerifier(weights: off).verify(claim: claim, sentences: sentences)
            #expect(a.label == b.label, "\(claim)")
            #expect(a.labelProbabilities == b.labelProbabilities, "\(claim)")
            #expect(a.sentenceProbabilities == b.sentenceProbabilities, "the label model's inputs are the sentence model's")
            #expect(Set(b.quotes) == Set(b.evidence) && Set(a.quotes) == Set(a.evidence))
        }
    }

    @Test func theQuoteModelReadsBackExactlyAndAStaleOneIsNamed() throws {
        let text = VerifierWeightsFile.text(.trained, provenance: [])
        #expect(try VerifierWeightsFile.parse(Array(text.utf8)).quote == VerifierWeights.trained.quote)
        let stale = text.replacingOccurrences(
            of: "\"quote\": {\n    \"featureVersion\": \(QuoteModel.featureVersion)",
            with: "\"quote\": {\n    \"featureVersion\": \(QuoteModel.featureVersion + 1)")
        #expect(stale != text)
        #expect(throws: VerifierWeightsFile.Damaged.self) { try VerifierWeightsFile.parse(Array(stale.utf8)) }
    }
}
