import ArgumentParser

/// `factcheck-bench`: the measuring harnesses. Each subcommand lives in its own file.
struct FactCheckBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck-bench",
        abstract: "Measure factcheck's quality and speed on public data sets.",
        // One line per harness; keep the list sorted by name.
        subcommands: [
            BatchBenchmark.self,
            CheckworthinessBenchmark.self,
            ClaimsBenchmark.self,
            ClaimStrengthBenchmark.self,
            ExtractBenchmark.self,
            FetchBenchmark.self,
            RetrieveBenchmark.self,
            TrainCheckworthiness.self,
            TrainClaimGate.self,
            TrainClaimStrength.self,
            TrainScorer.self,
            VerifyBenchmark.self,
            VerifyCompareBenchmark.self,
            VerifyPairsBenchmark.self,
        ]
    )
}

FactCheckBench.main()
