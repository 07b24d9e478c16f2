import FactCheckModel
import Foundation

/// Tells how strong a relation one sentence states (``ClaimStrength``): one-vs-rest logistic
/// regression over ``StrengthFeatures``, the class with the highest score wins.
///
/// The weights are learned (`factcheck-bench train-claim-strength`) and kept in a small text table,
/// `Resources/claim-strength-weights.tsv`, compiled into the binary and read once per process: a table an
/// engineer can read and diff, instead of thousands of numbers in a Swift literal. A sentence costs
/// a few dictionary lookups per word.
package struct ClaimStrengthClassifier: Sendable {
    /// Feature name → one weight per class, in ``ClaimStrength/allCases`` order.
    let weights: [String: [Double]]
    /// The feature families the weights were trained with.
    package let wordPairs: Bool
    package let cues: Bool
    /// The settings line of the table (regularisation, counts, epochs), for the benchmark to retrain alike.
    package let settings: [String: String]
    /// ``StrengthFeatures/fingerprint`` as it was when the table was trained (its `fingerprint`
    /// line), nil for a table without one.
    package private(set) var trainedFingerprint: String?

    /// The shipped model, read on first use from the table compiled into the binary (`.embedInCode`,
    /// as the other weights: a `Bundle.module` lookup on Linux falls back to the absolute build
    /// folder, so a copied binary would lose it). The table is part of the program: a damaged one is
    /// a broken build, and stops the program naming the file.
    package static let shared: ClaimStrengthClassifier = {
        do {
            return try ClaimStrengthClassifier(table: String(decoding: PackageResources.claim_strength_weights_tsv, as: UTF8.self))
        } catch {
            fatalError("Sources/Scorer/Resources/claim-strength-weights.tsv: \(error)")
        }
    }()

    package struct TableError: Error, CustomStringConvertible {
        package let description: String
    }

    package init(weights: [String: [Double]], settings: [String: String]) {
        self.weights = weights
        self.settings = settings
        wordPairs = settings["word-pairs"] != "no"
        cues = settings["cues"] != "no"
    }

    /// Reads the table: `#` comments, a `settings` line of `key=value` cells, a `features` line
    /// naming the version, an optional `fingerprint` line (``trainedFingerprint``), then one line
    /// per feature: its name and four weights.
    package init(table: String) throws {
        var weights: [String: [Double]] = [:]
        var settings: [String: String] = [:]
        var version: Int?
        var fingerprint: String?
        for (number, line) in table.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            if line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch cells[0] {
            case "settings":
                for cell in cells.dropFirst() {
                    let parts = cell.split(separator: "=", maxSplits: 1).map(String.init)
                    if parts.count == 2 { settings[parts[0]] = parts[1] }
                }
            case "features":
                version = cells.count == 2 ? Int(cells[1]) : nil
            case "fingerprint":
                fingerprint = cells.count == 2 ? cells[1] : nil
            default:
                let values = cells.dropFirst().compactMap(Double.init)
                guard cells.count == ClaimStrength.allCases.count + 1, values.count == ClaimStrength.allCases.count else {
                    throw TableError(description: "line \(number + 1) is not a name and \(ClaimStrength.allCases.count) weights")
                }
                weights[cells[0]] = values
            }
        }
        guard version == StrengthFeatures.version else {
            throw TableError(description: "trained on features version \(version.map(String.init) ?? "?"), the code has \(StrengthFeatures.version): retrain with train-claim-strength")
        }
        guard !weights.isEmpty else { throw TableError(description: "no weights") }
        self.init(weights: weights, settings: settings)
        trainedFingerprint = fingerprint
    }

    package var featureCount: Int { weights.count }

    /// Every feature's weights, sorted by name (for writing the table).
    package var rows: [(name: String, weights: [Double])] {
        weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The strength of one sentence's relation.
    package func strength(of sentence: String) -> ClaimStrength {
        strength(of: StrengthFeatures.names(of: sentence, wordPairs: wordPairs, cues: cues))
    }

    func strength(of text: AnalyzedText) -> ClaimStrength {
        strength(of: StrengthFeatures.names(of: text, wordPairs: wordPairs, cues: cues))
    }

    /// The class with the highest score; ties go to the weaker class (never overstate the source).
    package func strength(of features: [String]) -> ClaimStrength {
        let scores = self.scores(of: features)
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        return ClaimStrength.allCases[best]
    }

    /// One score per class: the sum of the weights of the features present (each counted once).
    package func scores(of features: [String]) -> [Double] {
        var scores = Array(repeating: 0.0, count: ClaimStrength.allCases.count)
        var seen: Set<String> = []
        for name in features where seen.insert(name).inserted {
            guard let row = weights[name] else { continue }
            for index in scores.indices { scores[index] += row[index] }
        }
        return scores
    }
}
