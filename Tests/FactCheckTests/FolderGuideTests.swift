import Foundation
import Testing

/// The folders the fetcher and the pipeline are split into stay findable: each has a README that
/// names every Swift file in it, and the repository's README ("How it works") names each folder.
/// A file added or moved without its README, or a folder the README does not mention, fails here.
@Suite struct FolderGuideTests {
    static let modules = ["Sources/Fetcher", "Sources/FactCheck"]

    @Test func everyFolderHasAReadmeNamingItsFiles() throws {
        var missing: [String] = []
        for module in Self.modules {
            for folder in try Self.subfolders(of: module) {
                let path = "\(module)/\(folder)"
                guard let readme = Self.text(of: "\(path)/README.md") else {
                    missing.append("\(path) has no README.md")
                    continue
                }
                for file in try Self.swiftFiles(in: path) where !readme.contains("`\(file)`") {
                    missing.append("\(path)/README.md does not name \(file)")
                }
            }
        }
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
    }

    @Test func theReadmesNameEveryFolder() throws {
        let overview = try #require(Self.text(of: "README.md"))
        var missing: [String] = []
        for module in Self.modules {
            let moduleReadme = Self.text(of: "\(module)/README.md") ?? ""
            let folders = try Self.subfolders(of: module)
            #expect(!folders.isEmpty, "\(module) has no folders to check")
            for folder in folders {
                if !overview.contains("`\(folder)/`") { missing.append("README.md's 'How it works' does not name \(module)/\(folder)/") }
                if !moduleReadme.contains("`\(folder)/`") { missing.append("\(module)/README.md does not name \(folder)/") }
            }
        }
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
    }

    static func url(_ relative: String) -> URL {
        PackageManifest.repositoryRoot.appendingPathComponent(relative)
    }

    static func text(of relative: String) -> String? {
        try? String(contentsOf: url(relative), encoding: .utf8)
    }

    static func subfolders(of relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(relative).path).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url("\(relative)/\(name)").path, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    static func swiftFiles(in relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(relative).path).filter { $0.hasSuffix(".swift") }.sorted()
    }
}
