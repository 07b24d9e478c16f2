import FactCheckModel
import Foundation

/// Fetches sources and reads them into passages, under the safety rules and manners of a
/// ``FetchPolicy``, with an optional ``SourceCache``.
///
/// Create one per run and share it: it owns the run's libcurl multi loop (one thread, at most
/// `maxInFlight` transfers at once), the per-host queue (``HostScheduler``) and the robots.txt rules
/// read so far (``RobotsCache``). A web fetch goes:
///
/// 1. cache: a fresh entry is the answer; `--offline` answers from the cache whatever its age, and an
///    uncached URL is "not in the cache (offline)" without any network traffic;
/// 2. robots.txt of the host (once per run), unless `respectRobots` is off;
/// 3. the host's turn (one request at a time, `perHostIntervalMilliseconds` apart);
/// 4. the transfer, conditional (`If-None-Match`, `If-Modified-Since`) when a stale entry has
///    validators; 429/503 with `Retry-After` waits and retries, bounded;
/// 5. reading the body into passages (a 304, or a 200 with the same SHA-256, reuses the stored ones),
///    and saving the answer in the cache.
public final class SourceFetcher: Sendable {
    public let policy: FetchPolicy
    public let cache: SourceCache?
    /// Where the scholarly APIs are: cited DOIs, PMIDs and PMCIDs are read through them.
    public let scholarly: ScholarlySettings
    private let loop: CurlMultiLoop
    let hosts: HostScheduler
    private let robots: RobotsCache
    /// E-utilities' pace (NCBI: 3 requests a second, 10 with an API key), for every request to it.
    let eutilsPacer = RequestPacer()
    /// Search API hosts that could not be reached in this run.
    let searchHealth = SearchHealth()

