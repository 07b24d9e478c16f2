import Foundation
import Testing

/// Without WordNet's database a check stops at once with a message naming the package to install.
@Suite struct LanguageDataTests {
    @Test func aMissingWordNetDatabaseIsAClearUsageError() throws {
        let workspace = try TestWorkspace()
        let article = try workspace.write("a.txt", "Walking lowers blood pressure by 5 percent, a 2020 study found.\n")
        let process = Process()
        process.executableURL = FactcheckProcess.executable
        process.arguments = ["--no-fetch", article]
        var environment = ProcessInfo.processInfo.environment
        environment["WNSEARCHDIR"] = workspace.root.appendingPathComponent("no-wordnet-here").path
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("wordnet-base"), "\(message)")
        #expect(message.contains("no-wordnet-here"), "\(message)")
    }
}
