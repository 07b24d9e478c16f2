import FactCheckModel
import Testing
@testable import Extractor

/// Shapes of claim that debate transcripts (the model's training data) do not teach, written for
/// these tests: health claims without a figure, findings credited to a publication, changes dated
/// by a year; and the shapes that must stay out (a figure of speech, advice).
@Suite struct ArticleClaimShapeTests: ExtractorProbing {
    func isClaim(_ sentence: String) throws -> Bool {
        try claims("Title\n\n" + sentence + "\n").contains { sentence.contains($0.text) }
    }

    @Test(arguments: [
        "A little-known fact about saunas is that they can stimulate your body's healing response.",
        "While they won't work wonders, they can help to promote circulation and tissue repair, so you'll heal faster with these small lifts to your immune system.",
        "That is one of the reasons that physiotherapy for neck pain is so effective.",
        "Cortisol is the 'alarm' hormone, so it's good to bring it down.",
    ])
    func healthClaimsWithoutAFigureAreClaims(sentence: String) throws {
        #expect(try isClaim(sentence), "\(sentence)")
    }

    @Test(arguments: [
        "According to a report published in The Lancet on Tuesday, the researchers found enough antibodies in the samples to protect a whole ward.",
        "Its launch in March 2011 halved late deliveries across the region by 2014.",
    ])
    func cuedFindingsAndDatedChangesAreClaims(sentence: String) throws {
        #expect(try isClaim(sentence), "\(sentence)")
    }

    @Test(arguments: [
        "Warmth is also a wonderful tonic for tired, aching muscles.",
        "It's good to stretch your muscles before a long walk.",
    ])
    func figuresOfSpeechAndAdviceAreNot(sentence: String) throws {
        #expect(try !isClaim(sentence), "\(sentence)")
    }

    @Test func adviceDrawnFromAStatementIsNotAdvice() {
        let drawn = CheckworthinessFeatures(sentence: "Insulin is the 'storage' hormone, so it's good to keep it steady.")
        #expect(drawn.structural[.advice] == nil)
        #expect(drawn.structural[.researchClaim] == 1)
        let advice = CheckworthinessFeatures(sentence: "It's good to stretch your muscles before a long walk.")
        #expect(advice.structural[.advice] == 1)
    }

    @Test func aComparisonWithAnEvaluativeWordIsNoResearchClaim() {
        let tonic = CheckworthinessFeatures(sentence: "Warmth is also a wonderful tonic for tired, aching muscles.")
        #expect(tonic.structural[.researchClaim] == nil)
        let effective = CheckworthinessFeatures(sentence: "Physiotherapy for neck pain is effective.")
        #expect(effective.structural[.researchClaim] == 1)
    }

    @Test func cueFeatures() {
        let cued = CheckworthinessFeatures(sentence: "According to the survey, the team discovered three new wells.")
        #expect(cued.structural[.cuedClaim] == 1)
        let dated = CheckworthinessFeatures(sentence: "Its launch in March 2011 halved late deliveries by 2014.")
        #expect(dated.structural[.datedChange] == 1)
        let plain = CheckworthinessFeatures(sentence: "We discovered a lovely cafe near the station.")
        #expect(plain.structural[.cuedClaim] == nil && plain.structural[.datedChange] == nil)
    }

    @Test func verbsSpeakThroughTheirStructuralFeatures() {
        let features = CheckworthinessFeatures(sentence: "Saunas stimulate healing, the team discovered.")
        #expect(features.values["w:stimulate"] == nil && features.values["w:discovered"] == nil)
        #expect(features.values["f:causal"] == 1)
        let withWords = CheckworthinessFeatures(
            sentence: "Saunas stimulate healing, the team discovered.", options: .init(verbWords: true, cues: true))
        #expect(withWords.values["w:stimulate"] == 1)
    }
}
