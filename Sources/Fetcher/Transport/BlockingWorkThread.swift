import Foundation

/// Runs blocking work on a thread of its own and hands the result back to async code.
///
/// `curl_easy_perform`, file reads and large parses block. Swift's cooperative pool has one thread per
/// core (two here): block them and every task in the process stalls. A dedicated `Thread` costs a
/// little memory and a `clone`, which is nothing next to a network round trip.
enum BlockingWorkThread {
    /// Runs `work` on a new thread and suspends until it returns. `onCancel` is called (on whatever
    /// thread cancels the task) if the awaiting task is cancelled meanwhile; the work should notice
    /// and finish early, since the thread cannot be killed.
    static func run<Result: Sendable>(
        name: String,
        onCancel: @escaping @Sendable () -> Void = {},
        _ work: @escaping @Sendable () -> Result
    ) async -> Result {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result, Never>) in
                let thread = Thread {
                    continuation.resume(returning: work())
                }
                thread.name = name
                thread.start()
            }
        } onCancel: {
            onCancel()
        }
    }
}
