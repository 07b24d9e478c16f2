import FactCheckModel
import Foundation

/// The findings an existing archive already has, so a team can adopt `factcheck` in CI without
/// fixing every old article first: `factcheck baseline` writes one, `check --baseline FILE` fails
/// only on findings that are not in it.
///
/// A finding is keyed by claim id, article path and verdict: the same claim getting *worse* (say
/// `overstated` becoming `contradicted`) or moving to another article is new. Paths are stored
/// relative to the current folder when they lie under it, so the file means the same on every CI
/// machine that checks out the repository; run `baseline` and `check` from the same folder.
public struct Baseline: Codable, Sendable, Equatable {
    public static let schemaVersion = 1
    public static let defaultPath = ".factcheck-baseline.json"

    public struct Finding: Codable, Sendable, Hashable, Comparable {
        public var id: String
        public var path: String
        public var verdict: Verdict

        public init(id: String, path: String, verdict: Verdict) {
            self.id = id
            self.path = path
            self.verdict = verdict
        }

        public static func < (lhs: Finding, rhs: Finding) -> Bool {
            (lhs.path, lhs.id, lhs.verdict.rawValue) < (rhs.path, rhs.id, rhs.verdict.rawValue)
        }
    }

    public var schemaVersion: Int
    /// Sorted, so a regenerated baseline diffs cleanly in git.
    public private(set) var findings: [Finding]
    /// `findings` for lookups: a batch asks once per failing claim.
    private var lookup: Set<Finding>

    enum CodingKeys: String, CodingKey {
        case findings
        case schemaVersion = "schema_version"
    }

    public init(findings: [Finding]) {
        schemaVersion = Self.schemaVersion
        lookup = Set(findings)
        self.findings = lookup.sorted()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        findings = try container.decode([Finding].self, forKey: .findings)
        lookup = Set(findings)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(findings, forKey: .findings)
    }

    /// The findings of `report`: its claims whose verdict is in `failOn`.
    public init(report: Report, failOn: Set<Verdict>) {
        var findings: [Finding] = []
        for article in report.articles {
            for check in article.claims where failOn.contains(check.verdict) {
                findings.append(Finding(id: check.claim.id, path: Self.portablePath(article.path), verdict: check.verdict))
            }
        }
        self.init(findings: findings)
    }

    /// Whether `check`, found in the article at `path`, was already known.
    public func contains(_ check: ClaimCheck, in path: String) -> Bool {
        lookup.contains(Finding(id: check.claim.id, path: Self.portablePath(path), verdict: check.verdict))
    }

    /// `path` relative to the current folder when it lies under it, else standardised as is.
    public static func portablePath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let prefix = here.hasSuffix("/") ? here : here + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// What is wrong with a baseline file; the CLI turns it into a usage error.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func load(from path: String) throws(LoadError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, message: "cannot be read (write one with `factcheck baseline`)")
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch let error as DecodingError {
            throw LoadError(path: path, message: "not a baseline file: \(ClaimLedger.describe(error))")
        } catch {
            throw LoadError(path: path, message: "not a baseline file")
        }
        guard baseline.schemaVersion == schemaVersion else {
            throw LoadError(path: path, message: "unknown schema_version \(baseline.schemaVersion)")
        }
        return baseline
    }

    /// Throws when `path` holds something a baseline must not replace: a folder, or a file that is
    /// not a baseline (a mistyped `--output notes.md` must never cost the user `notes.md`). A missing
    /// file, or an earlier baseline, may be written. Checked before the run, so a refusal costs nothing.
    public static func checkReplaceable(_ path: String) throws(LoadError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw LoadError(path: path, message: "is a folder; --output names the baseline file to write")
        }
        do {
            _ = try load(from: path)
        } catch {
            throw LoadError(path: path, message: "is not a baseline file, so it is not overwritten (\(error.message))")
        }
    }

    /// Pretty-printed, sorted keys, written atomically (see ``ReportWriter``).
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
        try ReportWriter.writeAtomically(text, to: path)
    }
}
