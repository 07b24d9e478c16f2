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
            "This study was designed to assess the effect of noise on reading speed.",
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

    /// An abstract whose aim sentence repeats the claim word for word, and whose finding says it
    /// in other words.
    static let claim = "Green tea extract lowers blood cholesterol in adults with obesity."
    static let abstract = [
        "Whether green tea extract lowers blood cholesterol in adults with obesity is debated.",
        "We sought to determine whether green tea extract lowers blood cholesterol in adults with obesity.",
        "We enrolled 240 adults with obesity and gave them extract or placebo for twelve weeks.",
        "Total cholesterol fell by 9% with the extract and did not change with placebo (P < 0.001).",
        "Side effects were mild and equally common in both groups.",
    ]

    @Test func anAimSentenceThatRepeatsTheClaimIsNotQuotedFirstWhenAFindingExists() throws {
        let weights = VerifierWeights.trained
        let quote = try #require(weights.quote, "the committed weights carry a quote model")
        let aim = try #require(QuoteModel.featureNames.firstIndex(of: "states an aim"))
        #expect(quote.model.rows[0][aim + 1] < 0, "trained, the aim cue counts against quoting a sentence")
        let judgement = AbstractVerifier(weights: weights).verify(claim: Self.claim, sentences: Self.abstract)
        let first = try #require(judgement.quotes.first)
        #expect(first == 3, "the finding is quoted first, not the question (quoted: \(judgement.quotes))")
        #expect(!judgement.quotes.prefix(1).contains(0) && !judgement.quotes.prefix(1).contains(1))
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
