import Foundation

/// Validators the schema tests borrow from the machine (python3 with `jsonschema`, libxml2's
/// `xmllint`). On a developer's machine without them the tests are skipped with a message that says
/// what to install; in CI (`CI` set, as `.ci/run` runs) a missing tool fails the test, so CI can never
/// pass without having validated anything. One home for every test target that needs such a tool,
/// so that rule cannot drift between them.
public enum ExternalTool {
    public static var isCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"] ?? ""
        return !value.isEmpty && value != "false" && value != "0"
    }

    /// The full path of `name` on `PATH`, or nil.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `executable` with `arguments`, stdout and stderr together.
    public static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let run = try ChildProcess.run(URL(fileURLWithPath: executable), arguments, mergingStandardError: true)
        return Result(status: run.status, output: run.stdout)
    }

    /// A scratch file that is removed when the test's closure returns.
    public static func withTemporaryFile<T>(named name: String, contents: String, _ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-reporter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return try body(file.path)
    }
}
