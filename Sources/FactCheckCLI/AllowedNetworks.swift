import ArgumentParser
import Fetcher

/// Reads `--allow-network` values; a malformed one is a usage error naming it.
enum AllowedNetworks {
    static func parse(_ values: [String]) throws -> [IPNetwork] {
        try values.map { value in
            guard let network = IPNetwork(value) else {
                throw ValidationError("--allow-network \(value): not an address or CIDR block (like 10.20.0.0/16)")
            }
            return network
        }
    }
}
