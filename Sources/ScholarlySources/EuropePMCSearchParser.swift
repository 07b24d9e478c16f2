import FactCheckModel
import Foundation

/// Reads a Europe PMC search response (`format=json`, best with `resultType=core`) into one record
/// per hit: ids (pmid, pmcid, doi), title, journal, year, publication types, open-access flag, and the
/// abstract (`abstractText`, HTML with `<h4>` section headings) as passages.
///
/// A hit typed "Retracted Publication" is retracted; one typed "Retraction of Publication" (or
/// "retraction-notice") is a notice.
public enum EuropePMCSearchParser {
    public static func records(from bytes: [UInt8]) throws(ScholarlyParseError) -> [ScholarlyRecord] {
        let response: SearchResponse
        do {
            response = try JSONDecoder().decode(SearchResponse.self, from: Data(bytes))
        } catch {
            throw .malformedJSON("Europe PMC search: \(error)")
        }
        return (response.resultList?.result ?? []).map(\.record)
    }

    private struct SearchResponse: Decodable {
        var hitCount: Int?
        var resultList: ResultList?
    }

    private struct ResultList: Decodable {
        var result: [Hit]
    }

    private struct Hit: Decodable {
        var pmid: String?
        var pmcid: String?
        var doi: String?
        var title: String?
        var authorString: String?
        var abstractText: String?
        var isOpenAccess: String?
        var pubYear: String?
        var journalTitle: String?
        var journalInfo: JournalInfo?
        var pubTypeList: PubTypeList?

        struct JournalInfo: Decodable {
            var journal: Journal?
            struct Journal: Decodable { var title: String? }
        }

        /// `{"pubType": ["Journal Article"]}` in `core`, sometimes a bare string.
        struct PubTypeList: Decodable {
            var types: [String]
            enum CodingKeys: String, CodingKey { case pubType }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                if let many = try? container.decode([String].self, forKey: .pubType) {
                    types = many
                } else {
                    types = (try? container.decode(String.self, forKey: .pubType)).map { [$0] } ?? []
                }
            }
        }

        var record: ScholarlyRecord {
            var record = ScholarlyRecord()
            record.pmid = pmid
            record.pmcid = pmcid.flatMap(ScholarlyIdentifier.pmcid(in:))
            record.doi = doi
            // "Smith J, Doe A." → ["Smith J", "Doe A"]
            record.authors = (authorString ?? "").split(separator: ",")
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .")) }.filter { !$0.isEmpty }
            record.title = title.flatMap { TaggedTextReader.passages(from: $0).first?.text }
            record.passages = abstractText.map { TaggedTextReader.passages(from: $0, defaultHeading: "Abstract") } ?? []
            record.isOpenAccess = isOpenAccess?.uppercased() == "Y"
            record.year = pubYear.flatMap(firstYear(in:))
            record.journal = journalInfo?.journal?.title ?? journalTitle
            record.publicationTypes = pubTypeList?.types ?? []
            for type in record.publicationTypes.map({ $0.lowercased() }) {
                if type == "retracted publication" { record.retracted = true }
                if type == "retraction of publication" || type == "retraction-notice" { record.isRetractionNotice = true }
            }
            return record
        }
    }
}
