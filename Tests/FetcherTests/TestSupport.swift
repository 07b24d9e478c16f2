import FactCheckModel
import Fetcher
import LoopbackHTTPServer

extension FetchPolicy {
    /// For tests against the loopback server: private addresses allowed, and a timeout that ends a
    /// broken test rather than hanging it (no test relies on it firing).
    static func loopback(
        maxBytes: Int = 10_000_000, timeoutSeconds: Double = 30, maxRedirects: Int = 5, userAgent: String? = nil
    ) -> FetchPolicy {
        FetchPolicy(
            userAgent: userAgent ?? FetchPolicy.defaultUserAgent, timeoutSeconds: timeoutSeconds,
            maxBytes: maxBytes, maxRedirects: maxRedirects, allowPrivateNetwork: true)
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
