/// Spaces requests to each host: one at a time, with a pause between them; different hosts in parallel.
///
/// With an interval above zero, a request to a host waits until the previous request to that host
/// has finished and `interval` more has passed (measured from the end, so a slow server gets more
/// room, not less). With an interval of zero, requests to one host run side by side, limited only by
/// the fetcher's in-flight cap (benchmarks, or a server you own). Either way a host can be told to
/// wait longer (``release(_:pause:)``), which is how `Retry-After` holds back every request to it.
actor HostScheduler {
    private struct HostState {
        var busy = false
        var notBefore: ContinuousClock.Instant?
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let interval: Duration
    /// Hosts with a pace of their own (an API that states its rate, paced by its own
    /// ``RequestPacer``): no interval after their requests.
    private let pacedElsewhere: Set<HostKey>
    private var hosts: [HostKey: HostState] = [:]
    private let clock = ContinuousClock()

    init(intervalMilliseconds: Int, pacedElsewhere: Set<HostKey> = []) {
        interval = .milliseconds(max(0, intervalMilliseconds))
        self.pacedElsewhere = pacedElsewhere
    }

    /// The pause after a request to `host` ends.
    func interval(for host: HostKey) -> Duration {
        pacedElsewhere.contains(host) ? .zero : interval
    }

    private var serialises: Bool { interval > .zero }

    /// Suspends until a request to `host` may start. Every `acquire` must be paired with a ``release(_:pause:)``.
    /// A cancelled task is let through at once (its transfer is then answered as cancelled).
    func acquire(_ host: HostKey) async {
        while true {
            if Task.isCancelled { break }
            var state = hosts[host, default: HostState()]
            if serialises, state.busy {
                await withCheckedContinuation { continuation in
                    state.waiters.append(continuation)
                    hosts[host] = state
                }
                continue  // woken by a release: look again, another waiter may have been faster
            }
            if let notBefore = state.notBefore, notBefore > clock.now {
                try? await Task.sleep(until: notBefore, clock: clock)
                continue  // the actor was free meanwhile: the state may have changed
            }
            break
        }
        if serialises { hosts[host, default: HostState()].busy = true }
    }

    /// Ends a request to `host`; the next may start after the interval, or after `pause` if longer.
    /// `reachedServer: false` (we refused the address before connecting) skips the interval: there
    /// was no request to be polite about.
    func release(_ host: HostKey, pause: Duration = .zero, reachedServer: Bool = true) {
        var state = hosts[host, default: HostState()]
        if serialises { state.busy = false }
        let wait = max(reachedServer ? interval(for: host) : .zero, pause)
        if wait > .zero {
            let next = clock.now.advanced(by: wait)
            state.notBefore = max(state.notBefore ?? next, next)
        }
        if !state.waiters.isEmpty { state.waiters.removeFirst().resume() }
        hosts[host] = state
    }
}
