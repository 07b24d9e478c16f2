import FactCheckModel
import Testing
@testable import Extractor

/// Claims an adversarial review found dropped as noise (round s8-fixshapes): exclamations,
/// ranked merits with an "is that" clause, a tutorial's example that shows a finding, and
/// definition-list labels taken for transcript speakers. Every sentence is our own.
@Suite struct ReviewedClaimShapeTests {
    func reason(_ text: String) -> String? {
        ClaimNoise.reason(text, quantities: [], attributed: false)
    }

    @Test func anExclamationStatingAnEffectIsAClaim() {
        #expect(reason("Mumps vaccination prevents deafness in children!") == nil)
        #expect(reason("The new pill cut strokes among older smokers!") == nil)
        // Cries, cheers, advice to the reader and imperatives are still noise.
        #expect(reason("The two founders could not resist the idea!") == "an exclamation")
        #expect(reason("Wow, prices fell!") == "an exclamation")
        #expect(reason("Walking after dinner will lower your blood sugar!") == "an exclamation")
        #expect(reason("Stop smoking now to prevent lung cancer!") == "an exclamation")
    }

    @Test func aMeritThatStatesAnEffectIsAClaim() {
        #expect(reason("The main benefit of beta blockers is that they prevent second heart attacks in older men.") == nil)
        #expect(reason("One of the key advantages of the jab is that it reduces hospital stays in frail adults.") == nil)
        // A merit the writer ranks is still an evaluation.
        #expect(reason("One of the biggest benefits of the new ferry is the quiet cabin.") == "an evaluation")
        #expect(reason("The main advantage is that it feels calm.") == "an evaluation")
    }

    @Test func anExampleShowingAFindingIsAClaim() {
        let finding = "In this example, we see that drivers in the cohort had a 30% higher risk of crashes."
        let figures = ClaimExtractor.figures(in: finding, from: 0, to: nil)
        #expect(ClaimNoise.reason(finding, quantities: figures, attributed: false) == nil)
        // A tutorial's own example is still noise.
        #expect(reason("In this example, we build a list that holds ten names.") == "the article's own example")
    }

    @Test func aDefinitionListLabelIsNoSpeaker() {
        let speakers = TranscriptSpeakers(sentences: [
            "Evidence: Naproxen eases knee pain by 30% in trials.", "Risks: Naproxen can upset the stomach.",
            "Evidence: Paracetamol eases knee pain by 10% in trials.", "Risks: Paracetamol can harm the liver.",
            "Interviewer: What did the trial find?", "Ines: The pain fell by a third.",
            "Interviewer: And the harms?", "Ines: Few, and mild.",
        ])
        #expect(speakers.names == ["Interviewer", "Ines"])
    }
}
