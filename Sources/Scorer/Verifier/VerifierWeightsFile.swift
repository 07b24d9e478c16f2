import Foundation

/// The verifier's learned numbers as a data file, `Resources/verifier-weights.json`: the trainer
/// (`factcheck-bench train-scorer`) writes it with ``text(_:provenance:)`` and ``VerifierWeights/trained``
/// reads it with ``parse(_:file:)``, so the format has one home.
///
/// Embedded in the binary at build time (`.embedInCode` in Package.swift) rather than found at run
/// time with `Bundle.module`, which on Linux falls back to the absolute build folder: a copied
/// `factcheck` would work only while that folder exists.
///
/// JSON, one feature a line with its name, the training set's mean and spread, and its weight per
/// class, so a retrain is a readable diff and a reader sees what each weight belongs to. The names
/// are for people: loading takes the features in file order, and a test holds them to the code's list.
public enum VerifierWeightsFile {
    /// Where the file lives in the repository: the trainer's default output and the name in errors.
    public static let path = "Sources/Scorer/Resources/verifier-weights.json"

    /// A weights file that cannot be read, and why.
    public struct Damaged: Error, CustomStringConvertible {
        public var file: String
        public var problem: String
        public var description: String {
            "\(file): \(problem); restore it from git or retrain with `factcheck-bench train-scorer`"
        }
    }

    struct Feature: Codable {
        var name: String
        var mean: Double
        var scale: Double
        /// One per class of the model.
        var weights: [Double]
    }

    struct Model: Codable {
        var classes: [String]
        var bias: [Double]
        var features: [Feature]
    }

    /// One stump of ``BoostedStumps``: the feature by name and position (a test holds the name to
    /// the code's list), the class by name.
    struct Stump: Codable {
        var `class`: String
        var feature: String
        var index: Int
        var threshold: Double
        var below: Double
        var above: Double
    }

    struct Stumps: Codable {
        var initial: [Double]
        var stumps: [Stump]
    }

    struct Contents: Codable {
        /// How the numbers were made: command, data, date, cross-fitted figures.
        var provenance: [String]
        var featureVersion: Int
        var evidenceThreshold: Double
        var evidenceRelative: Double
        var maximumEvidence: Int
        var labelBias: [Double]
        var sentence: Model
        var label: Model
        /// Absent in files written before the stumps: the logistic layer alone.
        var labelStumps: Stumps?
    }

    /// The weights in `bytes`, or what is wrong with them.
    public static func parse(_ bytes: [UInt8], file: String = path) throws -> VerifierWeights {
        let contents: Contents
        do {
            contents = try JSONDecoder().decode(Contents.self, from: Data(bytes))
        } catch {
            throw Damaged(file: file, problem: "not a verifier weights file (\(error))")
        }
        func linear(_ model: Model, _ part: String) throws -> LinearModel {
            guard !model.classes.isEmpty, model.bias.count == model.classes.count,
                  model.features.allSatisfy({ $0.weights.count == model.classes.count }) else {
                throw Damaged(file: file, problem: "\(part): every feature needs one weight per class (\(model.classes.count))")
            }
            return LinearModel(
                means: model.features.map(\.mean), scales: model.features.map(\.scale),
                rows: model.classes.indices.map { row in [model.bias[row]] + model.features.map { $0.weights[row] } })
        }
        guard contents.labelBias.count == contents.label.classes.count, contents.maximumEvidence >= 1 else {
            throw Damaged(file: file, problem: "labelBias needs one offset per label class, maximumEvidence at least 1")
        }
        var stumps: BoostedStumps?
        if let read = contents.labelStumps {
            let classes = contents.label.classes
            guard read.initial.count == classes.count,
                  read.stumps.allSatisfy({ classes.contains($0.class) && $0.index >= 0 && $0.index < contents.label.features.count })
            else {
                throw Damaged(file: file, problem: "labelStumps: one initial score per label class, stumps on the label's classes and features")
            }
            stumps = BoostedStumps(initial: read.initial, stumps: read.stumps.map {
                BoostedStumps.Stump(
                    classIndex: classes.firstIndex(of: $0.class)!, feature: $0.index, threshold: $0.threshold,
                    below: $0.below, above: $0.above)
            })
        }
        return VerifierWeights(
            featureVersion: contents.featureVersion, sentence: try linear(contents.sentence, "sentence"),
            label: try linear(contents.label, "label"), evidenceThreshold: contents.evidenceThreshold,
            evidenceRelative: contents.evidenceRelative, maximumEvidence: contents.maximumEvidence,
            labelBias: contents.labelBias, labelStumps: stumps)
    }

