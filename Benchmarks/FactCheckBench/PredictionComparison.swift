/// What changed between two runs of the verifier on the same pairs: each run's label figures, the
/// pairs one run got right and the other wrong, whether that split could be chance
/// (``McNemarTest``), and which labels the changed predictions moved between.
///
/// A pooled macro-F1 that moves by 0.003 can hide a hundred changed predictions that mostly cancel;
/// the agreement counts show how many moved, and the per-round p-values whether the winners
/// outnumber the losers by more than a coin would.
struct PredictionComparison {
    /// Right / wrong agreement of the two runs on some set of items.
    struct Agreement: Equatable {
        var onlyBefore = 0
        var onlyAfter = 0
        var both = 0
        var neither = 0

        var test: McNemarTest { McNemarTest(onlyFirst: onlyBefore, onlySecond: onlyAfter) }

        mutating func add(_ item: PairedPredictions.Item) {
            switch (item.before == item.gold, item.after == item.gold) {
            case (true, false): onlyBefore += 1
            case (false, true): onlyAfter += 1
            case (true, true): both += 1
            case (false, false): neither += 1
            }
        }
    }

    /// Each run's label figures, pooled over the rounds (as `verify` pools them).
    var before = PairLabelMetrics()
    var after = PairLabelMetrics()
    /// Per round, in ``rounds`` order, and pooled.
    var rounds: [Int] = []
    var perRound: [Agreement] = []
    var pooled = Agreement()
    /// Changed predictions: `moves[gold][from][to]`, indexes in ``VerifyMetrics/labels`` order;
    /// the `from == to` cells stay 0 (an unchanged prediction is no move).
    var moves = Array(repeating: Array(repeating: Array(repeating: 0, count: 3), count: 3), count: 3)

    init(_ paired: PairedPredictions) {
        rounds = paired.rounds
        perRound = Array(repeating: Agreement(), count: rounds.count)
        let labels = VerifyMetrics.labels
        for item in paired.items {
            before.add(gold: item.gold, predicted: item.before)
            after.add(gold: item.gold, predicted: item.after)
            perRound[rounds.firstIndex(of: item.round)!].add(item)
            pooled.add(item)
            if item.before != item.after, let g = labels.firstIndex(of: item.gold),
               let from = labels.firstIndex(of: item.before), let to = labels.firstIndex(of: item.after)
            {
                moves[g][from][to] += 1
            }
        }
    }

    /// Predictions that differ between the runs (right or wrong).
    var changed: Int { moves.joined().joined().reduce(0, +) }
}
