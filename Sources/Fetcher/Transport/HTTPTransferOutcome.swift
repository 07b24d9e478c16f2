/// One response header as received.
struct HTTPHeaderField: Sendable, Hashable {
    var name: String
    var value: String

    init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The final response of a transfer, after redirects: plain values, safe to hand across threads.
struct HTTPResponseData: Sendable {
    var statusCode: Int
    /// The URL the body came from (`CURLINFO_EFFECTIVE_URL`).
    var finalURL: String?
    /// Headers of the final response only; those of redirect hops are dropped.
    var headers: [HTTPHeaderField]
    /// The body as delivered, decompressed; complete (a cut-off body is a failure, never a response).
    var body: [UInt8]
    /// True when a connection of this transfer went to a loopback, private or other non-public address.
    var reachedNonPublicAddress = false

    /// The first value of a header, matched case-insensitively.
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}

/// Why a transfer produced no usable response.
enum HTTPTransferFailure: Sendable, Equatable {
    /// The address policy refused the address libcurl was about to connect to.
    case refusedAddress(IPAddress, NetworkAddressPolicy.Restriction)
    /// A redirect (or the URL itself) named a scheme other than http or https.
    case refusedScheme(String)
    /// The body passed `limit` bytes (decompressed), or Content-Length announced more.
    case tooLarge(limit: Int)
    case tooManyRedirects(limit: Int)
    /// The whole-transfer or connect timeout fired. `connected` tells which.
    case timedOut(seconds: Double, connected: Bool)
    /// The caller's task was cancelled.
    case cancelled
    /// DNS, connection, TLS or protocol failure, with libcurl's description.
    case network(String)
}

/// The result of one transfer: a response (any status code) or a failure, plus the URL reached.
enum HTTPTransferOutcome: Sendable {
    case response(HTTPResponseData)
    case failure(HTTPTransferFailure, finalURL: String?)
}

extension HTTPTransferOutcome {
    /// False when we refused the connection ourselves (address or scheme), so the server never saw us.
    var reachedServer: Bool {
        switch self {
        case .response: return true
        case .failure(.refusedAddress, _), .failure(.refusedScheme, _): return false
        case .failure: return true
        }
    }
}
