import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real HTTP/1.1 server on 127.0.0.1, in-process, for tests and benchmarks.
///
/// Listens on a port the kernel picks (read it from ``port``), accepts on a thread of its own and
/// serves each connection on its own thread: one request per connection, then `Connection: close`.
/// ``stop()`` stops accepting, cuts every open connection and every pending delay short, and returns
/// only once all of its threads have finished, so nothing outlives a test. It never binds anything
/// but the loopback address.
///
/// ```swift
/// let server = try LoopbackHTTPServer { request in
///     request.path == "/" ? .html("<p>Hello</p>") : .notFound
/// }
/// defer { server.stop() }
/// let url = server.url("/")   // "http://127.0.0.1:PORT/"
/// ```
public final class LoopbackHTTPServer: Sendable {
    /// The port the server listens on.
    public let port: Int
    private let listener: Int32
    /// A pipe whose read end the accept loop polls beside the listener: one byte written wakes it to stop.
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let state = ServerState()

    /// The most bytes of request head and body read; tests never need more.
    static let maxRequestHead = 64 * 1024
    static let maxRequestBody = 16 * 1024 * 1024

    /// Starts listening and serving at once. `handler` is called on a connection's thread, possibly
    /// on several at the same time.
    public init(handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws {
        let listening = try SocketIO.listenOnLoopback(backlog: 128)
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            let code = errno
            SocketIO.close(listening.socket)
            throw SocketIO.Failure(call: "pipe", code: code)
        }
        listener = listening.socket
        port = listening.port
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        // Non-blocking, so an accept after a poll never hangs on a connection the client already dropped.
        _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL, 0) | O_NONBLOCK)

        // The thread captures what it needs, never `self`, so dropping the server still runs deinit.
        let (state, listener, wakeRead) = (state, listener, wakeRead)
        _ = state.threadStarting()
        let acceptor = Thread {
            Self.acceptLoop(listener: listener, wake: wakeRead, state: state, handler: handler)
            state.threadFinished()
        }
        acceptor.name = "LoopbackHTTPServer.accept"
        acceptor.start()
    }

    /// Serves every request with a fixed response by path, and 404 for other paths.
    public convenience init(routes: [String: HTTPResponse]) throws {
        try self.init { request in routes[request.path] ?? .notFound }
    }

    deinit {
        stop()
    }

    /// "http://127.0.0.1:PORT/path" (a leading "/" is added when missing).
    public func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)" + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// Every request received so far, in arrival order.
    public var requests: [HTTPRequest] { state.requests }

    /// Stops accepting, aborts open connections and delays, and waits for every server thread to end.
    /// Safe to call more than once.
    public func stop() {
        let first = state.beginStop()
        if first {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
        state.waitForThreads()
        if first {
            SocketIO.close(listener)
            SocketIO.close(wakeRead)
            SocketIO.close(wakeWrite)
        }
    }

    private static func acceptLoop(
        listener: Int32, wake: Int32, state: ServerState, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) {
        while !state.isStopped {
            guard SocketIO.waitReadable(listener, orWake: wake) else { return }
            guard let connection = SocketIO.accept(listener) else {
                // EAGAIN (the client gave up first) or a transient EMFILE: look again shortly.
                if errno != EAGAIN, errno != EWOULDBLOCK { _ = state.sleep(0.01) }
                continue
            }
            // BSD hands the listener's O_NONBLOCK down to accepted sockets; a connection blocks.
            _ = fcntl(connection, F_SETFL, fcntl(connection, F_GETFL, 0) & ~O_NONBLOCK)
            guard state.register(connection) else {
                SocketIO.close(connection)
                return
            }
            guard state.threadStarting() else {
                state.close(connection)
                return
            }
            let worker = Thread {
                serve(connection, state: state, handler: handler)
                state.close(connection)
                state.threadFinished()
            }
            worker.name = "LoopbackHTTPServer.connection"
            worker.start()
        }
    }

    private static func serve(
        _ connection: Int32, state: ServerState, handler: @Sendable (HTTPRequest) -> HTTPResponse
    ) {
        guard let request = readRequest(connection) else { return }
        state.record(request)
        let response = handler(request)
        if response.delay > 0, !state.sleep(response.delay) { return }
        guard !state.isStopped, SocketIO.sendAll(connection, response.serializedHead()) else { return }
        response.stream?(HTTPResponseWriter(socket: connection, state: state))
    }

    /// Reads one request: the head up to the blank line, then a `Content-Length` body.
    private static func readRequest(_ connection: Int32) -> HTTPRequest? {
        var buffer: [UInt8] = []
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            guard buffer.count < maxRequestHead, let count = SocketIO.receive(connection, into: &buffer), count > 0
            else { return nil }
            headEnd = firstIndex(of: separator, in: buffer)
        }
        guard let headEnd, var request = HTTPRequest.parseHead(Array(buffer[..<headEnd])) else { return nil }
        let bodyStart = headEnd + separator.count
        let length = request.header("Content-Length").flatMap { Int($0) } ?? 0
        guard length >= 0, length <= maxRequestBody else { return nil }
        while buffer.count - bodyStart < length {
            guard let count = SocketIO.receive(connection, into: &buffer), count > 0 else { return nil }
        }
        request.body = Array(buffer[bodyStart..<(bodyStart + length)])
        return request
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
