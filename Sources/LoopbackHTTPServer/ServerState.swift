import Foundation

/// Everything the server's threads share, behind one condition variable: whether it is stopping,
/// which connections are open (so `stop()` can cut them), how many threads are alive (so `stop()` can
/// wait for them), and the requests seen.
final class ServerState: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false
    private var openSockets: Set<Int32> = []
    private var liveThreads = 0
    private var recorded: [HTTPRequest] = []

    var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    var requests: [HTTPRequest] {
        condition.lock()
        defer { condition.unlock() }
        return recorded
    }

    func record(_ request: HTTPRequest) {
        condition.lock()
        recorded.append(request)
        condition.unlock()
    }

    /// Counts a thread about to start; false (and nothing counted) once stopping began.
    func threadStarting() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped else { return false }
        liveThreads += 1
        return true
    }

    func threadFinished() {
        condition.lock()
        liveThreads -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Tracks an accepted connection; false if the server is stopping (the caller closes it).
    func register(_ socket: Int32) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped else { return false }
        openSockets.insert(socket)
        return true
    }

    /// Forgets and closes a connection. Under the lock, so `stop()` never shuts down a descriptor
    /// number that was closed and reused meanwhile.
    func close(_ socket: Int32) {
        condition.lock()
        openSockets.remove(socket)
        SocketIO.close(socket)
        condition.unlock()
    }

    /// Marks the server stopping, wakes every sleeper and unblocks every connection's reads and writes.
    func beginStop() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped else { return false }
        stopped = true
        for socket in openSockets { SocketIO.shutdown(socket) }
        condition.broadcast()
        return true
    }

    /// Blocks until every counted thread has finished.
    func waitForThreads() {
        condition.lock()
        while liveThreads > 0 { condition.wait() }
        condition.unlock()
    }

    /// Sleeps `seconds` unless the server stops first; returns false if it did.
    func sleep(_ seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: max(0, seconds))
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            if !condition.wait(until: deadline) { return !stopped }
        }
        return false
    }
}
