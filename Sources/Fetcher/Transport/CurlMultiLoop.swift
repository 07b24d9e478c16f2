import Foundation

/// Runs many libcurl transfers at once on one dedicated thread, through the multi interface, and
/// hands each result back to the task that asked for it.
///
/// Why one thread: `curl_multi_poll` blocks, and blocking Swift's cooperative pool (two threads here)
/// would starve every task in the process. Why a cap on transfers in flight: `CURLOPT_TIMEOUT` starts
/// counting at `curl_multi_add_handle`, so a transfer queued inside libcurl would burn its timeout
/// while waiting. Requests therefore wait in a ``TransferMailbox`` and are added to the multi handle
/// only when one of the `maxInFlight` slots is free; their clock starts then.
///
/// Every transfer is a ``CurlEasyTransfer`` with all of its safety options (schemes, address check
/// after DNS on every connection, byte limits, redirects, timeouts). Cancelling the awaiting task
/// aborts its transfer, queued or running.
final class CurlMultiLoop: Sendable {
    private let mailbox = TransferMailbox()
    /// Signalled by the loop thread after it has freed the multi handle.
    private let finished = DispatchSemaphore(value: 0)
    let maxInFlight: Int

    init(maxInFlight: Int = 16) {
        self.maxInFlight = max(1, maxInFlight)
        // The thread holds the mailbox and its own driver, never `self`, so dropping the loop stops it.
        let (mailbox, limit, finished) = (mailbox, self.maxInFlight, finished)
        let thread = Thread {
            do {
                let driver = MultiTransferDriver(mailbox: mailbox, maxInFlight: limit)
                driver.run()
            }  // the driver's deinit frees the CURLM here, before the signal
            finished.signal()
        }
        thread.name = "factcheck-curl-multi"
        thread.start()
    }

    deinit {
        // No task can be awaiting a transfer here (each holds `self`), so whatever is left is abandoned.
        for request in mailbox.close() { request.completion(.failure(.cancelled, finalURL: nil)) }
        // Wait for the thread to leave libcurl (milliseconds: the close woke it). A process that
        // exits while another thread is still inside libcurl can crash in its exit-time cleanup.
        finished.wait()
    }

    /// Performs one GET under `policy` and returns what happened; never throws.
    func transfer(url: String, policy: FetchPolicy, extraHeaders: [String] = []) async -> HTTPTransferOutcome {
        let cancellation = CancellationFlag()
        let mailbox = mailbox
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<HTTPTransferOutcome, Never>) in
                let request = TransferRequest(
                    url: url, policy: policy, extraHeaders: extraHeaders, cancellation: cancellation,
                    completion: { continuation.resume(returning: $0) })
                if Task.isCancelled || !mailbox.submit(request) {
                    continuation.resume(returning: .failure(.cancelled, finalURL: nil))
                }
            }
        } onCancel: {
            cancellation.cancel()
            mailbox.noteCancellation()
        }
    }
}
