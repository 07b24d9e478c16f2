import ArgumentParser

/// Which subcommand a command line was meant for, even when it failed to parse, so a usage error
/// can point at that subcommand's help rather than the whole tool's.
enum SubcommandInUse {
    /// `factcheck cache stats`, `factcheck review`…; `factcheck check` when no subcommand is named
    /// (it is the default).
    static func name(arguments: [String]) -> String {
        var words = ["factcheck"]
        var choices = FactCheckCommand.configuration.subcommands
        for argument in arguments {
            guard let command = choices.first(where: { $0.configuration.commandName == argument }) else { break }
            words.append(argument)
            choices = command.configuration.subcommands
        }
        if words.count == 1, let fallback = FactCheckCommand.configuration.defaultSubcommand?.configuration.commandName {
            words.append(fallback)
        }
        return words.joined(separator: " ")
    }
}
