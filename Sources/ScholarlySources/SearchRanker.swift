import Foundation

/// Orders the papers a literature search returned: a linear score over their
/// ``SearchRankingFeatures``, learned from SciFact's tune claims (`factcheck-bench
/// train-search-ranker`, a listwise logistic objective: the cited paper's share of the claim's
/// softmax), in place of the hand-weighted sum of fusion and ``SearchRelevance`` it replaces.
///
/// The weights are data, `Resources/search-ranker-weights.tsv`, compiled into the binary
/// (`.embedInCode`, as the other weights); the bench reads another file to cross-fit.
public struct SearchRanker: Sendable, Hashable {
    /// In the order of ``SearchRankingFeatures/names``.
    public let weights: [Double]

    public static let path = "Sources/ScholarlySources/Resources/search-ranker-weights.tsv"

    /// The shipped model. The table is part of the program: a damaged one is a broken build, and
    /// stops the program naming the file.
    public static let shared: SearchRanker = {
        do {
            return try SearchRanker(table: String(decoding: PackageResources.search_ranker_weights_tsv, as: UTF8.self))
        } catch {
            fatalError("\(path): \(error)")
        }
    }()

    public struct TableError: Error, CustomStringConvertible {
        public let description: String
    }

    public init(weights: [Double]) {
        precondition(weights.count == SearchRankingFeatures.names.count)
        self.weights = weights
    }

    /// Reads the table: `#` comments, a `features` line naming the features' version, then one
    /// line per feature: its name and weight. Every feature must have one, and no other.
    public init(table: String) throws {
        var read: [String: Double] = [:]
        var version: Int?
        for (number, line) in table.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            if line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells[0] == "features" {
                version = cells.count == 2 ? Int(cells[1]) : nil
                continue
            }
            guard cells.count == 2, let weight = Double(cells[1]), SearchRankingFeatures.names.contains(cells[0]) else {
                throw TableError(description: "line \(number + 1) is not a feature's name and weight")
            }
            read[cells[0]] = weight
        }
        guard version == SearchRankingFeatures.version else {
            throw TableError(description: "trained on features version \(version.map(String.init) ?? "?"), the code has \(SearchRankingFeatures.version): retrain with train-search-ranker")
        }
        let missing = SearchRankingFeatures.names.filter { read[$0] == nil }
        guard missing.isEmpty else { throw TableError(description: "no weight for \(missing.joined(separator: ", "))") }
        self.init(weights: SearchRankingFeatures.names.map { read[$0]! })
    }

    /// The table `init(table:)` reads, with `comments` as its `#` lines.
    public func table(comments: [String]) -> String {
        var lines = comments.map { "# " + $0 }
        lines.append("features\t\(SearchRankingFeatures.version)")
        for (name, weight) in zip(SearchRankingFeatures.names, weights) { lines.append("\(name)\t\(String(format: "%.4f", weight))") }
        return lines.joined(separator: "\n") + "\n"
    }

    public func score(_ features: SearchRankingFeatures) -> Double {
        zip(weights, features.values).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