    /// The file's text. Numbers have six decimals, as many as the weights are kept with.
    public static func text(_ weights: VerifierWeights, provenance: [String]) -> String {
        func number(_ value: Double) -> String { String(format: "%.6f", value) }
        func list(_ values: [Double]) -> String { "[" + values.map(number).joined(separator: ", ") + "]" }
        func string(_ value: String) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            return String(decoding: (try? encoder.encode(value)) ?? Data("\"\"".utf8), as: UTF8.self)
        }
        func model(_ model: LinearModel, classes: [String], names: [String]) -> String {
            var lines = [
                "{",
                "  \"classes\": [\(classes.map(string).joined(separator: ", "))],",
                "  \"bias\": \(list(model.rows.map { $0[0] })),",
                "  \"features\": [",
            ]
            // One line per weight the model has; a name the code no longer has (weights older
            // than the feature list) is written by position, for a test to catch.
            for index in model.means.indices {
                let name = index < names.count ? names[index] : "feature \(index + 1)"
                let comma = index == model.means.count - 1 ? "" : ","
                lines.append(
                    "    {\"name\": \(string(name)), \"mean\": \(number(model.means[index])), \"scale\": \(number(model.scales[index])), "
                        + "\"weights\": \(list(model.rows.map { $0[index + 1] }))}\(comma)")
            }
            lines += ["  ]", "}"]
            return lines.joined(separator: "\n  ")
        }
        func stumps(_ stumps: BoostedStumps) -> String {
            let classes = AbstractLabel.modelOrder.map(\.rawValue)
            let names = AbstractVerifier.pairFeatureNames
            var lines = ["{", "  \"initial\": \(list(stumps.initial)),", "  \"stumps\": ["]
            for (position, stump) in stumps.stumps.enumerated() {
                let name = stump.feature < names.count ? names[stump.feature] : "feature \(stump.feature + 1)"
                let comma = position == stumps.stumps.count - 1 ? "" : ","
                lines.append(
                    "    {\"class\": \(string(classes[min(stump.classIndex, classes.count - 1)])), \"feature\": \(string(name)), "
                        + "\"index\": \(stump.feature), \"threshold\": \(number(stump.threshold)), \"below\": \(number(stump.below)), "
                        + "\"above\": \(number(stump.above))}\(comma)")
            }
            lines += ["  ]", "}"]
            return lines.joined(separator: "\n  ")
        }
        let stumpsPart = weights.labelStumps.map { ",\n  \"labelStumps\": " + stumps($0) } ?? ""
        return """
            {
              "provenance": [
            \(provenance.map { "    " + string($0) }.joined(separator: ",\n"))
              ],
              "featureVersion": \(weights.featureVersion),
              "evidenceThreshold": \(number(weights.evidenceThreshold)),
              "evidenceRelative": \(number(weights.evidenceRelative)),
              "maximumEvidence": \(weights.maximumEvidence),
              "labelBias": \(list(weights.labelBias)),
              "sentence": \(model(weights.sentence, classes: ["rationale"], names: AbstractVerifier.sentenceFeatureNames)),
              "label": \(model(weights.label, classes: AbstractLabel.modelOrder.map(\.rawValue), names: AbstractVerifier.pairFeatureNames))\(stumpsPart)
            }

            """
    }
}
