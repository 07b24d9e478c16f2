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
        /// Absent: no short-evidence model, the abstract label model reads every source.
        var shortEvidence: ShortEvidence?
    }

    /// ``ShortEvidenceModel``: a label model of the same shape as `label`, on the same pair features.
    struct ShortEvidence: Codable {
        var maximumSentences: Int
        var labelBias: [Double]
        var label: Model
        var labelStumps: Stumps?
    }

    /// The weights in `bytes`, or what is wrong with them.
    public static func parse(_ bytes: [UInt8], file: String = path) throws -> VerifierWeights {
        let contents: Contents
        do {
            contents = try JSONDecoder().decode(Contents.self, from: Data(bytes))
        } catch {
            throw Damaged(file: file, problem: "not a verifier weights file (\(decodingProblem(error, bytes)))")
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
        // The abstract models first: their problems are reported before the short model's.
        let sentence = try linear(contents.sentence, "sentence")
        let label = try linear(contents.label, "label")
        func at(_ path: [PathStep]) -> String {
            offset(of: path, in: bytes).map { "\(name(path)) (line \(line(at: $0, in: bytes)))" } ?? name(path)
        }
        /// The stumps at `path` for a label model `label`, each checked on its own and named, so a
        /// damaged one is found without reading them all.
        func boosted(_ read: Stumps?, label: Model, path: [PathStep]) throws -> BoostedStumps? {
            guard let read else { return nil }
            let classes = label.classes
            let features = label.features
            guard read.initial.count == classes.count else {
                throw Damaged(
                    file: file,
                    problem: "\(at(path + [.key("initial")])): \(read.initial.count) scores, the label has \(classes.count) classes")
            }
            for (position, stump) in read.stumps.enumerated() {
                let problem: String? =
                    if !classes.contains(stump.class) {
                        "class \"\(stump.class)\" is not one of the label's (\(classes.joined(separator: ", ")))"
                    } else if stump.index < 0 || stump.index >= features.count {
                        "index \(stump.index) is past the \(features.count) pair features"
                    } else if stump.feature != features[stump.index].name {
                        "feature \"\(stump.feature)\" is not the name of pair feature \(stump.index) (\"\(features[stump.index].name)\")"
                    } else {
                        nil
                    }
                if let problem {
                    throw Damaged(file: file, problem: "\(at(path + [.key("stumps"), .index(position)])): \(problem)")
                }
            }
            return BoostedStumps(initial: read.initial, stumps: read.stumps.map {
                BoostedStumps.Stump(
                    classIndex: classes.firstIndex(of: $0.class)!, feature: $0.index, threshold: $0.threshold,
                    below: $0.below, above: $0.above)
            })
        }
        let stumps = try boosted(contents.labelStumps, label: contents.label, path: [.key("labelStumps")])
        var short: ShortEvidenceModel?
        if let read = contents.shortEvidence {
            guard read.labelBias.count == read.label.classes.count, read.maximumSentences >= 1,
                  read.label.features.count == contents.label.features.count else {
                throw Damaged(
                    file: file,
                    problem: "shortEvidence: labelBias needs one offset per label class, maximumSentences at least 1, "
                        + "and the label model the abstract label model's features")
            }
            short = ShortEvidenceModel(
                maximumSentences: read.maximumSentences, label: try linear(read.label, "shortEvidence.label"),
                labelStumps: try boosted(read.labelStumps, label: read.label, path: [.key("shortEvidence"), .key("labelStumps")]),
                labelBias: read.labelBias)
        }
        return VerifierWeights(
            featureVersion: contents.featureVersion, sentence: sentence,
            label: label, evidenceThreshold: contents.evidenceThreshold,
            evidenceRelative: contents.evidenceRelative, maximumEvidence: contents.maximumEvidence,
            labelBias: contents.labelBias, labelStumps: stumps, shortEvidence: short)
    }

    /// The file's text. Numbers are written exactly: Swift's shortest text that reads back as the
    /// same Double (``Double/description``), so the product loads, bit for bit, the models the
    /// trainer measured (six decimals moved session 15's trees' thresholds and leaves; Scorer
    /// README, "Session 16").
    public static func text(_ weights: VerifierWeights, provenance: [String]) -> String {
        func number(_ value: Double) -> String {
            precondition(value.isFinite, "a weight that is not a number")
            return value.description
        }
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
                precondition(stump.classIndex >= 0 && stump.classIndex < classes.count, "a stump on label class \(stump.classIndex)")
                let name = stump.feature < names.count ? names[stump.feature] : "feature \(stump.feature + 1)"
                let comma = position == stumps.stumps.count - 1 ? "" : ","
                lines.append(
                    "    {\"class\": \(string(classes[stump.classIndex])), \"feature\": \(string(name)), "
                        + "\"index\": \(stump.feature), \"threshold\": \(number(stump.threshold)), \"below\": \(number(stump.below)), "
                        + "\"above\": \(number(stump.above))}\(comma)")
            }
            lines += ["  ]", "}"]
            return lines.joined(separator: "\n  ")
        }
        let stumpsPart = weights.labelStumps.map { ",\n  \"labelStumps\": " + stumps($0) } ?? ""
        let labelClasses = AbstractLabel.modelOrder.map(\.rawValue)
        let pairNames = AbstractVerifier.pairFeatureNames
        // Nested one level deeper: the parts written above indent their own lines by two.
        func indented(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\n  ") }
        let shortPart = weights.shortEvidence.map { short in
            ",\n  \"shortEvidence\": {\n    \"maximumSentences\": \(short.maximumSentences),\n    \"labelBias\": \(list(short.labelBias)),\n"
                + "    \"label\": \(indented(model(short.label, classes: labelClasses, names: pairNames)))"
                + (short.labelStumps.map { ",\n    \"labelStumps\": " + indented(stumps($0)) } ?? "") + "\n  }"
        } ?? ""
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
              "label": \(model(weights.label, classes: AbstractLabel.modelOrder.map(\.rawValue), names: AbstractVerifier.pairFeatureNames))\(stumpsPart)\(shortPart)
            }

            """
    }

    /// One step of a path into the JSON: an object's key or an array's position.
    enum PathStep: Equatable {
        case key(String)
        case index(Int)
    }

    /// What the decoder found wrong, with the line it is on: JSONDecoder names no position for text
    /// that is not JSON, and only a coding path for the wrong shape, so the line is found here.
    static func decodingProblem(_ error: any Error, _ bytes: [UInt8]) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let found): context = found
        case .typeMismatch(_, let found): context = found
        case .valueNotFound(_, let found): context = found
        case .keyNotFound(let key, let found):
            let path = name(steps(found.codingPath))
            let place = offset(of: steps(found.codingPath), in: bytes).map { " (line \(line(at: $0, in: bytes)))" } ?? ""
            return "\(path.isEmpty ? "the top level" : path)\(place): no \"\(key.stringValue)\""
        @unknown default: return "\(error)"
        }
        if context.codingPath.isEmpty {
            // Not JSON at all: JSONSerialization says where ("around character N"), a byte offset here.
            do {
                _ = try JSONSerialization.jsonObject(with: Data(bytes))
            } catch {
                let said = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
                if let range = said.range(of: #"character (\d+)"#, options: .regularExpression),
                   let index = Int(said[range].dropFirst("character ".count)) {
                    return "not valid JSON at line \(line(at: index, in: bytes)): \(said)"
                }
                return "not valid JSON at line \(line(at: bytes.count, in: bytes)): \(said)"
            }
            return context.debugDescription
        }
        let path = name(steps(context.codingPath))
        let place = offset(of: steps(context.codingPath), in: bytes).map { " (line \(line(at: $0, in: bytes)))" } ?? ""
        return "\(path)\(place): \(context.debugDescription)"
    }

    /// A path as a reader writes it: `labelStumps.stumps[12].index`.
    static func name(_ path: [PathStep]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    static func steps(_ codingPath: [any CodingKey]) -> [PathStep] {
        codingPath.map { $0.intValue.map(PathStep.index) ?? .key($0.stringValue) }
    }

    /// The 1-based line of byte `offset`.
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(max(offset, 0), bytes.count)].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// Where the value at `path` starts in the JSON `bytes`, or nil when the path is not there (or
    /// the text is not JSON up to it). A small scanner: keys are compared as written, unescaped.
    static func offset(of path: [PathStep], in bytes: [UInt8]) -> Int? {
        var i = 0
        func space() { while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 } }
        func skipString() {   // at the opening quote
            i += 1
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            i += 1
        }
        func skipValue() {
            guard i < bytes.count else { return }
            switch bytes[i] {
            case UInt8(ascii: "\""): skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                repeat {
                    switch bytes[i] {
                    case UInt8(ascii: "\""): skipString(); continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                    default: break
                    }
                    i += 1
                } while depth > 0 && i < bytes.count
            default:
                while i < bytes.count, !",]} \n\r\t".utf8.contains(bytes[i]) { i += 1 }
            }
        }
        space()
        for step in path {
            guard i < bytes.count else { return nil }
            switch step {
            case .key(let key):
                guard bytes[i] == UInt8(ascii: "{") else { return nil }
                i += 1
                while true {
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
                    let start = i + 1
                    skipString()
                    let name = String(decoding: bytes[start..<max(start, i - 1)], as: UTF8.self)
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    space()
                    if name == key { break }
                    skipValue()
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
                    i += 1
                }
            case .index(let index):
                guard bytes[i] == UInt8(ascii: "[") else { return nil }
                i += 1
                space()
                for _ in 0..<index {
                    skipValue()
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
                    i += 1
                    space()
                }
                guard i < bytes.count, bytes[i] != UInt8(ascii: "]") else { return nil }
            }
        }
        return i < bytes.count ? i : nil
    }
}
