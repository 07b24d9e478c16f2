import Foundation

/// Another program run to its end, with what it printed: the one place the tests and their helpers
/// start a process and wire its pipes (an outside validator, the built `factcheck`), so a change to
/// how that is done is made once.
public struct ChildProcess: Sendable {
    public var status: Int32
    public var stdout: String
    /// Empty when standard error was merged into ``stdout``.
    public var stderr: String

    /// Runs `executable` with no standard input. `directory` and `environment` default to this
    /// process's own; `mergingStandardError` sends stderr down the stdout pipe, as validators'
    /// messages are read as one text.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
        mergingStandardError: Bool = false
    ) throws -> ChildProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = mergingStandardError ? out : Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read the pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = mergingStandardError ? Data() : err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ChildProcess(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
