/// Where the source cache lives and how long its answers stay fresh (`[cache]`, `--cache PATH`).
public struct CacheSettings: Sendable, Equatable {
    /// The SQLite file; relative paths are taken from the working folder.
    public var path: String
    /// How long a readable document is used without asking the server again.
    public var okTimeToLiveHours: Double
    /// How long a failure (404, timeout, blocked…) is remembered; short, since sites come back.
    public var failureTimeToLiveHours: Double
    /// How long to wait for another process's lock on the file before giving up on it.
    public var lockTimeoutSeconds: Double

    public static let defaultPath = ".factcheck/cache.sqlite"

    public init(
        path: String = CacheSettings.defaultPath, okTimeToLiveHours: Double = 24, failureTimeToLiveHours: Double = 1,
        lockTimeoutSeconds: Double = 10
    ) {
        self.path = path
        self.okTimeToLiveHours = okTimeToLiveHours
        self.failureTimeToLiveHours = failureTimeToLiveHours
        self.lockTimeoutSeconds = lockTimeoutSeconds
    }

    /// Seconds an entry with `status` stays fresh.
    func timeToLive(okay: Bool) -> Double {
        (okay ? okTimeToLiveHours : failureTimeToLiveHours) * 3600
    }
}
