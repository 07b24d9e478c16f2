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

    public static let defaultUserAgent = "factcheck/0.1 (+https://github.com/factcheck/factcheck)"

    public init(
        userAgent: String = FetchPolicy.defaultUserAgent,
        timeoutSeconds: Double = 20,
        connectTimeoutSeconds: Double = 10,
        maxBytes: Int = 10_000_000,
        maxRedirects: Int = 5,
        allowPrivateNetwork: Bool = false
    ) {
        self.userAgent = userAgent
        self.timeoutSeconds = timeoutSeconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.allowPrivateNetwork = allowPrivateNetwork
    }

    var addressPolicy: NetworkAddressPolicy { NetworkAddressPolicy(allowPrivateNetwork: allowPrivateNetwork) }
}
