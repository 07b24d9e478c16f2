import Foundation

/// Reads a Crossref `/works/{doi}` response (`{"status": "ok", "message": {…}}`) into a record:
/// title, container title, year (issued, else published-print / published-online / created),
/// abstract (a JATS-tagged string, read by ``TaggedTextReader``) and retraction links.
///
/// Retraction, as Crossref expresses it:
/// - `updated-by: [{type: "retraction", DOI: notice}]` on the retracted work (Crossmark and the
///   Retraction Watch data both arrive this way): retracted, notice = that DOI.
/// - `update-to: [{type: "retraction", DOI: X}]` on the *notice*: the record retracts X. When X is
///   the record's own DOI (a publisher "retracting in place"), the work itself is retracted.
/// - `relation` keys such as `is-retracted-by` / `retracts` (some deposits use them).
/// - a notice typed as such (`type` / `subtype` naming a retraction), or titled "Retraction: …",
///   "Retraction note…", "Notice of retraction…".
/// Withdrawals and removals are retractions for a fact-checker's purpose: the work no longer stands.
public enum CrossrefWorkParser {
    public static func record(from bytes: [UInt8]) throws(ScholarlyParseError) -> ScholarlyRecord {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw .malformedJSON("Crossref work: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any] else { throw .malformedJSON("Crossref work: not an object") }
        // `/works/{doi}` wraps the work in `message`; a bare work object (a cached copy) is accepted too.
        let message = (root["message"] as? [String: Any]) ?? root
        guard message["DOI"] != nil || message["title"] != nil else {
            throw .malformedJSON("Crossref work: no DOI or title in the message")
        }
        return record(fromWork: message)
    }

    static func record(fromWork work: [String: Any]) -> ScholarlyRecord {
        var record = ScholarlyRecord()
        record.doi = work["DOI"] as? String
        record.title = firstString(work["title"]).flatMap { TextBuffer.collapse(TaggedTextReader.decodeEntities(stripTags($0))) }
        record.journal = firstString(work["container-title"])
        for key in ["issued", "published-print", "published-online", "published", "created"] where record.year == nil {
            record.year = year(work[key])
        }
        let type = work["type"] as? String
        if let type { record.publicationTypes.append(type) }
        if let abstract = work["abstract"] as? String {
            record.passages = TaggedTextReader.passages(from: abstract)
        }
        readRetraction(work, into: &record)
        return record
    }

    private static let retractionTypes: Set<String> = ["retraction", "withdrawal", "removal", "retracted"]

    private static func readRetraction(_ work: [String: Any], into record: inout ScholarlyRecord) {
        let ownDOI = (record.doi ?? "").lowercased()
        for update in dictionaries(work["updated-by"]) where isRetraction(update["type"]) {
            record.retracted = true
            if record.retractionNotice == nil { record.retractionNotice = doiURL(update["DOI"]) }
        }
        for update in dictionaries(work["update-to"]) where isRetraction(update["type"]) {
            let target = (update["DOI"] as? String)?.lowercased()
            if target == nil || target == ownDOI {
                record.retracted = true
                if record.retractionNotice == nil { record.retractionNotice = doiURL(record.doi) }
            } else {
                record.isRetractionNotice = true
                if record.retracts == nil { record.retracts = doiURL(update["DOI"]) }
            }
        }
        if let relations = work["relation"] as? [String: Any] {
            for (key, value) in relations.sorted(by: { $0.key < $1.key }) where key.lowercased().contains("retract") {
                let link = dictionaries(value).lazy.compactMap { doiURL($0["id"]) }.first
                if key.lowercased().hasPrefix("is-") {
                    record.retracted = true
                    if record.retractionNotice == nil { record.retractionNotice = link }
                } else {
                    record.isRetractionNotice = true
                    if record.retracts == nil { record.retracts = link }
                }
            }
        }
        let ownType = [work["type"], work["subtype"]].compactMap { ($0 as? String)?.lowercased() }
        let title = (record.title ?? "").lowercased()
        if ownType.contains(where: { $0.contains("retraction") })
            || ["retraction:", "retraction note", "retraction notice", "notice of retraction", "retraction of"].contains(where: title.hasPrefix) {
            record.isRetractionNotice = true
        }
    }

    private static func isRetraction(_ type: Any?) -> Bool {
        guard let type = (type as? String)?.lowercased() else { return false }
        return retractionTypes.contains(type)
    }

    private static func doiURL(_ value: Any?) -> String? {
        guard let doi = (value as? String).flatMap(ScholarlyIdentifier.doi(in:)) else { return nil }
        return ScholarlyIdentifier.doi(doi).canonicalURL
    }

    private static func dictionaries(_ value: Any?) -> [[String: Any]] {
        (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
    }

    private static func firstString(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        return (value as? [Any])?.lazy.compactMap { $0 as? String }.first { !$0.isEmpty }
    }

    /// `{"date-parts": [[2019, 4, 19]]}` → 2019; `[[null]]` → nil.
    private static func year(_ value: Any?) -> Int? {
        guard let parts = (value as? [String: Any])?["date-parts"] as? [Any],
              let first = parts.first as? [Any], let year = first.first as? NSNumber else { return nil }
        return year.intValue
    }

    /// Crossref titles may carry inline markup (`<i>…</i>`).
    private static func stripTags(_ text: String) -> String {
        TaggedTextReader.passages(from: text).map(\.text).joined(separator: " ")
    }
}
