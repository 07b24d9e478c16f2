import Testing
@testable import Fetcher

@Suite struct NetworkAddressPolicyTests {
    @Test(arguments: [
        ("127.0.0.1", NetworkAddressPolicy.Restriction.loopback),
        ("127.255.0.9", .loopback),
        ("10.1.2.3", .privateNetwork),
        ("172.16.0.1", .privateNetwork),
        ("172.31.255.255", .privateNetwork),
        ("192.168.1.1", .privateNetwork),
        ("169.254.169.254", .linkLocal),
        ("100.64.0.1", .sharedAddressSpace),
        ("100.127.255.255", .sharedAddressSpace),
        ("0.0.0.0", .unspecified),
        ("224.0.0.1", .multicast),
        ("255.255.255.255", .broadcast),
        ("::1", .loopback),
        ("::", .unspecified),
        ("fe80::1", .linkLocal),
        ("fc00::1", .privateNetwork),
        ("fd12:3456::1", .privateNetwork),
        ("ff02::1", .multicast),
        ("::ffff:127.0.0.1", .loopback),
        ("::ffff:10.0.0.1", .privateNetwork),
        ("::ffff:169.254.169.254", .linkLocal),
        ("::ffff:0.0.0.0", .unspecified),
        ("64:ff9b::10.0.0.1", .privateNetwork),
        ("2002:7f00:1::", .loopback),
    ])
    func nonPublicAddressesAreRefused(text: String, expected: NetworkAddressPolicy.Restriction) throws {
        let address = try #require(IPAddress(text))
        #expect(NetworkAddressPolicy.classify(address) == expected)
        #expect(NetworkAddressPolicy().restriction(for: address) == expected)
        #expect(NetworkAddressPolicy(allowPrivateNetwork: true).restriction(for: address) == nil)
    }

    @Test(arguments: [
        "8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.63.255.255", "100.128.0.1", "169.253.0.1",
        "192.169.0.1", "2001:4860::8888", "2606:4700::1111", "::ffff:8.8.8.8",
    ])
    func publicAddressesAreAllowed(text: String) throws {
        let address = try #require(IPAddress(text))
        #expect(NetworkAddressPolicy.classify(address) == nil)
    }

    @Test func addressesPrintInTheirUsualForm() throws {
        #expect(try #require(IPAddress("127.0.0.1")).description == "127.0.0.1")
        #expect(try #require(IPAddress("::ffff:10.0.0.1")).description == "::ffff:10.0.0.1")
        #expect(try #require(IPAddress("fe80:0:0:0:0:0:0:1")).description == "fe80::1")
        #expect(IPAddress("localhost") == nil)
        #expect(IPAddress("256.0.0.1") == nil)
    }

    @Test func anAllowedNetworkOpensOnlyItsOwnAddresses() throws {
        let policy = NetworkAddressPolicy(allowedNetworks: [try #require(IPNetwork("10.20.0.0/16")), try #require(IPNetwork("127.0.0.1"))])
        for allowed in ["10.20.0.1", "10.20.255.255", "::ffff:10.20.3.4", "127.0.0.1"] {
            #expect(policy.restriction(for: try #require(IPAddress(allowed))) == nil, "\(allowed)")
        }
        for refused in ["10.21.0.1", "10.0.0.1", "127.0.0.2", "::1", "192.168.1.1", "169.254.169.254"] {
            #expect(policy.restriction(for: try #require(IPAddress(refused))) != nil, "\(refused)")
        }
    }

    @Test func networksParseInCIDRNotation() throws {
        #expect(IPNetwork("192.168.1.77/24")?.description == "192.168.1.0/24")
        #expect(IPNetwork("10.1.2.3")?.description == "10.1.2.3/32")
        #expect(IPNetwork("fd00:abcd::1/8")?.description == "fd00::/8")
        #expect(IPNetwork("0.0.0.0/0")?.contains(try #require(IPAddress("8.8.8.8"))) == true)
        for bad in ["10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "10.0.0/8", "localhost", "10.0.0.0/8/8", "::1/129", ""] {
            #expect(IPNetwork(bad) == nil, "\(bad)")
        }
    }

    @Test func refusalReasonNamesTheAddressAndTheWayOut() throws {
        let reason = NetworkAddressPolicy.refusalReason(address: try #require(IPAddress("127.0.0.1")), restriction: .loopback)
        #expect(reason == "refused: 127.0.0.1 is a loopback address; use --allow-private-network or --allow-network to allow it")
    }
}
