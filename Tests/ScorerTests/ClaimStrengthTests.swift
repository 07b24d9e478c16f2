import FactCheckModel
import Testing
import TextAnalysis
@testable import Scorer

/// The claim-strength classifier and the relation cues it reads, on sentences written for these tests.
@Suite struct ClaimStrengthTests {
    let classifier = ClaimStrengthClassifier.shared

    @Test func theFourLevelsAreOrdered() {
        #expect(ClaimStrength.allCases.sorted() == [.noRelationship, .correlational, .conditionalCausal, .directCausal])
        #expect(ClaimStrength.correlational < .directCausal)
    }

    @Test func theShippedModelTellsTheLevelsApart() {
        #expect(classifier.strength(of: "Daily tea drinking was associated with a lower rate of hip fractures in older women.")
            == .correlational)
        #expect(classifier.strength(of: "Daily tea drinking may reduce the risk of hip fractures in older women.")
            == .conditionalCausal)
        #expect(classifier.strength(of: "Daily tea drinking reduces the risk of hip fractures in older women.")
            == .directCausal)
        #expect(classifier.strength(of: "The questionnaire was completed by most of the nurses in three city hospitals.")
            == .noRelationship)
    }

    @Test func sameSentenceSameAnswer() {
        let sentence = "Walking after meals might improve blood sugar control in adults with diabetes."
        #expect(classifier.strength(of: sentence) == classifier.strength(of: sentence))
    }

    @Test func idiomsAreNoCausalVerbs() {
        func causal(_ text: String) -> [String] { RelationCues.causal(in: Tokenizer.words(in: text)).map(\.phrase) }
        #expect(causal("The finding raises concerns about screen time in toddlers.").isEmpty)
        #expect(causal("The report raises serious questions about the trial.").isEmpty)
        #expect(causal("Smoking raises the risk of stroke.") == ["raises"])
        #expect(causal("Poor sleep leads to weight gain.") == ["leads to"])
    }

    @Test func cuesSeeTheModalBeforeTheVerb() {
        let analyzer = TextAnalyzer()
        let hedged = StrengthFeatures.cueNames(of: analyzer.analyze("Stretching may prevent injuries in runners."))
        let plain = StrengthFeatures.cueNames(of: analyzer.analyze("Stretching prevents injuries in runners."))
        #expect(hedged.contains("f:modal-causal") && !plain.contains("f:modal-causal"))
        #expect(plain.contains("f:first-causal"))
        let denied = StrengthFeatures.cueNames(of: analyzer.analyze("Stretching was not associated with fewer injuries."))
        #expect(denied.contains("f:negated-relation"))
    }

    /// The committed table was trained on what the code's features make of the probe sentences: a
    /// Lexicon or reader change that alters the features under the same names fails here, instead
    /// of leaving a table its trainer no longer writes.
    @Test func theCommittedTableWasTrainedOnTheseFeatures() {
        #expect(ClaimStrengthClassifier.shared.trainedFingerprint == StrengthFeatures.fingerprint,
                "the features changed since the table was trained: retrain with factcheck-bench train-claim-strength (Sources/Scorer/README.md)")
    }

    @Test func aTableNamesTheFingerprintItWasTrainedOn() throws {
        let table = "settings\tcues=yes\nfeatures\t\(StrengthFeatures.version)\nfingerprint\tabc123\nf:bias\t0\t1\t0\t0\n"
        #expect(try ClaimStrengthClassifier(table: table).trainedFingerprint == "abc123")
        let without = "settings\tcues=yes\nfeatures\t\(StrengthFeatures.version)\nf:bias\t0\t1\t0\t0\n"
        #expect(try ClaimStrengthClassifier(table: without).trainedFingerprint == nil)
    }

    @Test func aTableFromOtherFeaturesIsRefused() {
        let table = "settings\tcues=yes\nfeatures\t0\nf:bias\t0\t0\t0\t0\n"
        #expect(throws: ClaimStrengthClassifier.TableError.self) { try ClaimStrengthClassifier(table: table) }
        let current = "settings\tcues=yes\nfeatures\t\(StrengthFeatures.version)\nf:bias\t0\t1\t0\t0\n"
        #expect((try? ClaimStrengthClassifier(table: current))?.strength(of: "Anything at all.") == .correlational)
    }
}