    public init(policy: FetchPolicy = FetchPolicy(), cache: SourceCache? = nil, scholarly: ScholarlySettings = ScholarlySettings()) {
        self.policy = policy
        self.cache = cache
        self.scholarly = scholarly
        let loop = CurlMultiLoop(maxInFlight: policy.maxInFlight)
        // E-utilities states its own rate (3 or 10 a second), kept by `eutilsPacer`; the per-host
        // interval for web pages (1 s by default) would hold it to one a second.
        let hosts = HostScheduler(
            intervalMilliseconds: policy.perHostIntervalMilliseconds,
            pacedElsewhere: Set([HostKey(url: scholarly.eutils.baseURL)].compactMap { $0 }))
        self.loop = loop
        self.hosts = hosts
        // The robots.txt request waits its turn at the host like any other request.
        robots = RobotsCache { host in
            await hosts.acquire(host)
            let outcome = await loop.transfer(url: host.robotsURL, policy: policy)
            await hosts.release(host, reachedServer: outcome.reachedServer)
            return RobotsCache.rules(from: outcome)
        }
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
            if ScholarlyResolver.canResolve(ref) {
                // A DOI, PMID or PMCID: the scholarly APIs give the abstract or full text, and
                // retraction notices, where the publisher's page would give a paywall.
                return await resolveScholarly(ref, url: url)
            }
            return await fetchWeb(ref, url: url)
        }
    }

    /// Resolves an identifier through the scholarly APIs, with the resolved document cached under
    /// the identifier's URL, so `--offline` replays it and a fresh entry costs no request.
    private func resolveScholarly(_ ref: SourceRef, url: String) async -> SourceDocument {
        if case .answered(let document) = await cacheLookup(for: ref, url: url) { return document }
        let document = await ScholarlyResolver(settings: scholarly, fetch: get).resolve(ref)
        if let cache, document.status != .refused {
            // The APIs may sit on a private address only when those are allowed; mark the entry so
            // that a run without the flag never replays it.
            let entry = CacheEntry(
                document: document, url: url, httpStatus: nil, etag: nil, lastModified: nil,
                fetchedAt: Date().timeIntervalSince1970, bodyHash: nil, reachedNonPublicAddress: policy.allowPrivateNetwork)
            _ = await BlockingWorkThread.run(name: "factcheck-cache") { cache.store(entry) }
        }
        return document
    }

    /// One GET with every rule of the run (address checks, robots.txt, the host's turn, retries),
    /// answering with the raw response: what the scholarly APIs are read through.
    @Sendable public func get(_ url: String) async -> ScholarlyResponse {
        if policy.offline { return .failure(.notFetched, reason: "not in the cache (offline)") }
        if url.hasPrefix(scholarly.eutils.baseURL) {
            await eutilsPacer.waitForSlot(requestsPerSecond: scholarly.eutilsRequestsPerSecond)
        }
        guard case .web(let checked) = SourceLocation(SourceRef(url: url, origin: .link)), let host = HostKey(url: checked) else {
            return .failure(.refused, reason: "refused: \(url) is not an http(s) URL")
        }
        if policy.respectRobots, !(await robots.rules(for: host)).allows(URLComponents.robotsPath(of: checked)) {
            return .failure(.blocked, reason: "disallowed by robots.txt")
        }
        let (outcome, override) = await transferPolitely(checked, host: host, extraHeaders: [])
        if let override { return .failure(override.blocked ? .blocked : .httpError, reason: override.reason) }
        switch outcome {
        case .response(let response):
            return .response(statusCode: response.statusCode, contentType: response.header("Content-Type"), body: response.body)
        case .failure(let failure, _):
            let (status, reason) = HTTPOutcomeInterpreter.describe(failure)
            return .failure(status, reason: reason)
        }
    }

    private func fetchWeb(_ ref: SourceRef, url: String) async -> SourceDocument {
        let cached: CacheEntry?
        switch await cacheLookup(for: ref, url: url) {
        case .answered(let document): return document
        case .needsRequest(let stale): cached = stale
        }
        guard let host = HostKey(url: url) else {
            return SourceDocument(ref: ref, status: .refused, reason: "refused: not an http(s) URL")
        }
        if policy.respectRobots {
            let rules = await robots.rules(for: host)
            if !rules.allows(URLComponents.robotsPath(of: url)) {
                let reason = rules.disallowAll
                    ? "disallowed by robots.txt (it answered with a server error, which means: stay away for now)"
                    : "disallowed by robots.txt"
                return SourceDocument(ref: ref, status: .blocked, reason: reason)
            }
        }

        let (outcome, override) = await transferPolitely(url, host: host, extraHeaders: cached?.conditionalHeaders ?? [])
        let cache = cache
        return await BlockingWorkThread.run(name: "factcheck-read") {
            FetchResultReader.document(for: ref, url: url, outcome: outcome, override: override, cached: cached, cache: cache)
        }
    }

    /// The transfer, in the host's turn, repeated while the server says "come back after…" and the
    /// retry budget lasts. The override, if any, is the final word on a server that kept refusing.
    private func transferPolitely(
        _ url: String, host: HostKey, extraHeaders: [String]
    ) async -> (HTTPTransferOutcome, RetryPlan.SourceStatusReason?) {
        var retries = 0
        while true {
            await hosts.acquire(host)
            let outcome = await loop.transfer(url: url, policy: policy, extraHeaders: extraHeaders)
            let plan = RetryPlan.plan(for: outcome, retriesSoFar: retries, policy: policy)
            switch plan {
            case .retry(let seconds) where !Task.isCancelled:
                // The pause holds back every request to this host, not only this one: the server asked.
                await hosts.release(host, pause: .milliseconds(Int((seconds * 1000).rounded(.up))))
                retries += 1
            case .giveUp(let final):
                await hosts.release(host)
                return (outcome, final)
            default:
                await hosts.release(host, reachedServer: outcome.reachedServer)
                return (outcome, nil)
            }
        }
    }

    /// What the cache settles before any request is made.
    private enum CacheLookup {
        /// Offline (a hit or a "not in the cache" miss), or a fresh entry: no request.
        case answered(SourceDocument)
        /// A request is needed; a stale entry, if any, lends its validators (ETag, Last-Modified).
        case needsRequest(stale: CacheEntry?)
    }

    /// The one place where offline runs and fresh entries short-circuit, so web pages and scholarly
    /// identifiers replay from the cache by the same rules.
    private func cacheLookup(for ref: SourceRef, url: String) async -> CacheLookup {
        let cached = await cachedEntry(for: url)
        if policy.offline {
            return .answered(cached?.document(for: ref)
                ?? SourceDocument(ref: ref, status: .notFetched, reason: "not in the cache (offline)"))
        }
        if let cached, let cache, cached.isFresh(now: Date().timeIntervalSince1970, settings: cache.settings) {
            return .answered(cached.document(for: ref))
        }
        return .needsRequest(stale: cached)
    }

    /// The cached entry this policy may use: one that reached a private address only if those are allowed.
    func cachedEntry(for url: String) async -> CacheEntry? {
        guard let cache else { return nil }
        let allowPrivate = policy.allowPrivateNetwork
        return await BlockingWorkThread.run(name: "factcheck-cache") {
            guard let entry = cache.entry(for: url) else { return nil }
            return entry.reachedNonPublicAddress && !allowPrivate ? nil : entry
        }
    }
}
