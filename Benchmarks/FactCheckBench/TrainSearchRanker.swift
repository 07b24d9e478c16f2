import ArgumentParser
import Foundation
import ScholarlySources

/// `factcheck-bench train-search-ranker FEATURES… [--output FILE]`: fits the literature search's
/// learned ranker (``SearchRanker``) on the papers `retrieve --features` wrote, and writes its
/// weights file, which the next build compiles in.
///
/// The objective is listwise: for each claim, the softmax of the papers' scores over the papers its
/// search returned, and the loss the log of the share its cited papers get (a claim whose cited
/// paper was not returned teaches nothing and is left out). Only the order within a claim counts,
/// so there is no bias. The features are standardised while fitting (so one step size suits all)
/// and the weights written back on the features' own scale. Plain full-batch gradient descent from
/// zero, a fixed number of steps, L2 on the standardised weights: the same file in gives the same
/// weights out, byte for byte.
///
/// `--evaluate FILE` ranks another dump (the other half of tune, for cross-fitting) with the
/// weights just fitted: recall@1 and @3 among that file's claims that returned any paper.
struct TrainSearchRanker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-search-ranker",
        abstract: "Train the literature search's ranker on `retrieve --features` dumps and write its weights file.")

    @Argument(help: "Feature dumps of `retrieve --features` (tune claims only).") var features: [String]
    @Option(help: "Where to write the weights file (run from the package root; rebuild to use it).") var output = SearchRanker.path
    @Option(help: "L2 strength on the standardised weights.") var lambda = 0.01
    @Option(help: "Gradient steps.") var steps = 5000
    @Option(help: "Step size (0.5 diverged on a page of 20: rare binary features standardise to large values).") var rate = 0.1
    @Option(help: "A dump to rank with the fitted weights (the other half, for cross-fitting).") var evaluate: String?
    @Flag(help: "Print the figures only; write no weights file.") var dryRun = false
    @Flag(help: "Start from the hand-weighted order and pull toward it (L2 around it), not toward zero.") var priorHand = false

    /// The hand-weighted order as weights: fusion, study-type lift / (k + 1), whole paper and best
    /// sentence (relevance weight 1).
    static let handWeighted = SearchRankingFeatures.names.map { name -> Double in
        switch name {
        case "fusion", "whole", "best": 1
        case "studyType": 1.0 / 3
        default: 0
        }
    }

    /// One claim's returned papers: their features and whether the claim cites each.
    struct Claim {
        var rows: [[Double]]
        var cited: [Bool]
    }

    func run() throws {
        let claims = try features.flatMap(Self.read)
        let usable = claims.filter { $0.cited.contains(true) && $0.cited.contains(false) }
        let weights = Self.fit(usable, lambda: lambda, steps: steps, rate: rate, prior: priorHand ? Self.handWeighted : nil)
        let ranker = SearchRanker(weights: weights)
        print("\(claims.count) claims, \(usable.count) with a cited paper among others returned; L2 \(lambda), \(steps) steps of \(rate)")
        var table = ResultTable("claims", "recall@1", "recall@3", "of claims")
        let inSample = Self.recall(claims, ranker)
        table.add("training (in-sample, not a figure to trust)", decimal(inSample.0), decimal(inSample.1), "\(claims.count)")
        if let evaluate {
            let other = try Self.read(evaluate)
            let figures = Self.recall(other, ranker)
            table.add("--evaluate \(evaluate)", decimal(figures.0), decimal(figures.1), "\(other.count)")
        }
        print(table.rendered, terminator: "")
        for (name, weight) in zip(SearchRankingFeatures.names, weights) { print("  \(name)\t\(decimal(weight, places: 4))") }
        guard !dryRun else { return }
        let text = ranker.table(comments: [
            "Literature search ranker: listwise logistic weights over SearchRankingFeatures (Sources/ScholarlySources).",
            "Written by: factcheck-bench train-search-ranker (Benchmarks/FactCheckBench/TrainSearchRanker.swift); do not edit by hand.",
            "Data: retrieve --features dumps of SciFact tune claims (\(claims.count) claims, \(usable.count) with a cited paper among others returned): \(features.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")).",
            "Trained: \(todayUTC()). L2 \(lambda)\(priorHand ? " around the hand-weighted order" : ""), \(steps) steps of gradient descent at \(rate), standardised features.",
        ])
        _ = try SearchRanker(table: text)
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        print("wrote \(weights.count) weights to \(output)")
    }

    /// Claims in the order of the file, each with its papers in the order the search returned them.
    static func read(_ path: String) throws -> [Claim] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        guard let header = lines.first?.split(separator: "\t").map(String.init),
              header == ["claim", "cited"] + SearchRankingFeatures.names
        else { throw ValidationError("\(path): not a dump of this version's features (retrieve --features)") }
        var claims: [Claim] = []
        var last: Substring?
        for line in lines.dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            let values = cells.dropFirst(2).compactMap { Double($0) }
            guard values.count == SearchRankingFeatures.names.count else { throw ValidationError("\(path): a short line") }
            if cells[0] != last { claims.append(Claim(rows: [], cited: [])) }
            last = cells[0]
            claims[claims.count - 1].rows.append(values)
            claims[claims.count - 1].cited.append(cells[1] == "1")
        }
        return claims
    }

    /// The listwise fit, on standardised features; weights returned on the raw scale.
    static func fit(_ claims: [Claim], lambda: Double, steps: Int, rate: Double, prior: [Double]? = nil) -> [Double] {
        let width = SearchRankingFeatures.names.count
        let rows = claims.flatMap(\.rows)
        guard !rows.isEmpty else { return [Double](repeating: 0, count: width) }
        let count = Double(rows.count)
        let means = (0..<width).map { j in rows.reduce(0) { $0 + $1[j] } / count }
        let scales = (0..<width).map { j in
            let variance = rows.reduce(0) { $0 + ($1[j] - means[j]) * ($1[j] - means[j]) } / count
            return variance > 1e-12 ? variance.squareRoot() : 1
        }
        let standardised = claims.map { claim in claim.rows.map { row in (0..<width).map { (row[$0] - means[$0]) / scales[$0] } } }
        let centre = (0..<width).map { (prior?[$0] ?? 0) * scales[$0] }
        var w = centre
        for _ in 0..<steps {
            var gradient = (0..<width).map { lambda * (w[$0] - centre[$0]) }
            for (claim, rows) in zip(claims, standardised) {
                let scores = rows.map { row in zip(w, row).reduce(0) { $0 + $1.0 * $1.1 } }
                let top = scores.max()!
                let exps = scores.map { exp($0 - top) }
                let all = exps.reduce(0, +)
                let cited = zip(exps, claim.cited).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                // d/dw [log Σ_all e^s − log Σ_cited e^s] = E_all[x] − E_cited[x]
                for (index, row) in rows.enumerated() {
                    let share = exps[index] / all - (claim.cited[index] ? exps[index] / cited : 0)
                    for j in 0..<width { gradient[j] += share * row[j] / Double(claims.count) }
                }
            }
            for j in 0..<width { w[j] -= rate * gradient[j] }
        }
        return (0..<width).map { w[$0] / scales[$0] }
    }

    /// Recall@1 and @3 of the ranker's order among the claims given (ties: the search's order).
    static func recall(_ claims: [Claim], _ ranker: SearchRanker) -> (Double, Double) {
        guard !claims.isEmpty else { return (0, 0) }
        var hits1 = 0, hits3 = 0
        for claim in claims {
            let scores = claim.rows.map { ranker.score(SearchRankingFeatures(values: $0)) }
            let order = scores.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
            if claim.cited[order[0]] { hits1 += 1 }
            if order.prefix(3).contains(where: { claim.cited[$0] }) { hits3 += 1 }
        }
        return (Double(hits1) / Double(claims.count), Double(hits3) / Double(claims.count))
    }
}
