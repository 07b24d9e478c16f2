import ArgumentParser
import FactCheck

/// Reads `--baseline FILE`; a missing or malformed file is a usage error (exit code 2) naming it.
enum BaselineLoader {
    static func load(_ path: String) throws -> Baseline {
        do {
            return try Baseline.load(from: path)
        } catch {
            throw ValidationError("--baseline \(error.description)")
        }
    }
}
