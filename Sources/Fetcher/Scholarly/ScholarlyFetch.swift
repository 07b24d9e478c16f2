import FactCheckModel

/// What the resolver needs from a transport: the answer to one GET, or why there was none.
///
/// Deliberately the smallest interface (URL in; status, type and bytes out) so the resolver runs
/// unchanged on any transport — the libcurl one, a cache replaying responses, a test stub —
/// and never sees politeness, robots or retries, which are the transport's business.
public enum ScholarlyResponse: Sendable {
    /// Any HTTP answer, error statuses included; the body is complete.
    case response(statusCode: Int, contentType: String?, body: [UInt8])
    /// No answer: refused, timed out, too large, network error. The reason is an editor's sentence.
    case failure(SourceStatus, reason: String)
}

/// Performs one GET for the resolver.
public typealias ScholarlyFetch = @Sendable (_ url: String) async -> ScholarlyResponse

// The transport is the run's `SourceFetcher.get`: the scholarly APIs are fetched under the same
// rules as any source (address checks, robots.txt, one request per host at a time, retries).
