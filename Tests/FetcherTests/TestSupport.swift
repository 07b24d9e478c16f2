import FactCheckModel
import Foundation
import Fetcher
import LoopbackHTTPServer

extension FetchPolicy {
    /// For tests against the loopback server: private addresses allowed, and a timeout that ends a
    /// broken test rather than hanging it (no test relies on it firing). Politeness is off unless a
    /// test turns it on (no pause between requests, no robots.txt request), so request counts stay exact.
    static func loopback(
        maxBytes: Int = 10_000_000, timeoutSeconds: Double = 30, maxRedirects: Int = 5, userAgent: String? = nil,
        perHostIntervalMilliseconds: Int = 0, respectRobots: Bool = false, maxInFlight: Int = 16, offline: Bool = false
    ) -> FetchPolicy {
        FetchPolicy(
            userAgent: userAgent ?? FetchPolicy.defaultUserAgent, timeoutSeconds: timeoutSeconds,
            maxBytes: maxBytes, maxRedirects: maxRedirects, allowPrivateNetwork: true,
            perHostIntervalMilliseconds: perHostIntervalMilliseconds, respectRobots: respectRobots,
            maxInFlight: maxInFlight, offline: offline)
    }
}

func fetch(_ url: String, policy: FetchPolicy = .loopback(), origin: SourceRef.Origin = .link) async -> SourceDocument {
    await SourceFetcher(policy: policy).fetch(SourceRef(url: url, origin: origin))
}

extension SourceDocument {
    /// Everything a reader of the document could see, for "this never leaked" checks.
    var allText: String {
        ([title ?? "", reason ?? ""] + passages.map(\.text)).joined(separator: "\n")
    }
}

/// A fresh folder under the temporary directory, removed when the value goes.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("factcheck-fetcher-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }
}

/// Values written by server threads and read by the test, behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withValue<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }

    var current: Value { withValue { $0 } }
}
