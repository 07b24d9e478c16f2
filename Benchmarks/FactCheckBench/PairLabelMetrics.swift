/// Label figures for claim–evidence pair sets: the confusion matrix, and from it per-label F1,
/// macro-F1, accuracy, and how often a pair the gold says is decided (SUPPORT or CONTRADICT) was
/// answered NEI, the product's characteristic failure.
///
/// Macro-F1 averages the labels that occur in the gold only: FEVER's pairs have no NEI, and a label
/// no pair has would add an F1 of 0 for every NEI answer, however right the rest.
struct PairLabelMetrics {
    static let labels = VerifyMetrics.labels

    /// `confusion[gold][predicted]`, both in ``labels`` order.
    var confusion = Array(repeating: Array(repeating: 0, count: 3), count: 3)

    mutating func add(gold: String, predicted: String) {
        guard let g = Self.labels.firstIndex(of: gold), let p = Self.labels.firstIndex(of: predicted) else { return }
        confusion[g][p] += 1
    }

    var pairs: Int { confusion.joined().reduce(0, +) }

    func counts(_ label: String) -> PrecisionRecall {
        let i = Self.labels.firstIndex(of: label)!
        let truePositives = confusion[i][i]
        let predicted = confusion.map { $0[i] }.reduce(0, +)
        let gold = confusion[i].reduce(0, +)
        return PrecisionRecall(
            truePositives: truePositives, falsePositives: predicted - truePositives, falseNegatives: gold - truePositives)
    }

    /// Labels at least one gold pair has.
    var goldLabels: [String] { Self.labels.indices.filter { confusion[$0].reduce(0, +) > 0 }.map { Self.labels[$0] } }

    var macroF1: Double {
        let present = goldLabels
        return present.isEmpty ? 0 : present.map { counts($0).f1 }.reduce(0, +) / Double(present.count)
    }

    var accuracy: Double { pairs == 0 ? 0 : Double((0..<3).map { confusion[$0][$0] }.reduce(0, +)) / Double(pairs) }

    /// Of the gold SUPPORT and CONTRADICT pairs, the share answered NEI.
    var decidedAnsweredNEI: Double {
        let decided = confusion[0].reduce(0, +) + confusion[1].reduce(0, +)
        return decided == 0 ? 0 : Double(confusion[0][2] + confusion[1][2]) / Double(decided)
    }
}
