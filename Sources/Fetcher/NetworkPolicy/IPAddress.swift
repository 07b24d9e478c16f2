#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address as raw bytes in network order, the form the address policy reasons about.
///
/// Built from the `sockaddr` libcurl is about to connect to, or parsed from text for tests and messages.
/// Text is never trusted for the decision itself: "0x7f.1" and "2130706433" both reach 127.0.0.1, so
/// the fetcher only ever classifies the address the resolver actually produced.
public enum IPAddress: Sendable, Hashable, CustomStringConvertible {
    case v4(UInt8, UInt8, UInt8, UInt8)
    /// Sixteen bytes, network order.
    case v6([UInt8])

    /// Parses dotted-quad IPv4 or RFC 4291 IPv6 text (`inet_pton`), or nil.
    public init?(_ text: String) {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            self.init(v4: v4)
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            self.init(v6: v6)
            return
        }
        return nil
    }

    init(v4 address: in_addr) {
        // s_addr is in network order: its first byte in memory is the first octet.
        let bytes = withUnsafeBytes(of: address.s_addr) { Array($0) }
        self = .v4(bytes[0], bytes[1], bytes[2], bytes[3])
    }

    init(v6 address: in6_addr) {
        self = .v6(withUnsafeBytes(of: address) { Array($0) })
    }

    /// Reads the address out of a socket address of family AF_INET or AF_INET6; nil for anything else
    /// (a Unix socket, or a length too short to hold the family's address).
    init?(socketAddress: UnsafePointer<sockaddr>, length: Int) {
        switch Int32(socketAddress.pointee.sa_family) {
        case AF_INET:
            guard length >= MemoryLayout<sockaddr_in>.size else { return nil }
            let address = UnsafeRawPointer(socketAddress).loadUnaligned(as: sockaddr_in.self)
            self.init(v4: address.sin_addr)
        case AF_INET6:
            guard length >= MemoryLayout<sockaddr_in6>.size else { return nil }
            let address = UnsafeRawPointer(socketAddress).loadUnaligned(as: sockaddr_in6.self)
            self.init(v6: address.sin6_addr)
        default:
            return nil
        }
    }

    /// The conventional text form (`inet_ntop`): "127.0.0.1", "::ffff:10.0.0.1".
    public var description: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let written: UnsafePointer<CChar>?
        switch self {
        case .v4(let a, let b, let c, let d):
            var raw = [a, b, c, d]
            written = inet_ntop(AF_INET, &raw, &buffer, socklen_t(buffer.count))
        case .v6(var bytes):
            written = inet_ntop(AF_INET6, &bytes, &buffer, socklen_t(buffer.count))
        }
        guard written != nil else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
