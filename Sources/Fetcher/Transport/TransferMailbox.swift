import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where tasks leave transfers for the ``CurlMultiLoop`` thread, and how they wake it.
///
/// The loop thread sleeps in `curl_multi_poll` on its sockets plus the read end of a pipe owned here;
/// one byte written to the pipe wakes it to admit new transfers, notice a cancellation, or stop. A
/// pipe rather than `curl_multi_wakeup`, so no thread but the loop's ever touches the `CURLM`.
/// All state sits behind one lock; the descriptors are plain integers closed in `deinit`.
final class TransferMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [TransferRequest] = []
    /// Index of the oldest pending request: taking from the front is O(1), compaction is occasional.
    private var head = 0
    private var closed = false
    /// Set when some waiting task was cancelled since the loop last looked.
    private var cancellationNoted = false
    let wakeRead: Int32
    private let wakeWrite: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            // Non-blocking: a full pipe already guarantees a wake-up, so a writer never waits on it.
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL, 0) | O_NONBLOCK) }
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
    }

    deinit {
        // Spelled out: `close` alone names this class's method.
        if wakeRead >= 0 { closeDescriptor(wakeRead) }
        if wakeWrite >= 0 { closeDescriptor(wakeWrite) }
    }

    private func closeDescriptor(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #elseif canImport(Darwin)
        _ = Darwin.close(descriptor)
        #endif
    }

    /// Queues a request and wakes the loop; false when the loop is stopping (the caller answers itself).
    func submit(_ request: TransferRequest) -> Bool {
        lock.lock()
        guard !closed else {
            lock.unlock()
            return false
        }
        pending.append(request)
        lock.unlock()
        wake()
        return true
    }

    /// Removes and returns up to `limit` of the oldest requests, in arrival order.
    func take(upTo limit: Int) -> [TransferRequest] {
        lock.lock()
        defer { lock.unlock() }
        let count = min(max(0, limit), pending.count - head)
        let taken = Array(pending[head..<(head + count)])
        head += count
        if head > 256, head * 2 > pending.count {
            pending.removeFirst(head)
            head = 0
        }
        return taken
    }

    /// Called when an awaiting task is cancelled: the loop then answers cancelled requests still
    /// queued, even when no slot is free (otherwise they would wait for a slow transfer to end).
    func noteCancellation() {
        lock.lock()
        cancellationNoted = true
        lock.unlock()
        wake()
    }

    /// Removes and returns the queued requests whose tasks were cancelled; cheap when none was.
    func takeCancelled() -> [TransferRequest] {
        lock.lock()
        defer { lock.unlock() }
        guard cancellationNoted else { return [] }
        cancellationNoted = false
        var kept: [TransferRequest] = []
        var cancelled: [TransferRequest] = []
        for request in pending[head...] {
            if request.cancellation.isCancelled { cancelled.append(request) } else { kept.append(request) }
        }
        pending = kept
        head = 0
        return cancelled
    }

    var hasPending: Bool {
        lock.lock()
        defer { lock.unlock() }
        return head < pending.count
    }

    /// Stops accepting requests; returns those still waiting, for the loop to answer.
    func close() -> [TransferRequest] {
        lock.lock()
        closed = true
        let rest = Array(pending[head...])
        pending.removeAll()
        head = 0
        lock.unlock()
        wake()
        return rest
    }

    var isClosed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return closed
    }

    func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Blocks until a wake-up byte arrives (or a second passes); for a loop that has no `CURLM` to poll.
    func waitForWakeup() {
        var descriptor = pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, 1000)
        drainWakeups()
    }

    /// Empties the pipe after a wake-up, so the next poll sleeps again.
    func drainWakeups() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &buffer, buffer.count) > 0 {}
    }
}
