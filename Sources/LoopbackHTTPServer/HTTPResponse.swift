/// What the server sends back: normally a status, headers and a body, framed with `Content-Length`
/// and `Connection: close`. For hostile-server tests, ``raw`` replaces all framing with bytes sent
/// verbatim, and ``stream`` keeps writing after the head (slow bodies, endless chunked encoding).
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Seconds to wait before writing anything. `stop()` cuts the wait short.
    public var delay: Double
    /// Sent instead of the status line, headers and body, exactly as given.
    public var raw: [UInt8]?
    /// Runs after the head (or ``raw``) is written; it writes the rest through the writer, and should
    /// stop when a write or pause returns false (the client left or the server is stopping).
    public var stream: (@Sendable (HTTPResponseWriter) -> Void)?

    public init(
        status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = [], delay: Double = 0,
        raw: [UInt8]? = nil, stream: (@Sendable (HTTPResponseWriter) -> Void)? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.raw = raw
        self.stream = stream
    }

    public static func html(_ html: String, status: Int = 200, charset: String = "utf-8") -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=\(charset)")], body: Array(html.utf8))
    }

    public static func text(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(text.utf8))
    }

    public static func bytes(_ body: [UInt8], contentType: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", contentType)], body: body)
    }

    public static var notFound: HTTPResponse { .text("not found", status: 404) }

    public static func status(_ status: Int) -> HTTPResponse { .text("status \(status)", status: status) }

    /// A 302 (or the given 3xx) to `location`, which may be any URL, hostile ones included.
    public static func redirect(to location: String, status: Int = 302) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Location", location), ("Content-Type", "text/plain")],
                     body: Array("moved to \(location)".utf8))
    }

    /// The same response, sent after `seconds`.
    public func delayed(by seconds: Double) -> HTTPResponse {
        var copy = self
        copy.delay = seconds
        return copy
    }

    /// The bytes of the status line, the headers (with `Content-Length` and `Connection: close` added
    /// unless given) and the body; or ``raw``.
    func serializedHead() -> [UInt8] {
        if let raw { return raw }
        var head = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n"
        let names = Set(headers.map { $0.name.lowercased() })
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if stream == nil, !names.contains("content-length"), !names.contains("transfer-encoding") {
            head += "Content-Length: \(body.count)\r\n"
        }
        if !names.contains("connection") { head += "Connection: close\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 204: "No Content"
        case 206: "Partial Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}

/// Lets a ``HTTPResponse/stream`` write to the connection. Valid only during that call.
public struct HTTPResponseWriter: Sendable {
    let socket: Int32
    let state: ServerState

    /// Sends all of `bytes`; false once the client has gone or the server is stopping.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        !state.isStopped && SocketIO.sendAll(socket, bytes)
    }

    @discardableResult
    public func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    /// Waits `seconds`; false if the server began stopping meanwhile.
    @discardableResult
    public func pause(_ seconds: Double) -> Bool { state.sleep(seconds) }
}
