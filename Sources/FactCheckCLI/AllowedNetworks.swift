import ArgumentParser
import FactCheck

/// Reads `--allow-network` values; a malformed one is a usage error naming it.
enum AllowedNetworks {
    static func parse(_ values: [String]) throws -> [AllowedNetwork] {
        try values.map { value in
            guard let network = AllowedNetwork(value) else {
                throw ValidationError("--allow-network \(value): not an address or CIDR block (like 10.20.0.0/16)")
            }
            return network
        }
    }
}
