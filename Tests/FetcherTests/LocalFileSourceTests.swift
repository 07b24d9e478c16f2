import FactCheckModel
import Fetcher
import Foundation
import Testing

@Suite struct LocalFileSourceTests {
    /// A fresh folder under the system temporary folder, removed by the caller.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fetcher-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func trustedOriginsReadLocalFilesByExtension() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("source.html")
        try Data("<title>Local</title><p>From disk.</p>".utf8).write(to: html)
        let text = folder.appendingPathComponent("notes.txt")
        try Data("Plain notes.".utf8).write(to: text)

        let fromRegistry = await fetch(html.path, origin: .registry)
        #expect(fromRegistry.status == .ok)
        #expect(fromRegistry.title == "Local")
        #expect(fromRegistry.passages.map(\.text) == ["From disk."])
        let fromOption = await fetch(text.path, origin: .option)
        #expect(fromOption.passages.map(\.text) == ["Plain notes."])
    }

    @Test(arguments: [SourceRef.Origin.link, .search, .reference])
    func pathsFromUntrustedOriginsAreRefused(origin: SourceRef.Origin) async {
        let document = await fetch("/etc/passwd", origin: origin)
        #expect(document.status == .refused)
        #expect(!document.allText.contains("root:"))
    }

    @Test func missingFileIsNotFoundWithThePath() async {
        let path = "/nonexistent-\(UUID().uuidString)/source.html"
        let document = await fetch(path, origin: .registry)
        #expect(document.status == .notFound)
        #expect(document.reason?.contains(path) == true)
    }

    @Test func fileOverTheLimitIsTooLarge() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "z"), count: 2_000).write(to: file)
        let document = await fetch(file.path, policy: .loopback(maxBytes: 1_000), origin: .option)
        #expect(document.status == .tooLarge)
    }
}
