import FactCheck

/// `--allow-private-network`, `--allow-network` and `--offline` over the configuration file's
/// settings, in one place: `check`, `baseline` and `fetch` take the same switches and must mean the
/// same by them.
enum FetchSwitches {
    static func apply(allowPrivateNetwork: Bool, allowNetworks: [String], offline: Bool, to configuration: inout Configuration) throws {
        if allowPrivateNetwork { configuration.allowsPrivateNetwork = true }
        configuration.allow(try AllowedNetworks.parse(allowNetworks))
        if offline { configuration.offline = true }
    }
}
