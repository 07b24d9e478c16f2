import FactCheckModel
import MarkupParsing

/// Reads PubMed XML (`efetch.fcgi?db=pubmed&retmode=xml`, a `<PubmedArticleSet>`) into records:
/// title, abstract sections (the `Label` of each `<AbstractText>` becomes its passage's heading),
/// journal, year, PMID, DOI, PMCID and publication types.
///
/// Retraction: a work is retracted when its publication types include "Retracted Publication" or a
/// `<CommentsCorrections RefType="RetractionIn">` points at the notice (whose PMID becomes the
/// notice link); it is a notice when typed "Retraction of Publication" or it has `RetractionOf`.
public enum PubMedArticleParser {
    public static func records(from bytes: [UInt8]) throws(ScholarlyParseError) -> [ScholarlyRecord] {
        var visitor = PubMedVisitor()
        try XMLDocumentReader.walk(bytes, with: &visitor)
        return visitor.records
    }
}

private struct PubMedVisitor: MarkupVisitor {
    /// What the text being collected will become.
    enum Capture {
        case title, abstract(label: String?), journal, year, pmid, articleID(type: String), elocationDOI
        case publicationType, correctionPMID(refType: String)
        case authorPart(String)
    }

    var records: [ScholarlyRecord] = []
    private var record: ScholarlyRecord?
    private var path = ElementPath()
    private var capture = ElementTextCapture<Capture>()
    private var commentsRefType: String?
    /// The `<Author>` being read: its last name, initials or collective name, by element name.
    private var authorParts: [String: String] = [:]

    mutating func enter(_ element: MarkupElement) -> Bool {
        let name = element.name
        path.push(name)
        if name == "pubmedarticle" {
            record = ScholarlyRecord()
            return true
        }
        guard record != nil else { return true }
        if name == "commentscorrections" {
            commentsRefType = element.attribute("RefType")
            switch commentsRefType {
            case "RetractionIn": record?.retracted = true
            case "RetractionOf": record?.isRetractionNotice = true
            default: break
            }
        }
        if !capture.isOpen { capture.begin(captureKind(for: element), depth: path.names.count) }
        return true
    }

    mutating func leave(_ element: MarkupElement) {
        defer { path.pop() }
        let name = path.current ?? element.name
        if let ended = capture.end(depth: path.names.count), let text = ended.text { store(text, as: ended.kind) }
        if name == "commentscorrections" { commentsRefType = nil }
        if name == "author", path.parent == "authorlist" {
            let written = [authorParts["lastname"], authorParts["initials"]].compactMap { $0 }.joined(separator: " ")
            let author = written.isEmpty ? authorParts["collectivename"] : written
            if let author, !author.isEmpty { record?.authors.append(author) }
            authorParts = [:]
        }
        if name == "pubmedarticle", let finished = record {
            records.append(finished)
            record = nil
        }
    }

    mutating func text(_ text: String, line: Int) {
        capture.append(text)
    }

    private func captureKind(for element: MarkupElement) -> Capture? {
        switch (element.name, path.parent) {
        case ("articletitle", "article"): return .title
        case ("abstracttext", "abstract") where path.contains("article"):
            return .abstract(label: element.attribute("Label") ?? element.attribute("NlmCategory"))
        case ("title", "journal"): return .journal
        case ("year", "pubdate") where path.contains("journalissue"): return .year
        case ("medlinedate", "pubdate") where path.contains("journalissue"): return .year
        case ("pmid", "medlinecitation"): return .pmid
        case ("articleid", "articleidlist") where path.endsWith(["pubmeddata", "articleidlist", "articleid"]):
            return element.attribute("IdType").map { .articleID(type: $0.lowercased()) }
        case ("elocationid", "article") where element.attribute("EIdType")?.lowercased() == "doi":
            return .elocationDOI
        case ("publicationtype", "publicationtypelist"): return .publicationType
        case ("pmid", "commentscorrections"): return commentsRefType.map { .correctionPMID(refType: $0) }
        case ("lastname", "author"), ("initials", "author"), ("collectivename", "author"):
            return .authorPart(element.name)
        default: return nil
        }
    }

    private mutating func store(_ text: String, as what: Capture) {
        switch what {
        case .title:
            if record?.title == nil { record?.title = text }
        case .abstract(let label):
            let index = record?.passages.count ?? 0
            record?.passages.append(Passage(index: index, text: text, heading: label.map(headingCase)))
        case .journal:
            if record?.journal == nil { record?.journal = text }
        case .year:
            if record?.year == nil { record?.year = firstYear(in: text) }
        case .pmid:
            if record?.pmid == nil { record?.pmid = text }
        case .articleID(let type):
            switch type {
            case "doi": record?.doi = text
            case "pmc": if let pmcid = ScholarlyIdentifier.pmcid(in: text) { record?.pmcid = pmcid }
            case "pubmed": if record?.pmid == nil { record?.pmid = text }
            default: break
            }
        case .elocationDOI:
            // The ArticleIdList DOI, when present, is NLM's checked copy: prefer it (it may come later).
            if record?.doi == nil { record?.doi = text }
        case .publicationType:
            record?.publicationTypes.append(text)
            switch text.lowercased() {
            case "retracted publication": record?.retracted = true
            case "retraction of publication": record?.isRetractionNotice = true
            default: break
            }
        case .authorPart(let part):
            authorParts[part] = text
        case .correctionPMID(let refType):
            let url = ScholarlyIdentifier.pmid(text).canonicalURL
            if refType == "RetractionIn" { if record?.retractionNotice == nil { record?.retractionNotice = url } }
            if refType == "RetractionOf" { if record?.retracts == nil { record?.retracts = url } }
        }
    }
}

/// "BACKGROUND" → "Background": PubMed shouts its labels; headings in a report should not.
func headingCase(_ label: String) -> String {
    guard label == label.uppercased(), let first = label.first else { return label }
    return String(first) + label.dropFirst().lowercased()
}
