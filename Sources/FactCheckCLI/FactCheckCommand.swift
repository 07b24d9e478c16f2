import ArgumentParser
import FactCheck

/// `factcheck`: check the factual claims in articles against their sources.
struct FactCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Check the factual claims in articles against their sources.",
        discussion: """
            For every factual claim in an article, factcheck reads the sources the article cites (and
            the ones its configuration names) and reports what they really say: quoted, linked, with a
            verdict.

            Exit codes: 0 no finding at or above --fail-on; 1 findings (or an article that could not be
            read); 2 usage or configuration error; 3 a fault that stopped the run.
            """,
        version: FactChecker.version,
        subcommands: [CheckCommand.self, ClaimsCommand.self, FetchCommand.self, CacheCommand.self, ReviewCommand.self, BaselineCommand.self, MergeCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}
