/// A counting semaphore for async tasks: at most `count` holders at once, waiters served first come,
/// first served.
///
/// The batch uses it to separate two limits that `--jobs` used to tie together: how many articles
/// use the CPU at once (extraction, scoring: `--jobs`) and how many are in flight (more, so that
/// while some wait for their sources others compute). Without it a cold run with `--jobs 2` kept
/// two articles' fetches in the air, and its wall time was the server's latency times the number
/// of articles over two, not the transfer capacity of the fetcher.
actor WorkPermits {
    private var available: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) {
        available = max(1, count)
    }

    /// Waits for a permit. Hold it only around synchronous work, never across an `await` on
    /// something that needs a permit itself.
    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Hands the permit to the longest waiter, or puts it back.
    func release() {
        if waiters.isEmpty {
            available += 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}
