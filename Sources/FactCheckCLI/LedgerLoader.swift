import FactCheck
import Foundation

/// Finds and reads the `Claims/` ledger for `check` and `review`.
enum LedgerLoader {
    /// `--claims DIR`, else `Claims/` beside the configuration in use (`--config`, or the nearest
    /// `.factcheck.toml` upward), else `Claims/` in the current folder.
    static func folder(claims: String?, config: String?) -> String {
        if let claims { return claims }
        let configuration = config ?? Configuration.discover(from: FileManager.default.currentDirectoryPath)
        return ClaimLedger.defaultFolder(configurationPath: configuration)
    }

    /// The ledger ready for matching, nil when it holds no decision. Skipped files are named on
    /// stderr with what is wrong: a decision that silently stopped applying would be worse than none.
    static func load(claims: String?, config: String?) -> ClaimLedgerIndex? {
        let ledger = ClaimLedger.load(folder: folder(claims: claims, config: config))
        for warning in ledger.warnings { Terminal.error("warning: \(warning)") }
        return ledger.entries.isEmpty ? nil : ClaimLedgerIndex(ledger)
    }
}
