import Testing
@testable import FactCheckBench

/// Training the verifier on SciFact with pairs from another set beside it (`--extra`): with
/// `--extra-models label` the other set must leave everything but the label model exactly as
/// SciFact alone trains it, and with `both` it must reach the sentence model too. The pairs are
/// written for this test; twelve abstracts are enough for every cross-fitting fold to have some.
@Suite struct MixedTrainingTests {
    static let topics = [
        ("Evening walks improve sleep quality in older adults.", "walking", "sleep quality"),
        ("Green tea lowers blood pressure in adults.", "green tea", "blood pressure"),
        ("Reading aloud raises vocabulary scores in children.", "reading aloud", "vocabulary scores"),
        ("Cold showers reduce muscle soreness after running.", "cold showers", "muscle soreness"),
    ]

    /// SciFact-shaped pairs: a background sentence, a finding, a closing sentence; the finding is
    /// the rationale unless the pair is NEI.
    static var scifactPairs: [Scifact.Pair] {
        (0..<12).map { index in
            let (claim, cause, outcome) = topics[index % topics.count]
            let label = ["SUPPORT", "CONTRADICT", "NEI"][index % 3]
            let finding = switch label {
            case "SUPPORT": "In our trial, \(cause) clearly improved \(outcome) over twelve weeks."
            case "CONTRADICT": "In our trial, \(cause) had no effect on \(outcome) over twelve weeks."
            default: "In our trial, \(cause) changed how often people visited a clinic."
            }
            let abstract = ["Many people ask whether \(cause) matters.", finding, "More work is needed in other groups."]
            let rationale: Set<Int> = label == "NEI" ? [] : [1]
            return Scifact.Pair(
                claimID: index, claim: claim, document: Scifact.DocumentRecord(doc_id: 100 + index, title: "", abstract: abstract),
                label: label, rationale: rationale, rationaleSets: rationale.isEmpty ? [] : [rationale], part: .tune)
        }
    }

    /// One-sentence pairs from "another set": every evidence sentence is rationale when decided.
    static var otherPairs: [Scifact.Pair] {
        (0..<9).map { index in
            let label = ["SUPPORT", "CONTRADICT", "NEI"][index % 3]
            let evidence = ["A harbour town holds a summer fair with boats.", "The fair in the harbour town was cancelled.", "Boats line the harbour in spring."][index % 3]
            let rationale: Set<Int> = label == "NEI" ? [] : [0]
            return Scifact.Pair(
                claimID: index, claim: "The harbour town holds a summer fair.",
                document: Scifact.DocumentRecord(doc_id: 9_000 + index, title: "", abstract: [evidence]),
                label: label, rationale: rationale, rationaleSets: rationale.isEmpty ? [] : [rationale], part: .tune,
                dataset: "other_dev")
        }
    }

    @Test func labelOnlyLeavesTheSentenceModelAndCutOffsAsSciFactAloneMakesThem() {
        let alone = VerifierTraining.train(Self.scifactPairs, steps: 50).weights
        let mixed = VerifierTraining.train(Self.scifactPairs + Self.otherPairs, steps: 50, otherSetsInSentenceModel: false).weights
        #expect(mixed.sentence == alone.sentence)
        #expect(mixed.evidenceThreshold == alone.evidenceThreshold)
        #expect(mixed.evidenceRelative == alone.evidenceRelative)
        #expect(mixed.maximumEvidence == alone.maximumEvidence)
        #expect(mixed.label != alone.label, "the other set's pairs should train the label model")
    }

    @Test func bothModelsLetTheOtherSetReachTheSentenceModel() {
        let alone = VerifierTraining.train(Self.scifactPairs, steps: 50).weights
        let mixed = VerifierTraining.train(Self.scifactPairs + Self.otherPairs, steps: 50).weights
        #expect(mixed.sentence != alone.sentence)
    }
}
