import ArgumentParser
import FactCheck
import Foundation

// ArgumentParser's own `main()` exits 64 on usage errors; DESIGN.md promises 2, so parse and
// dispatch here and map every error to the documented exit codes.
do {
    var command = try FactCheckCommand.parseAsRoot()
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.runAsync()
    } else {
        try command.run()
    }
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = FactCheckCommand.exitCode(for: error)
    if code == .success {
        print(FactCheckCommand.fullMessage(for: error))
        Foundation.exit(0)
    }
    // One line that names the problem, one hint for the subcommand in use (not the root's usage).
    Terminal.error(FactCheckCommand.message(for: error))
    Terminal.log("Run '\(SubcommandInUse.name(arguments: Array(CommandLine.arguments.dropFirst()))) --help' for its options.")
    Foundation.exit(ExitStatus.usage.rawValue)
}

extension AsyncParsableCommand {
    /// Names the async `run()` unambiguously: on an existential, `run()` can resolve to the
    /// synchronous requirement, whose default for async commands only prints help.
    mutating func runAsync() async throws {
        try await run()
    }
}
