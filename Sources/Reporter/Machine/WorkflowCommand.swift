import Foundation

/// GitHub Actions workflow commands (`::warning file=…,line=…::message`), escaped as the runner
/// unescapes them (actions/toolkit `command.ts`): in the message `%`, `\r` and `\n` become `%25`,
/// `%0D` and `%0A`; in property values `:` and `,` also become `%3A` and `%2C`, because they would
/// end the property.
enum WorkflowCommand {
    static func escapeData(_ value: String) -> String {
        value.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ value: String) -> String {
        escapeData(value)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }

    /// One command line; properties keep the order given.
    static func line(_ command: String, properties: [(String, String)], message: String) -> String {
        let props = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command)\(props.isEmpty ? "" : " " + props)::\(escapeData(message))\n"
    }
}
