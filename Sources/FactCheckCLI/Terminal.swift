import Foundation

/// Where the command line writes: reports to stdout, everything else (progress, warnings, errors)
/// to stderr, so a machine format on stdout is never mixed with log lines.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("factcheck: " + message + "\n").utf8))
    }

    static func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Colour only for a person at a terminal, and never when `NO_COLOR` is set (no-color.org).
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
