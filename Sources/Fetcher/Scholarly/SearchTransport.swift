import FactCheckModel
import ScholarlySources
import Foundation

extension SourceFetcher {
    /// Literature search for a claim with no usable source, in the configured backends, through
    /// ``searchGet(_:)``: cached, so a warm run and `--offline` answer without the network.
    public func search(for claim: Claim) async -> LiteratureSearchResult {
        await ScholarlyResolver(settings: scholarly, fetch: searchGet).search(for: claim)
    }

    /// One search API request: the cache first (a fresh answer, or under `--offline` any answer),
    /// else ``get(_:)`` (NCBI's pace, the host's turn, robots.txt), the 200 answer then stored. A
    /// host that could not be reached earlier in the run is not tried again: one dead network costs
    /// one timeout, not one per claim.
    @Sendable func searchGet(_ url: String) async -> ScholarlyResponse {
        // Keyed without the API key: a run with the key and one without share their answers.
        let key = ScholarlyRequestURL.withoutCredentials(url)
        let cached = await cachedEntry(for: key)
        if let cached, cached.status == .ok, let body = cached.passages.first?.text {
            let fresh = cache.map { cached.isFresh(now: Date().timeIntervalSince1970, settings: $0.settings) } ?? false
            if policy.offline || fresh { return .response(statusCode: 200, contentType: cached.contentType, body: Array(body.utf8)) }
        }
        if policy.offline { return .failure(.notFetched, reason: "not in the cache (offline)") }
        let host = HostKey(url: url)
        if let host, let earlier = await searchHealth.admit(host) {
            return .failure(earlier.status, reason: earlier.reason + " (earlier in this run; not tried again)")
        }
        let response = await get(url)
        var unreachable: (status: SourceStatus, reason: String)?
        if case .failure(let status, let reason) = response, [.networkError, .timeout].contains(status) { unreachable = (status, reason) }
        if let host { await searchHealth.settle(host, unreachable: unreachable) }
        switch response {
        case .response(200, let contentType, let body):
            if let cache {
                let document = SourceDocument(
                    ref: SourceRef(url: key, origin: .search), status: .ok, finalURL: key, contentType: contentType,
                    passages: [Passage(index: 0, text: String(decoding: body, as: UTF8.self))])
                let entry = CacheEntry(
                    document: document, url: key, httpStatus: 200, etag: nil, lastModified: nil,
                    fetchedAt: Date().timeIntervalSince1970, bodyHash: nil, reachedNonPublicAddress: policy.allowPrivateNetwork)
                _ = await BlockingWorkThread.run(name: "factcheck-cache") { cache.store(entry) }
            }
        default:
            break
        }
        return response
    }
}

/// Whether each search API host can be reached in this run, so a dead network costs one failed
/// request per host, not one per query.
///
/// The first request to a host goes alone; the others wait for its answer (they would otherwise
/// each wait their turn at the host, a second apart, only to fail the same way: 13 s for the seed
/// article on a machine without a network). Once the host has answered, requests go as usual.
actor SearchHealth {
    private var failures: [HostKey: (status: SourceStatus, reason: String)] = [:]
    private var reached: Set<HostKey> = []
    private var probing: Set<HostKey> = []
    private var waiting: [HostKey: [CheckedContinuation<Void, Never>]] = [:]

    /// Nil when this request may go to `host` (after the first contact has answered, if another
    /// request is making it); the earlier failure when the host could not be reached.
    func admit(_ host: HostKey) async -> (status: SourceStatus, reason: String)? {
        if let failure = failures[host] { return failure }
        if reached.contains(host) { return nil }
        if probing.contains(host) {
            await withCheckedContinuation { waiting[host, default: []].append($0) }
            return failures[host]
        }
        probing.insert(host)
        return nil
    }

    /// What a request admitted to `host` found: `unreachable` for a network error or timeout, nil
    /// when the host answered (any HTTP status). Every admitted request must report.
    func settle(_ host: HostKey, unreachable: (status: SourceStatus, reason: String)?) {
        if let unreachable {
            if failures[host] == nil { failures[host] = unreachable }
        } else {
            reached.insert(host)
        }
        if probing.remove(host) != nil {
            for waiter in waiting.removeValue(forKey: host) ?? [] { waiter.resume() }
        }
    }
}

/// NCBI's rule for E-utilities: at most 3 requests a second without an API key, 10 with one,
/// whatever else the run does. Requests go one after another: each waits until `1.05 / rate`
/// seconds after the previous one *was let through* (5 % slack: NCBI counts arrivals, and a request
/// can reach it a little sooner than the one before), so a process that stalls (a busy machine)
/// never lets a backlog through at once. The per-host interval of the fetch policy applies too.
actor RequestPacer {
    private var lastGranted: ContinuousClock.Instant?
    private var tail: Task<ContinuousClock.Instant, Never>?

    /// Waits for this request's turn; returns when it was granted.
    @discardableResult
    func waitForSlot(requestsPerSecond: Double) async -> ContinuousClock.Instant {
        let previous = tail
        let interval = Duration.nanoseconds(Int64((1.05e9 / requestsPerSecond).rounded(.up)))
        let mine = Task {
            _ = await previous?.value
            return await self.grant(after: interval)
        }
        tail = mine
        return await mine.value
    }

    private func grant(after interval: Duration) async -> ContinuousClock.Instant {
        if let lastGranted, lastGranted + interval > .now {
            try? await Task.sleep(until: lastGranted + interval, clock: .continuous)
        }
        let now = ContinuousClock.now
        lastGranted = now
        return now
    }
}
