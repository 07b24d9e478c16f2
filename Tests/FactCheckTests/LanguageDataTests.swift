import Foundation
import TestSupport
import Testing

/// Without WordNet's database a check stops at once with a message naming the package to install.
@Suite struct LanguageDataTests {
    @Test func aMissingWordNetDatabaseIsAClearUsageError() throws {
        let workspace = try TestWorkspace()
        let (status, message) = try Self.check(in: workspace, wordNetDirectory: workspace.root.appendingPathComponent("no-wordnet-here").path)
        #expect(status == 2)
        #expect(message.contains("wordnet-base"), "\(message)")
        #expect(message.contains("no-wordnet-here"), "\(message)")
    }

    /// An empty variable (a blank CI setting) means "not set": the installed database is read.
    @Test func anEmptyWNSEARCHDIRMeansTheDefault() throws {
        let (status, message) = try Self.check(in: TestWorkspace(), wordNetDirectory: "")
        #expect(status == 0, "\(message)")
        #expect(!message.contains("WordNet"), "\(message)")
    }

    private static func check(in workspace: TestWorkspace, wordNetDirectory: String) throws -> (status: Int32, stderr: String) {
        let article = try workspace.write("a.txt", "Walking lowers blood pressure by 5 percent, a 2020 study found.\n")
        var environment = ProcessInfo.processInfo.environment
        environment["WNSEARCHDIR"] = wordNetDirectory
        let run = try ChildProcess.run(FactcheckProcess.executable, ["--no-fetch", "-q", article], environment: environment)
        return (run.status, run.stderr)
    }
}
