/// Reads each origin's robots.txt once per run and remembers its rules.
///
/// Concurrent fetches to one new host wait for the single robots.txt request. What an answer means:
/// - 2xx: its rules (for `User-agent: factcheck`, else `*`).
/// - 4xx (404, 410, even 401/403): no usable robots.txt, so everything is allowed (RFC 9309 §2.3.1.3).
/// - 5xx: the server is failing; RFC 9309 §2.3.1.4 says to assume complete disallow, and we do for
///   the rest of this run (a later run asks again).
/// - no answer at all (refused address, DNS, timeout): allowed, so the page's own fetch meets the same
///   problem and reports it in its own words ("refused: 127.0.0.1 is a loopback address…").
actor RobotsCache {
    private var rules: [HostKey: Task<RobotsRules, Never>] = [:]
    private let load: @Sendable (HostKey) async -> RobotsRules

    init(load: @escaping @Sendable (HostKey) async -> RobotsRules) {
        self.load = load
    }

    func rules(for host: HostKey) async -> RobotsRules {
        if let task = rules[host] { return await task.value }
        let load = load
        let task = Task { await load(host) }
        rules[host] = task
        return await task.value
    }

    /// The rules an answer to a robots.txt request stands for.
    static func rules(from outcome: HTTPTransferOutcome) -> RobotsRules {
        guard case .response(let response) = outcome else { return .allowAll }
        switch response.statusCode {
        case 200...299:
            return RobotsRules(parsing: PlainTextSourceReader.decode(response.body, charset: nil))
        case 500...599:
            return RobotsRules(rules: [], disallowAll: true)
        default:
            return .allowAll
        }
    }
}
