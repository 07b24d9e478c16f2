import Foundation
import Testing
@testable import Scorer

/// The verifier's weights are a data file compiled into the module: it must load, name each
/// weight's feature as the code does, read back exactly what the trainer writes, and say what is
/// wrong when it is damaged.
@Suite struct VerifierWeightsFileTests {
    @Test func theCompiledInFileNamesTheCodesFeaturesAndItsProvenance() throws {
        let contents = try JSONDecoder().decode(VerifierWeightsFile.Contents.self, from: Data(PackageResources.verifier_weights_json))
        #expect(contents.sentence.features.map(\.name) == AbstractVerifier.sentenceFeatureNames)
        #expect(contents.label.features.map(\.name) == AbstractVerifier.pairFeatureNames)
        #expect(contents.label.classes == AbstractLabel.modelOrder.map(\.rawValue))
        let provenance = contents.provenance.joined(separator: "\n")
        for needed in ["factcheck-bench train-scorer", "Data: ", "Trained: "] {
            #expect(provenance.contains(needed), "the provenance should record \(needed)")
        }
    }

    @Test func whatTheTrainerWritesReadsBackExactly() throws {
        let text = VerifierWeightsFile.text(.trained, provenance: ["made by a test, \"quoted\""])
        let read = try VerifierWeightsFile.parse(Array(text.utf8), file: "test.json")
        #expect(read == VerifierWeights.trained)
        // The committed file is what the trainer writes, apart from its provenance.
        let committed = String(decoding: PackageResources.verifier_weights_json, as: UTF8.self)
        func numbers(_ text: String) -> Substring { text[text.range(of: "\"featureVersion\"")!.lowerBound...] }
        #expect(numbers(text) == numbers(committed))
    }

    @Test func aDamagedFileSaysWhichAndWhy() {
        func problem(_ text: String) -> String {
            do {
                _ = try VerifierWeightsFile.parse(Array(text.utf8), file: "weights.json")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        let good = VerifierWeightsFile.text(.trained, provenance: [])
        #expect(problem(good) == "no error")
        #expect(problem(String(good.prefix(good.count / 2))).hasPrefix("weights.json: not a verifier weights file"))
        #expect(problem(good.replacingOccurrences(of: "\"bias\": [", with: "\"bias\": [1.0, ")).hasPrefix("weights.json: sentence: every feature needs one weight per class"))
        #expect(problem(good.replacingOccurrences(of: "\"labelBias\": [", with: "\"labelBias\": [0.5, ")).contains("labelBias"))
        #expect(problem("").contains("factcheck-bench train-scorer"), "the message says how to fix it")
    }
}
