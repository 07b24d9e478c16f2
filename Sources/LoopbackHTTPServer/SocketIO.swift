#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, retrying wrappers over the POSIX socket calls the server needs.
enum SocketIO {
    struct Failure: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    #if canImport(Glibc)
    static let streamType = Int32(SOCK_STREAM.rawValue)
    // A client that hangs up mid-response must cost an EPIPE, not a SIGPIPE that kills the test run.
    static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    static let streamType = SOCK_STREAM
    static let sendFlags: Int32 = 0
    #endif

    /// A TCP socket listening on 127.0.0.1 on a port the kernel picks; returns it and the port.
    static func listenOnLoopback(backlog: Int32) throws -> (socket: Int32, port: Int) {
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw Failure(call: "socket", code: errno) }
        do {
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0  // ephemeral: tests running in parallel never collide
            address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian  // 127.0.0.1, never leaves the machine
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw Failure(call: "bind", code: errno) }
            guard listen(fd, backlog) == 0 else { throw Failure(call: "listen", code: errno) }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard named == 0 else { throw Failure(call: "getsockname", code: errno) }
            return (fd, Int(UInt16(bigEndian: address.sin_port)))
        } catch {
            _ = posixClose(fd)
            throw error
        }
    }

    /// Accepts one connection, or nil on failure.
    static func accept(_ listener: Int32) -> Int32? {
        while true {
            let fd = posixAccept(listener)
            if fd >= 0 {
                #if !canImport(Glibc)
                var yes: Int32 = 1
                setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
                #endif
                return fd
            }
            if errno != EINTR { return nil }
        }
    }

    /// Waits until `socket` is readable or `wake` is; true for the socket.
    static func waitReadable(_ socket: Int32, orWake wake: Int32) -> Bool {
        var fds = [pollfd(fd: socket, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready > 0 { return fds[1].revents == 0 && fds[0].revents != 0 }
            if ready < 0, errno != EINTR { return false }
        }
    }

    /// Sends every byte; false if the peer is gone.
    static func sendAll(_ socket: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer in
                send(socket, buffer.baseAddress! + offset, buffer.count - offset, sendFlags)
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// Reads into `buffer` (up to `limit` bytes at once); the count, 0 at end of stream, nil on error.
    static func receive(_ socket: Int32, into buffer: inout [UInt8], limit: Int = 16_384) -> Int? {
        var chunk = [UInt8](repeating: 0, count: limit)
        while true {
            let received = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, limit, 0) }
            if received >= 0 {
                buffer.append(contentsOf: chunk.prefix(received))
                return received
            }
            if errno != EINTR { return nil }
        }
    }

    static func shutdown(_ socket: Int32) {
        _ = posixShutdown(socket)
    }

    static func close(_ socket: Int32) {
        _ = posixClose(socket)
    }
}

// File-scope forwarders: inside `SocketIO` the names `close`, `accept` and `shutdown` mean its own methods.
private func posixClose(_ socket: Int32) -> Int32 { close(socket) }
private func posixAccept(_ listener: Int32) -> Int32 { accept(listener, nil, nil) }
private func posixShutdown(_ socket: Int32) -> Int32 { shutdown(socket, Int32(SHUT_RDWR)) }
