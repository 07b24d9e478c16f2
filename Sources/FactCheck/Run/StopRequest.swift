import Foundation

/// Asks a running ``FactChecker`` to start no new article (SIGINT, SIGTERM). Articles already in
/// flight finish, so every report the run returns is whole; the ones never started are simply
/// absent, and a rerun checks them, reading what was fetched from the cache.
///
/// Set from a signal-handling dispatch source, read by the task that starts articles: a lock keeps
/// both honest.
public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    public init() {}

    public func request() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}

extension StopRequest {
    /// Which signal asked for the stop, for the exit code (128 + signal number, as shells report).
    public final class Signals: @unchecked Sendable {
        private let lock = NSLock()
        private var received: Int32?
        // Kept alive for the process's life: a released source stops delivering.
        fileprivate var sources: [DispatchSourceSignal] = []

        public var first: Int32? {
            lock.lock()
            defer { lock.unlock() }
            return received
        }

        /// Records `signal`; returns true if an earlier one was already recorded.
        fileprivate func record(_ signal: Int32) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if received != nil { return true }
            received = signal
            return false
        }
    }

    /// Routes SIGINT and SIGTERM to this request: the first asks the run to wind down (`notice` is
    /// called, e.g. to say so on stderr); a second one exits at once with 128 + its number. Exiting
    /// mid-run is safe for the cache (SQLite in WAL mode rolls back an unfinished transaction) and
    /// for reports (each is written to a temporary file and renamed).
    public func installSignalHandlers(notice: @escaping @Sendable (Int32) -> Void) -> Signals {
        let signals = Signals()
        for number in [SIGINT, SIGTERM] {
            // The default action would kill the process before the handler runs.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                if signals.record(number) { exit(128 + number) }
                request()
                notice(number)
            }
            source.resume()
            signals.sources.append(source)
        }
        return signals
    }
}
