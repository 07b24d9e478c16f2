/// A block of addresses in CIDR notation ("10.20.0.0/16", "fd00::/8", or one address: "192.168.1.5"),
/// named by the user to let the fetcher reach one internal network (a staging server, an intranet
/// wiki) without `--allow-private-network` opening them all.
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The address bytes with the host bits cleared: 4 for IPv4, 16 for IPv6.
    public let prefix: [UInt8]
    public let prefixLength: Int

    /// Parses "ADDRESS" or "ADDRESS/LENGTH" (dotted-quad IPv4 or RFC 4291 IPv6); nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddress(String(parts[0])) else { return nil }
        let bytes = address.bytes
        var length = bytes.count * 8
        if parts.count == 2 {
            guard let given = Int(parts[1]), parts[1].allSatisfy(\.isASCII), (0...length).contains(given) else { return nil }
            length = given
        }
        prefix = Self.masked(bytes, to: length)
        prefixLength = length
    }

    /// True when `address` lies in the block. An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is judged
    /// as the IPv4 address it reaches.
    public func contains(_ address: IPAddress) -> Bool {
        let bytes = address.unmapped.bytes
        return bytes.count == prefix.count && Self.masked(bytes, to: prefixLength) == prefix
    }

    public var description: String { "\(IPAddress(bytes: prefix).map(String.init(describing:)) ?? "?")/\(prefixLength)" }

    private static func masked(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bitsKept = max(0, min(8, length - index * 8))
            return bitsKept == 8 ? byte : byte & ~(UInt8(0xFF) >> bitsKept)
        }
    }
}

extension IPAddress {
    /// Network-order bytes: 4 or 16.
    var bytes: [UInt8] {
        switch self {
        case .v4(let a, let b, let c, let d): [a, b, c, d]
        case .v6(let bytes): bytes
        }
    }

    init?(bytes: [UInt8]) {
        switch bytes.count {
        case 4: self = .v4(bytes[0], bytes[1], bytes[2], bytes[3])
        case 16: self = .v6(bytes)
        default: return nil
        }
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 address; any other address unchanged.
    var unmapped: IPAddress {
        if case .v6(let bytes) = self, bytes.count == 16, bytes.prefix(10).allSatisfy({ $0 == 0 }),
           bytes[10] == 0xFF, bytes[11] == 0xFF {
            return .v4(bytes[12], bytes[13], bytes[14], bytes[15])
        }
        return self
    }
}
