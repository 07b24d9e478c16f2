import ArgumentParser

/// `factcheck-bench verify-compare CLAIMS.jsonl BEFORE.jsonl AFTER.jsonl`: a paired comparison of two
/// `verify --predictions` files of the same claims and rounds, against SciFact's gold labels.
///
/// Two pooled macro-F1s say which run scored higher, not whether the difference is more than the
/// noise of retraining: a change to the verifier's features retrains every fold, and the retrained
/// folds move predictions the change never touched. Pairing the runs pair by pair shows how many
/// predictions moved, in which direction, and an exact McNemar p-value per round (the rounds are
/// separate fold partitions; the pooled p-value counts each pair once per round and overstates the
/// evidence, see ``McNemarTest``).
struct VerifyCompareBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-compare",
        abstract: "Pair two `verify --predictions` files: per-run F1s, discordant pairs, McNemar p, label moves.",
        discussion: """
            Both files must come from runs over the same claims and split with the same \
            --cross-fit-rounds (every (claim, doc, round) once in each). Gold labels are read from \
            CLAIMS as `verify` reads them (a cited doc with no evidence entry is NEI).
            """)

    @Argument(help: "Claims in SciFact's format (the gold labels; the file `verify` was given).") var claims: String
    @Argument(help: "The first run's --predictions file (the baseline).") var before: String
    @Argument(help: "The second run's --predictions file (the change).") var after: String

    func run() throws {
        let gold = PairedPredictions.goldLabels(try JSONLines.read(Scifact.ClaimRecord.self, from: claims))
        let paired = try PairedPredictions(
            gold: gold,
            before: try JSONLines.read(PairedPredictions.Line.self, from: before), beforeName: before,
            after: try JSONLines.read(PairedPredictions.Line.self, from: after), afterName: after)
        let comparison = PredictionComparison(paired)
        print("verify-compare: \(paired.items.count) predictions (\(comparison.rounds.count) round(s)); before \(before), after \(after)")
        print(Self.report(comparison))
    }

    /// Three tables: the runs' label F1s, the agreement with its p-values, the moves of changed predictions.
    static func report(_ comparison: PredictionComparison) -> String {
        var figures = ResultTable("figure (pooled)", "before", "after", "after - before")
        func row(_ name: String, _ value: (PairLabelMetrics) -> Double) {
            let b = value(comparison.before)
            let a = value(comparison.after)
            figures.add(name, decimal(b), decimal(a), decimal(a - b))
        }
        row("label macro-F1") { $0.macroF1 }
        for label in VerifyMetrics.labels { row("  \(label) F1") { $0.counts(label).f1 } }

        var agreement = ResultTable("round", "right only before", "right only after", "both right", "both wrong", "McNemar exact p")
        func row(_ name: String, _ counts: PredictionComparison.Agreement) {
            agreement.add(
                name, String(counts.onlyBefore), String(counts.onlyAfter), String(counts.both), String(counts.neither),
                decimal(counts.test.pValue, places: 4))
        }
        for (round, counts) in zip(comparison.rounds, comparison.perRound) { row(String(round), counts) }
        row("pooled (rounds not independent)", comparison.pooled)

        let labels = VerifyMetrics.labels
        var moves = ResultTable("gold", "from", "to SUPPORT", "to CONTRADICT", "to NEI")
        for (g, goldLabel) in labels.enumerated() {
            for (from, fromLabel) in labels.enumerated() {
                moves.rows.append([goldLabel, fromLabel] + labels.indices.map { to in to == from ? "-" : String(comparison.moves[g][from][to]) })
            }
        }
        return figures.rendered + "\n" + agreement.rendered + "\nchanged predictions: \(comparison.changed)\n" + moves.rendered
    }
}
