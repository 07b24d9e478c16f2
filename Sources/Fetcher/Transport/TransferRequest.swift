/// One transfer waiting for, or running on, the ``CurlMultiLoop`` thread: plain values only, so it can
/// cross from the asking task to that thread. The libcurl handle itself is made on the loop thread.
struct TransferRequest: Sendable {
    var url: String
    var policy: FetchPolicy
    /// Whole header lines added to the request (conditional re-fetch: `If-None-Match`, `If-Modified-Since`).
    var extraHeaders: [String]
    var cancellation: CancellationFlag
    /// Called exactly once, on the loop thread, with the result. Must not block: it resumes a continuation.
    var completion: @Sendable (HTTPTransferOutcome) -> Void
}
