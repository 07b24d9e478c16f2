import FactCheckModel

extension ScholarlyRecord {
    /// Combines what several APIs said about the same work. `records` go best first: the text comes
    /// from the first record with any (full text before abstract), each metadata field from the first
    /// record that has it, and a retraction reported by *any* of them wins, since APIs learn of
    /// retractions at different times and missing one is the costly mistake.
    public static func merged(_ records: [ScholarlyRecord]) -> ScholarlyRecord? {
        guard var result = records.first else { return nil }
        let withText = records.first { !$0.passages.isEmpty }
        result.passages = withText?.passages ?? []
        result.hasFullText = withText?.hasFullText ?? false
        for record in records.dropFirst() {
            result.title = result.title ?? record.title
            result.doi = result.doi ?? record.doi
            result.pmid = result.pmid ?? record.pmid
            result.pmcid = result.pmcid ?? record.pmcid
            result.journal = result.journal ?? record.journal
            result.year = result.year ?? record.year
            result.isOpenAccess = result.isOpenAccess || record.isOpenAccess
            result.retracted = result.retracted || record.retracted
            result.retractionNotice = result.retractionNotice ?? record.retractionNotice
            result.isRetractionNotice = result.isRetractionNotice || record.isRetractionNotice
            result.retracts = result.retracts ?? record.retracts
            if result.references.isEmpty { result.references = record.references }
            for type in record.publicationTypes where !result.publicationTypes.contains(type) {
                result.publicationTypes.append(type)
            }
        }
        return result
    }

    /// The record as a source document for `ref`. A record with no text at all (a Crossref entry
    /// without an abstract, a PMC front matter) is `unreadable`: the scorer must not take an empty
    /// source for one that was read and said nothing — but its title and retraction still show.
    public func document(for ref: SourceRef, finalURL: String?, contentType: String?) -> SourceDocument {
        let numbered = passages.enumerated().map { index, passage in
            Passage(index: index, text: passage.text, heading: passage.heading)
        }
        return SourceDocument(
            ref: ref, status: numbered.isEmpty ? .unreadable : .ok,
            reason: numbered.isEmpty ? "no abstract or full text available (metadata only)" : nil,
            finalURL: finalURL, title: title, contentType: contentType, passages: numbered,
            retraction: retraction)
    }
}
