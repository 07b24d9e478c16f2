import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// A finding about another kind of the claim's exposure ("black tea" for "green tea") neither
/// backs nor refutes the claim, whoever reads it: the rules as well as the trained verifier
/// (``RivalSubject``). Sentences written for these tests.
@Suite struct RivalSubjectTests {
    let scorer = ClaimScorer()
    let anotherKind = VerdictPolicy.LearnedBound.anotherSubject.reason

    func verdict(_ claimText: String, _ passages: [String]) -> ClaimCheck {
        Fixtures.check(claimText, kind: .causal, against: passages, by: scorer)
    }

    func expectAnotherKind(_ claimText: String, _ passages: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let check = verdict(claimText, passages)
        #expect(check.verdict == .unverified, "\(claimText): \(check.verdict) (\(check.reason))", sourceLocation: sourceLocation)
        #expect(check.reason == anotherKind, "\(claimText): \(check.reason)", sourceLocation: sourceLocation)
    }

    // MARK: The rules' own support and contradiction respect the rival check

    @Test func aRivalKindAloneDoesNotSupport() {
        expectAnotherKind("Green tea lowers blood pressure", ["Black tea lowered blood pressure in the crossover trial."])
        expectAnotherKind(
            "Green tea lowers blood pressure",
            [
                "Tea is the most widely drunk beverage after water.",
                "Participants drank three cups of tea a day for eight weeks.",
                "Black tea lowered blood pressure in the crossover trial.",
            ])
        expectAnotherKind("A Mediterranean diet lowers the risk of gout", ["A Western diet lowered the risk of gout in 44,000 men."])
        expectAnotherKind("Red meat raises the risk of colon cancer", ["Processed meat raised the risk of colon cancer in the cohort."])
    }

    @Test func aRivalKindAloneDoesNotContradict() {
        expectAnotherKind("Green tea lowers blood pressure", ["Black tea raised blood pressure in the crossover trial."])
        expectAnotherKind("Red meat raises the risk of colon cancer", ["Processed meat did not raise the risk of colon cancer."])
    }

    // MARK: Modifiers that are numbers or hyphenated

    @Test func aNumberedOrHyphenatedKindIsARival() {
        expectAnotherKind(
            "Type 2 diabetes raises the risk of dementia", ["Type 1 diabetes raised the risk of dementia in older adults."])
        expectAnotherKind(
            "Low-dose aspirin lowers the risk of stroke", ["High-dose aspirin lowered the risk of stroke in the trial."])
    }

    @Test func theSameNumberedOrHyphenatedKindStillDecides() {
        let diabetes = verdict(
            "Type 2 diabetes raises the risk of dementia", ["Type 2 diabetes raised the risk of dementia in older adults."])
        #expect(diabetes.verdict == .supported, "\(diabetes.reason)")
        let aspirin = verdict(
            "Low-dose aspirin lowers the risk of stroke", ["Low-dose aspirin lowered the risk of stroke in the trial."])
        #expect(aspirin.verdict == .supported, "\(aspirin.reason)")
    }

    // MARK: A kind of the claim's own subject is no rival

    @Test func aKindOfTheSubjectInWordNetIsNoRival() {
        let analyzer = TextAnalyzer()
        let tea = ClaimQuery(Fixtures.claim("Green tea lowers blood pressure", kind: .causal), analyzer: analyzer)
        // Hyson is a green tea (WordNet); oolong and black tea are not.
        #expect(!RivalSubject.named(claim: tea, sentence: analyzer.analyze("Hyson tea lowered blood pressure in the trial.")))
        #expect(RivalSubject.named(claim: tea, sentence: analyzer.analyze("Oolong tea lowered blood pressure in the trial.")))
        #expect(RivalSubject.named(claim: tea, sentence: analyzer.analyze("Black tea lowered blood pressure in the trial.")))
        let hyson = verdict("Green tea lowers blood pressure", ["Hyson tea lowered blood pressure in the crossover trial."])
        #expect(hyson.reason != anotherKind, "\(hyson.reason)")
    }

    /// Left as it is: WordNet does not know matcha, so a matcha finding is still set aside as
    /// another kind of green tea.
    @Test func aKindWordNetLacksIsStillARival() {
        expectAnotherKind("Green tea lowers blood pressure", ["Matcha tea lowered blood pressure in the crossover trial."])
    }

    // MARK: What must keep working

    @Test func theSameSubjectMoreNarrowlyStillSupports() {
        let extract = verdict("Green tea lowers blood pressure", ["Green tea extract lowered blood pressure in the crossover trial."])
        #expect(extract.verdict == .supported, "\(extract.reason)")
        // Judged (here: an association told as a cause), not set aside as another kind.
        let d3 = verdict("Vitamin D lowers the risk of fractures", ["Vitamin D3 lowered the risk of fractures in older women."])
        #expect(d3.verdict != .unverified, "\(d3.reason)")
    }
}
