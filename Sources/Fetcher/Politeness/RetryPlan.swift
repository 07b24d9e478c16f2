/// Whether a response asks us to come back later, and when: `429 Too Many Requests` and
/// `503 Service Unavailable` with `Retry-After`, or a bare 429 (backing off 1 s, then 2 s…).
enum RetryPlan: Equatable {
    /// Not a "come back later" answer: the outcome stands.
    case none
    /// Wait this many seconds (holding back every request to the host), then ask again.
    case retry(after: Double)
    /// The server keeps refusing, or wants a longer wait than we accept: the final answer.
    case giveUp(SourceStatusReason)

    /// A status and a reason, replacing what the response alone would say.
    struct SourceStatusReason: Equatable {
        var blocked: Bool
        var reason: String
    }

    static func plan(for outcome: HTTPTransferOutcome, retriesSoFar: Int, policy: FetchPolicy) -> RetryPlan {
        guard case .response(let response) = outcome, response.statusCode == 429 || response.statusCode == 503 else {
            return .none
        }
        let code = response.statusCode
        let asked = response.header("Retry-After").flatMap { RetryAfter.seconds($0) }
        // A 503 without Retry-After is an ordinary server error; a bare 429 still means "slow down".
        guard let wait = asked ?? (code == 429 ? Double(1 << min(retriesSoFar, 5)) : nil) else { return .none }
        let label = code == 429 ? "rate limited (HTTP 429)" : "server unavailable (HTTP 503)"
        if wait > policy.maxRetryWaitSeconds {
            let limit = HTTPOutcomeInterpreter.formatSeconds(policy.maxRetryWaitSeconds)
            return .giveUp(SourceStatusReason(
                blocked: code == 429,
                reason: "\(label): asked to wait \(HTTPOutcomeInterpreter.formatSeconds(wait.rounded(.up))), more than the \(limit) limit"))
        }
        guard retriesSoFar < policy.maxRetries else {
            let tries = policy.maxRetries
            return .giveUp(SourceStatusReason(
                blocked: code == 429, reason: tries == 0 ? label : "\(label), still after \(tries) retr\(tries == 1 ? "y" : "ies")"))
        }
        return .retry(after: wait)
    }
}
