import FactCheckModel

/// Four-class figures for claim strength: per-class precision, recall and F1, their macro average,
/// accuracy, and the confusion matrix (rows gold, columns predicted).
struct ClaimStrengthMetrics {
    private(set) var confusion = Array(repeating: Array(repeating: 0, count: ClaimStrength.allCases.count), count: ClaimStrength.allCases.count)

    init(gold: [ClaimStrength], predicted: [ClaimStrength]) {
        for (truth, guess) in zip(gold, predicted) { confusion[truth.rank][guess.rank] += 1 }
    }

    var total: Int { confusion.joined().reduce(0, +) }
    var accuracy: Double {
        total == 0 ? 0 : Double(ClaimStrength.allCases.indices.map { confusion[$0][$0] }.reduce(0, +)) / Double(total)
    }

    func counts(_ strength: ClaimStrength) -> PrecisionRecall {
        let row = strength.rank
        let hits = confusion[row][row]
        let predicted = confusion.map { $0[row] }.reduce(0, +)
        let gold = confusion[row].reduce(0, +)
        return PrecisionRecall(truePositives: hits, falsePositives: predicted - hits, falseNegatives: gold - hits)
    }

    var macroF1: Double { ClaimStrength.allCases.map { counts($0).f1 }.reduce(0, +) / Double(ClaimStrength.allCases.count) }

    /// Per-class table, then the confusion matrix.
    var rendered: String {
        var table = ResultTable("class", "gold", "precision", "recall", "F1")
        for strength in ClaimStrength.allCases {
            let counts = counts(strength)
            table.add(
                strength.rawValue, String(counts.truePositives + counts.falseNegatives), decimal(counts.precision),
                decimal(counts.recall), decimal(counts.f1))
        }
        table.add("macro", String(total), "", "", decimal(macroF1))
        var matrix = ResultTable("gold \\ predicted")
        matrix.header += ClaimStrength.allCases.map(\.rawValue)
        for strength in ClaimStrength.allCases {
            matrix.rows.append([strength.rawValue] + confusion[strength.rank].map(String.init))
        }
        return table.rendered + "accuracy \(decimal(accuracy))\n\n" + matrix.rendered
    }
}
