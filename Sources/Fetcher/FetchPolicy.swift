/// The limits and manners of every fetch. One policy per run, from `.factcheck.toml` and the command line.
public struct FetchPolicy: Sendable {
    /// Sent as `User-Agent`. Honest, never a browser's: a site owner must be able to tell who we are.
    public var userAgent: String
    /// The whole transfer, redirects included.
    public var timeoutSeconds: Double
    /// Each connection's setup (DNS, TCP, TLS).
    public var connectTimeoutSeconds: Double
    /// The most body bytes accepted, counted after decompression, so a small gzip bomb cannot
    /// balloon into gigabytes. A larger response is `.tooLarge`, never a truncated text.
    public var maxBytes: Int
    /// Redirects followed before giving up with `.tooLarge`.
    public var maxRedirects: Int
    /// Allow loopback, private, link-local and other non-public addresses (`--allow-private-network`).
    public var allowPrivateNetwork: Bool
    /// Non-public address blocks allowed without allowing them all (`--allow-network CIDR`). Pages
    /// fetched from them are not replayed from the cache unless `allowPrivateNetwork` is set, since the
    /// cache does not keep which address answered.
    public var allowedNetworks: [IPNetwork]
    /// The pause between the end of one request to a host and the start of the next; requests to one
    /// host then go one at a time. 0 lets them run side by side (benchmarks, your own server).
    public var perHostIntervalMilliseconds: Int
    /// Read each host's robots.txt once per run and skip what it disallows for `factcheck` (or `*`).
    public var respectRobots: Bool
    /// Transfers libcurl runs at once; the rest wait unstarted, so their timeouts do not run.
    public var maxInFlight: Int
    /// Retries after a 429 or 503 that says when to come back (`Retry-After`), or a bare 429.
    public var maxRetries: Int
    /// The longest `Retry-After` waited for; a server asking for more is taken as a refusal.
    public var maxRetryWaitSeconds: Double
    /// Answer from the cache alone and never touch the network (`--offline`).
    public var offline: Bool

    public static let defaultUserAgent = "factcheck/0.1 (+https://github.com/factcheck/factcheck)"

    public init(
        userAgent: String = FetchPolicy.defaultUserAgent,
        timeoutSeconds: Double = 20,
        connectTimeoutSeconds: Double = 10,
        maxBytes: Int = 10_000_000,
        maxRedirects: Int = 5,
        allowPrivateNetwork: Bool = false,
        allowedNetworks: [IPNetwork] = [],
        perHostIntervalMilliseconds: Int = 1000,
        respectRobots: Bool = true,
        maxInFlight: Int = 16,
        maxRetries: Int = 2,
        maxRetryWaitSeconds: Double = 30,
        offline: Bool = false
    ) {
        self.userAgent = userAgent
        self.timeoutSeconds = timeoutSeconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.allowPrivateNetwork = allowPrivateNetwork
        self.allowedNetworks = allowedNetworks
        self.perHostIntervalMilliseconds = perHostIntervalMilliseconds
        self.respectRobots = respectRobots
        self.maxInFlight = maxInFlight
        self.maxRetries = maxRetries
        self.maxRetryWaitSeconds = maxRetryWaitSeconds
        self.offline = offline
    }

    var addressPolicy: NetworkAddressPolicy {
        NetworkAddressPolicy(allowPrivateNetwork: allowPrivateNetwork, allowedNetworks: allowedNetworks)
    }
}
