import Foundation

/// Where the package's files are, for tests that read the repository's own examples, schemas and
/// documents. Found from this file's path at build time (`swift test` may run in any folder), so
/// the count of folders up is written once: this file is `Tests/TestSupport/PackageRoot.swift`.
public enum PackageRoot {
    public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
