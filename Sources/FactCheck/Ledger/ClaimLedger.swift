import FactCheckModel
import Foundation

/// The editors' ledger: the folder `Claims/`, one ``ClaimLedgerEntry`` per reviewed claim, named
/// `<claim id>.json`.
///
/// Loading never fails as a whole: a file that is not a valid entry is skipped and named in
/// ``warnings`` with what is wrong, so one bad merge cannot hide every other decision, and no bad
/// file is ever silently ignored. Writing is atomic (a temporary file in the same folder renamed
/// into place), so a killed `factcheck review` leaves the old decision or the new one, never half.
public struct ClaimLedger: Sendable {
    /// The folder, as given.
    public var folder: String
    /// Valid entries, sorted by id so matching is deterministic.
    public var entries: [ClaimLedgerEntry]
    /// One line per file that was skipped: "Claims/x.json: what is wrong".
    public var warnings: [String]

    /// The ledger folder's name.
    public static let folderName = "Claims"

    public init(folder: String, entries: [ClaimLedgerEntry] = [], warnings: [String] = []) {
        self.folder = folder
        self.entries = entries.sorted { $0.id < $1.id }
        self.warnings = warnings
    }

    /// `Claims/` beside the configuration file when there is one (the ledger belongs to the
    /// project, wherever the command runs from), else in the current folder.
    public static func defaultFolder(configurationPath: String?) -> String {
        if let configurationPath {
            return ((configurationPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(folderName)
        }
        return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(folderName)
    }

    /// Reads every `*.json` in `folder`. A missing folder is an empty ledger (a project that has
    /// reviewed nothing yet).
    public static func load(folder: String) -> ClaimLedger {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var entries: [ClaimLedgerEntry] = []
        var warnings: [String] = []
        var seen: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            switch readEntry(at: path) {
            case .success(let entry):
                if let earlier = seen[entry.id] {
                    warnings.append("\(path): skipped: claim id \(entry.id) is already reviewed in \(earlier)")
                    continue
                }
                seen[entry.id] = path
                entries.append(entry)
            case .failure(let problem):
                warnings.append("\(path): skipped: \(problem.message)")
            }
        }
        return ClaimLedger(folder: folder, entries: entries, warnings: warnings)
    }

    /// What is wrong with one ledger file.
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// One file, validated: it must decode, carry a known schema version, and be named by its id.
    public static func readEntry(at path: String) -> Result<ClaimLedgerEntry, Problem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Problem(message: "cannot be read"))
        }
        let entry: ClaimLedgerEntry
        do {
            entry = try JSONDecoder().decode(ClaimLedgerEntry.self, from: data)
        } catch let error as DecodingError {
            return .failure(Problem(message: describe(error)))
        } catch {
            return .failure(Problem(message: "not valid JSON"))
        }
        if entry.schemaVersion != ClaimLedgerEntry.schemaVersion {
            return .failure(Problem(message: "unknown schema_version \(entry.schemaVersion) (this factcheck reads \(ClaimLedgerEntry.schemaVersion))"))
        }
        let expected = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if entry.id != expected {
            return .failure(Problem(message: "id \"\(entry.id)\" does not match the file name (expected \"\(expected)\")"))
        }
        return .success(entry)
    }

    /// A decoding error in an editor's words: which key, and what was wrong with it.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty ? "the top level" : "\"" + keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") + "\""
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key \"\(key.stringValue)\"" + (context.codingPath.isEmpty ? "" : " in \(path(context.codingPath))")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            // An unknown verdict name lands here: say which names are allowed.
            if context.codingPath.last?.stringValue == "verdict" {
                return "unknown verdict (known: \(Verdict.allCases.map(\.rawValue).joined(separator: ", ")))"
            }
            return "invalid value at \(path(context.codingPath))"
        @unknown default:
            return "not a ledger entry"
        }
    }

    /// Writes `entry` as `<folder>/<id>.json`, creating the folder, replacing an earlier decision
    /// atomically. Returns the path written. A file of that name that is not a ledger entry (the
    /// user's own notes, a broken hand edit) is never replaced: the write fails and names it.
    @discardableResult
    public static func write(_ entry: ClaimLedgerEntry, to folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent("\(entry.id).json")
        if FileManager.default.fileExists(atPath: path), case .failure(let problem) = readEntry(at: path) {
            throw FileWriteError(path: path, reason: "a file that is not a ledger entry is in the way (\(problem.message)); it was left as it is")
        }
        // Dot-prefixed so a concurrent `load` never reads the half-written file as an entry.
        let temporary = (folder as NSString).appendingPathComponent(".\(entry.id).json.tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try entry.encoded().write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw FileWriteError(path: path, reason: FileWriteError.reason(code: code))
        }
        return path
    }
}
