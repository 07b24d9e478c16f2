import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-transfer state libcurl's C callbacks reach through their `void *` argument.
///
/// C callbacks cannot capture Swift values, so each callback gets this object back as an
/// `Unmanaged` pointer (`CURLOPT_WRITEDATA`, `HEADERDATA`, `OPENSOCKETDATA`, `XFERINFODATA`). The
/// ``CurlEasyTransfer`` that registers it keeps it alive for the handle's whole life. Used only on the
/// thread running the transfer, so it needs no lock.
final class TransferContext {
    let maxBytes: Int
    let addressPolicy: NetworkAddressPolicy
    let cancellation: CancellationFlag

    private(set) var body: [UInt8] = []
    /// Set when the write callback stopped the transfer because the body passed ``maxBytes``.
    private(set) var exceededLimit = false
    /// Set when the open-socket callback refused an address; the first refusal is the one reported.
    private(set) var refusal: (address: IPAddress, restriction: NetworkAddressPolicy.Restriction)?
    /// Headers of the latest response seen; a new status line (a redirect hop, a `100 Continue`) starts over.
    private(set) var headers: [HTTPHeaderField] = []
    /// Set when any connection went to an address that is not on the public internet (allowed only
    /// because the policy allowed it). The cache remembers it, so a document fetched with
    /// `--allow-private-network` is never replayed to a run without the flag.
    private(set) var reachedNonPublicAddress = false

    init(maxBytes: Int, addressPolicy: NetworkAddressPolicy, cancellation: CancellationFlag) {
        self.maxBytes = maxBytes
        self.addressPolicy = addressPolicy
        self.cancellation = cancellation
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> TransferContext? {
        guard let pointer else { return nil }
        return Unmanaged<TransferContext>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Returns the number of bytes taken; anything else makes libcurl abort with `CURLE_WRITE_ERROR`.
    func receiveBody(_ data: UnsafeMutablePointer<CChar>?, count: Int) -> Int {
        guard let data, count > 0 else { return count }
        // Counted here because CURLOPT_MAXFILESIZE only looks at Content-Length, which is absent on
        // chunked or close-delimited bodies and counts compressed bytes on gzip ones.
        guard body.count + count <= maxBytes else {
            exceededLimit = true
            return 0
        }
        data.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }
        return count
    }

    func receiveHeaderLine(_ data: UnsafeMutablePointer<CChar>?, count: Int) -> Int {
        guard let data, count > 0 else { return count }
        let line = data.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
        let trimmed = line.trimmingHTTPWhitespace()
        if trimmed.hasPrefix("HTTP/") {
            headers.removeAll()
        } else if let colon = trimmed.firstIndex(of: ":") {
            let name = String(trimmed[..<colon]).trimmingHTTPWhitespace()
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingHTTPWhitespace()
            headers.append(HTTPHeaderField(name: name, value: value))
        }
        return count
    }

    /// Opens the socket libcurl asked for, unless the address it resolved to is refused.
    func openSocket(_ address: UnsafeMutablePointer<curl_sockaddr>) -> curl_socket_t {
        let family = address.pointee.family
        let length = Int(address.pointee.addrlen)
        // `curl_sockaddr.addr` is declared as a 16-byte `sockaddr`, but libcurl allocates room for a
        // `sockaddr_storage` behind it; `addrlen` says how much of it is filled.
        let offset = MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr) ?? 12
        let socketAddress = UnsafeRawPointer(address).advanced(by: offset).assumingMemoryBound(to: sockaddr.self)
        guard let ip = IPAddress(socketAddress: socketAddress, length: length) else {
            // Not IPv4 or IPv6: nothing we know how to vet, so nothing we connect to.
            return factcheck_curl_socket_bad
        }
        if let restriction = addressPolicy.restriction(for: ip) {
            if refusal == nil { refusal = (ip, restriction) }
            return factcheck_curl_socket_bad
        }
        if NetworkAddressPolicy.classify(ip) != nil { reachedNonPublicAddress = true }
        return socket(family, address.pointee.socktype, address.pointee.protocol)
    }

    /// Non-zero aborts the transfer (`CURLE_ABORTED_BY_CALLBACK`).
    func progress() -> Int32 {
        cancellation.isCancelled ? 1 : 0
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs, CR and LF (the white space of HTTP header syntax).
    func trimmingHTTPWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
