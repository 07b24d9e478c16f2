import Fetcher

/// The fetch switches a command line may set over the configuration file's. They are named here so
/// that the façade's clients never handle a fetcher type: the policy they change stays the fetcher's.
extension Configuration {
    /// `--allow-private-network` over `allow_private_network`: sources on loopback, private,
    /// link-local and other non-public addresses may be fetched.
    public var allowsPrivateNetwork: Bool {
        get { fetch.allowPrivateNetwork }
        set { fetch.allowPrivateNetwork = newValue }
    }

    /// `--offline`: answer from the source cache alone and never touch the network.
    public var offline: Bool {
        get { fetch.offline }
        set { fetch.offline = newValue }
    }

    /// `--no-search`: no literature search for claims without a source (cited DOIs and PMIDs are
    /// still read through the scholarly APIs).
    public mutating func disableSearch() {
        searchEnabled = false
    }

    /// What the environment may add: `NCBI_API_KEY` (NCBI's key, 10 requests a second instead of 3)
    /// when the file sets no `api_key`, and `FACTCHECK_NO_SEARCH=1`, which is `--no-search` for a
    /// whole CI job or test suite that must not reach outside hosts.
    public mutating func apply(environment: [String: String]) {
        // A key of spaces (a blank CI secret) is no key: sent, it would be refused as `api_key=%20`.
        let key = environment["NCBI_API_KEY"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if search.eutils.apiKey == nil, !key.isEmpty { search.eutils.apiKey = key }
        // Off only for a value that says so: `FACTCHECK_NO_SEARCH=no` means search.
        let flag = environment["FACTCHECK_NO_SEARCH"]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        if ["1", "true", "yes", "on"].contains(flag) { searchEnabled = false }
    }

    /// `--allow-network`: non-public blocks the fetcher may reach on top of `allow_networks`.
    public mutating func allow(_ networks: [AllowedNetwork]) {
        fetch.allowedNetworks += networks.map(\.block)
    }
}

/// One non-public address or CIDR block a user lets the fetcher reach (`--allow-network
/// 10.20.0.0/16`, a staging server), parsed when it is given so that a typo is a usage error rather
/// than a source silently refused later.
public struct AllowedNetwork: Sendable, CustomStringConvertible {
    let block: IPNetwork

    /// Nil when `text` is not an address or a CIDR block.
    public init?(_ text: String) {
        guard let block = IPNetwork(text) else { return nil }
        self.block = block
    }

    public var description: String { block.description }
}
