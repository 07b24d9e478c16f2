import FactCheckModel

/// Fetches sources and reads them into passages, under the safety rules of a ``FetchPolicy``.
///
/// Every fetch runs its blocking work (the libcurl transfer, file reads, parsing) on a thread of its
/// own, so any number of fetches can be awaited from Swift's small cooperative pool without starving
/// it. One easy handle per fetch for now; a later version drives many through the multi interface,
/// with a cache and robots.txt, behind the same `fetch`.
public final class SourceFetcher: Sendable {
    public let policy: FetchPolicy

    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
    }

    /// Never throws: whatever goes wrong comes back as a document with a status and a reason.
    public func fetch(_ ref: SourceRef) async -> SourceDocument {
        let policy = policy
        switch SourceLocation(ref) {
        case .refused(let reason):
            return SourceDocument(ref: ref, status: .refused, reason: reason)
        case .localFile(let path):
            return await BlockingWorkThread.run(name: "factcheck-file") {
                LocalFileSource.document(for: ref, path: path, maxBytes: policy.maxBytes)
            }
        case .web(let url):
            let cancellation = CancellationFlag()
            return await BlockingWorkThread.run(name: "factcheck-fetch", onCancel: cancellation.cancel) {
                Self.fetchBlocking(ref, url: url, policy: policy, cancellation: cancellation)
            }
        }
    }

    /// The whole fetch, on the calling thread: transfer, then read. The handle is created and freed here.
    private static func fetchBlocking(
        _ ref: SourceRef, url: String, policy: FetchPolicy, cancellation: CancellationFlag
    ) -> SourceDocument {
        guard let transfer = CurlEasyTransfer(url: url, policy: policy, cancellation: cancellation) else {
            let why = CurlRuntime.ensureInitialised() ?? "could not create a transfer"
            return SourceDocument(ref: ref, status: .networkError, reason: "network error: libcurl: \(why)")
        }
        let outcome = transfer.perform()
        return HTTPOutcomeInterpreter.document(for: ref, outcome: outcome)
    }
}
