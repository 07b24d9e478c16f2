import Foundation

/// The check-worthiness model's learned numbers as a data file, `Resources/checkworthiness-weights.tsv`:
/// the trainer (`factcheck-bench train-checkworthiness`) writes it and this type reads it, so the
/// format has one home.
///
/// The package embeds the file in the binary at build time (`.embedInCode` in Package.swift) instead
/// of looking it up at run time with `Bundle.module`: on Linux that lookup falls back to the absolute
/// build folder, so a copied `factcheck` works only while that folder exists and then stops with a
/// fatal error. Compiled in, the weights travel with the binary wherever it is run from.
///
/// Format, one entry a line: `#` lines say where the numbers came from (command, data, date,
/// cross-validated F1), then `threshold<TAB>value`, an optional `fingerprint<TAB>hex` (what the
/// features made of the probe sentences when the file was trained, ``CheckworthinessFeatures/fingerprint``,
/// so a test can tell a stale file), then `name<TAB>weight` per feature (names as
/// ``CheckworthinessFeatures`` makes them: `f:`, `w:`, `b:`). Plain text, so a retrain is a readable diff.
public enum CheckworthinessWeightsFile {
    /// Where the file lives in the repository: the trainer's default output and the name in errors.
    public static let path = "Sources/Extractor/Resources/checkworthiness-weights.tsv"

    /// A weights file that cannot be read, with the line and what is wrong with it.
    public struct Damaged: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var problem: String
        public var description: String {
            "\(file)\(line > 0 ? ":\(line)" : ""): \(problem); restore it from git or retrain with `factcheck-bench train-checkworthiness`"
        }
    }

    /// The model in `bytes`, or the first problem found.
    public static func parse(_ bytes: [UInt8], file: String = path) throws -> CheckworthinessModel {
        let table = try table(bytes, file: file)
        return CheckworthinessModel(weights: table.weights, threshold: table.threshold)
    }

    /// The threshold, weights and fingerprint (nil without a `fingerprint` line) in `bytes`, or the
    /// first problem found: the format alone, which the claim gate's weights (``ArticleClaimGate``) share.
    public static func table(_ bytes: [UInt8], file: String) throws -> (weights: [String: Double], threshold: Double, fingerprint: String?) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Damaged(file: file, line: 0, problem: "not valid UTF-8")
        }
        var weights: [String: Double] = [:]
        var threshold: Double?
        var fingerprint: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.first == "fingerprint" {
                guard fingerprint == nil, fields.count == 2, !fields[1].isEmpty, fields[1].allSatisfy(\.isHexDigit) else {
                    throw Damaged(file: file, line: index + 1, problem: "the fingerprint must be given once, in hexadecimal")
                }
                fingerprint = String(fields[1])
                continue
            }
            guard fields.count == 2, !fields[0].isEmpty, let value = Double(fields[1]), value.isFinite else {
                throw Damaged(file: file, line: index + 1, problem: "expected `name<TAB>number`, found \"\(line.prefix(60))\"")
            }
            let name = String(fields[0])
            if name == "threshold" {
                guard threshold == nil, value > 0, value < 1 else {
                    throw Damaged(file: file, line: index + 1, problem: "the threshold must be given once, between 0 and 1")
                }
                threshold = value
            } else {
                guard weights.updateValue(value, forKey: name) == nil else {
                    throw Damaged(file: file, line: index + 1, problem: "\(name) is given twice")
                }
            }
        }
        guard let threshold else { throw Damaged(file: file, line: 0, problem: "no `threshold` line") }
        guard weights["f:bias"] != nil || weights["a:bias"] != nil else { throw Damaged(file: file, line: 0, problem: "no bias weight (truncated?)") }
        return (weights, threshold, fingerprint)
    }

    /// The file's text: `comments` as `#` lines, the threshold, the fingerprint when given, then the
    /// weights in the order given. Names that would break a line (a tab or a line break from odd
    /// training text) are left out.
    public static func text(weights: [(name: String, weight: Double)], threshold: Double, fingerprint: String? = nil, comments: [String]) -> String {
        var text = comments.map { "# " + $0 + "\n" }.joined()
        text += "threshold\t" + String(format: "%.3f", threshold) + "\n"
        if let fingerprint { text += "fingerprint\t" + fingerprint + "\n" }
        for (name, weight) in weights where !name.contains(where: { $0 == "\t" || $0.isNewline }) {
            text += name + "\t" + String(format: "%.4f", weight) + "\n"
        }
        return text
    }
}
