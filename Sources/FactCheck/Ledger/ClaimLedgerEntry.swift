import FactCheckModel
import Foundation

/// One editor's decision about one claim: a file `Claims/<id>.json` in the ledger.
///
/// The file is the contract (editors read and diff it in git), so every key is always written,
/// `null` included, and keys are sorted so two decisions diff line by line.
public struct ClaimLedgerEntry: Codable, Sendable, Hashable {
    /// Bumped when the file's shape changes incompatibly; readers refuse versions they do not know.
    public static let schemaVersion = 1

    /// A source the editor relied on, with the passage that decided it when they gave one.
    public struct EvidenceLink: Codable, Sendable, Hashable {
        public var url: String
        public var quote: String?

        public init(url: String, quote: String? = nil) {
            self.url = url
            self.quote = quote
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(url, forKey: .url)
            try container.encode(quote, forKey: .quote)
        }
    }

    public var schemaVersion: Int
    /// The claim id (``ClaimID/make(for:)`` of ``text``); also the file's name.
    public var id: String
    /// The claim as the editor reviewed it; later runs match rewordings against it.
    public var text: String
    public var verdict: Verdict
    public var evidence: [EvidenceLink]
    public var note: String
    public var reviewer: String
    /// ISO 8601 in UTC ("2026-11-25T21:10:00Z").
    public var reviewedAt: String

    public init(
        id: String, text: String, verdict: Verdict, evidence: [EvidenceLink], note: String, reviewer: String,
        reviewedAt: String, schemaVersion: Int = ClaimLedgerEntry.schemaVersion
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.text = text
        self.verdict = verdict
        self.evidence = evidence
        self.note = note
        self.reviewer = reviewer
        self.reviewedAt = reviewedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, text, verdict, evidence, note, reviewer
        case schemaVersion = "schema_version"
        case reviewedAt = "reviewed_at"
    }

    /// A timestamp in the ledger's form: ISO 8601, UTC, whole seconds.
    public static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The file's bytes: pretty-printed, sorted keys, a final newline (git prefers one).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
