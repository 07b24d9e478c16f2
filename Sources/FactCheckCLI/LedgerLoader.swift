import ArgumentParser
import FactCheck
import Foundation

/// Finds and reads the `Claims/` ledger for `check` and `review`.
enum LedgerLoader {
    /// `--claims DIR`, else `Claims/` beside the configuration in use (`--config`, or the nearest
    /// `.factcheck.toml` upward), else `Claims/` in the current folder.
    /// A `--claims` that names a file is refused: the ledger is a folder of one file per claim, and
    /// reading a file as a folder would silently apply no decision at all.
    static func folder(claims: String?, config: String?) throws -> String {
        if let claims {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: claims, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw ValidationError("--claims \(claims): is a file; give the ledger folder (one JSON file per claim, as `factcheck review` writes)")
            }
            return claims
        }
        let configuration = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath)
        return ClaimLedger.defaultFolder(configurationPath: configuration)
    }

    /// The ledger ready for matching, nil when it holds no decision. Skipped files are named on
    /// stderr with what is wrong: a decision that silently stopped applying would be worse than none.
    /// A `--claims` folder that does not exist is said once (a typo would otherwise drop every
    /// decision without a word); the default folder may be absent.
    static func load(claims: String?, config: String?) throws -> ClaimLedgerIndex? {
        let folder = try folder(claims: claims, config: config)
        if let claims, !FileManager.default.fileExists(atPath: claims) {
            Terminal.error("warning: --claims \(claims): no such folder; no editors' decisions applied")
        }
        let ledger = ClaimLedger.load(folder: folder)
        for warning in ledger.warnings { Terminal.error("warning: \(warning)") }
        return ledger.entries.isEmpty ? nil : ClaimLedgerIndex(ledger)
    }
}
