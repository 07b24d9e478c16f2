/// Decides whether the fetcher may connect to an address.
///
/// An article is untrusted input: a link to `http://169.254.169.254/` (a cloud metadata service) or to
/// `http://localhost:8080/admin` would make a CI runner probe its own network on a stranger's behalf.
/// So unless the user opts in, every address that is not on the public internet is refused. The check
/// runs on the address libcurl is about to connect to, after DNS, for every connection including each
/// redirect hop, so a public name that resolves (or re-resolves) to a private address is caught too.
public struct NetworkAddressPolicy: Sendable {
    /// Why an address is not public. The phrases complete "127.0.0.1 is …" in a refusal reason.
    public enum Restriction: String, Sendable, Hashable {
        case loopback = "a loopback address"
        case privateNetwork = "a private-network address"
        case linkLocal = "a link-local address"
        case sharedAddressSpace = "a carrier-grade NAT (shared) address"
        case multicast = "a multicast address"
        case unspecified = "an unspecified address"
        case broadcast = "a broadcast address"
        case reserved = "a reserved address"
    }

    /// When true, nothing is refused (`--allow-private-network`).
    public var allowPrivateNetwork: Bool
    /// Non-public blocks that may be reached all the same (`--allow-network`, `allow_networks`).
    public var allowedNetworks: [IPNetwork]

    public init(allowPrivateNetwork: Bool = false, allowedNetworks: [IPNetwork] = []) {
        self.allowPrivateNetwork = allowPrivateNetwork
        self.allowedNetworks = allowedNetworks
    }

    /// Nil when the address may be connected to; otherwise why not.
    public func restriction(for address: IPAddress) -> Restriction? {
        if allowPrivateNetwork || allowedNetworks.contains(where: { $0.contains(address) }) { return nil }
        return Self.classify(address)
    }

    /// The reason an editor reads when a connection was refused.
    public static func refusalReason(address: IPAddress, restriction: Restriction) -> String {
        "refused: \(address) is \(restriction.rawValue); use --allow-private-network or --allow-network to allow it"
    }

    /// Why `address` is not a public internet address, or nil when it is.
    public static func classify(_ address: IPAddress) -> Restriction? {
        switch address {
        case .v4(let a, let b, let c, let d):
            return classifyV4(a, b, c, d)
        case .v6(let bytes):
            return classifyV6(bytes)
        }
    }

    static func classifyV4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Restriction? {
        switch a {
        case 0: return .unspecified  // 0.0.0.0/8, "this network": Linux connects 0.0.0.0 to the local host
        case 10: return .privateNetwork
        case 100 where b & 0xC0 == 64: return .sharedAddressSpace  // 100.64.0.0/10
        case 127: return .loopback
        case 169 where b == 254: return .linkLocal  // includes 169.254.169.254, cloud metadata
        case 172 where b & 0xF0 == 16: return .privateNetwork  // 172.16.0.0/12
        case 192 where b == 168: return .privateNetwork
        case 192 where b == 0 && c == 0: return .reserved  // 192.0.0.0/24, IETF protocol assignments
        case 198 where b & 0xFE == 18: return .reserved  // 198.18.0.0/15, benchmarking
        case 224...239: return .multicast
        case 255 where b == 255 && c == 255 && d == 255: return .broadcast
        case 240...255: return .reserved  // 240.0.0.0/4
        default: return nil
        }
    }

    static func classifyV6(_ bytes: [UInt8]) -> Restriction? {
        guard bytes.count == 16 else { return .reserved }
        let leadingZeros = bytes.prefix(10).allSatisfy { $0 == 0 }
        // ::/96 holds ::, ::1 and the deprecated IPv4-compatible form ::a.b.c.d.
        if leadingZeros, bytes[10] == 0, bytes[11] == 0 {
            if bytes[12...14].allSatisfy({ $0 == 0 }) {
                if bytes[15] == 0 { return .unspecified }
                if bytes[15] == 1 { return .loopback }
            }
            return classifyV4(bytes[12], bytes[13], bytes[14], bytes[15])
        }
        // ::ffff:a.b.c.d, IPv4-mapped: the kernel connects it to the IPv4 address, so judge that address.
        if leadingZeros, bytes[10] == 0xFF, bytes[11] == 0xFF {
            return classifyV4(bytes[12], bytes[13], bytes[14], bytes[15])
        }
        // 64:ff9b::/96, NAT64: a gateway translates it to the embedded IPv4 address.
        if bytes[0] == 0x00, bytes[1] == 0x64, bytes[2] == 0xFF, bytes[3] == 0x9B,
           bytes[4...11].allSatisfy({ $0 == 0 })
        {
            return classifyV4(bytes[12], bytes[13], bytes[14], bytes[15])
        }
        // 2002::/16, 6to4: the next four bytes are the IPv4 relay the packets go to.
        if bytes[0] == 0x20, bytes[1] == 0x02, let embedded = classifyV4(bytes[2], bytes[3], bytes[4], bytes[5]) {
            return embedded
        }
        switch bytes[0] {
        case 0xFF: return .multicast  // ff00::/8
        case 0xFC, 0xFD: return .privateNetwork  // fc00::/7, unique local
        case 0xFE where bytes[1] & 0xC0 == 0x80: return .linkLocal  // fe80::/10
        case 0xFE where bytes[1] & 0xC0 == 0xC0: return .privateNetwork  // fec0::/10, deprecated site-local
        default: return nil
        }
    }
}
