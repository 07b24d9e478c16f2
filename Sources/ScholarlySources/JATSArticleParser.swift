import FactCheckModel
import MarkupParsing

/// Reads JATS XML — PMC `efetch.fcgi?db=pmc` (a `<pmc-articleset>`), Europe PMC `fullTextXML` and
/// `.nxml` files (an `<article>`) — into records.
///
/// - Metadata from `<article-meta>`: article title, journal title, pmid / pmc / doi article ids, year.
/// - Passages: abstract paragraphs (headed by the abstract's section titles, else "Abstract"), body
///   paragraphs headed by their innermost section title, and figure and table captions headed by
///   their label ("Figure 1"). Tables, formulas and graphics are skipped: cells and MathML read as
///   noise, not prose.
/// - References: each `<ref>` with its printed text and any `pub-id` DOI or PMID.
/// - Retraction: `article-type="retraction"` or a `retracted-article` related-article make the record
///   a notice; a `retraction-forward` related-article (PMC's link from a retracted article to its
///   notice) marks it retracted.
public enum JATSArticleParser {
    public static func records(from bytes: [UInt8]) throws(ScholarlyParseError) -> [ScholarlyRecord] {
        var visitor = JATSVisitor()
        try XMLDocumentReader.walk(bytes, with: &visitor)
        return visitor.records
    }
}

private struct JATSVisitor: MarkupVisitor {
    enum Capture {
        case title, journal, year, articleID(type: String), sectionTitle, paragraph, caption, figureLabel
        case referenceLabel, citation
    }

    var records: [ScholarlyRecord] = []
    private var record: ScholarlyRecord?
    private var path = ElementPath()
    private var capture = ElementTextCapture<Capture>()
    /// A `pub-id` inside a citation (its type), collected alongside the citation's own text.
    private var idCapture = ElementTextCapture<String>()
    /// One entry per open `<sec>` (and one for the abstract): its title once seen.
    private var headings: [String?] = []
    private var figureLabel: String?
    /// Depth of the abstract being read, so a skipped (graphical) abstract pops no heading.
    private var abstractDepth: Int?
    private var reference: CitedReference?

    /// Children never read: cell-by-cell tables, MathML and formulas, media, alternative titles.
    private static let skipped: Set<String> = [
        "table", "disp-formula", "inline-formula", "math", "graphic", "media", "alt-title",
        "inline-graphic", "processing-meta", "object-id", "tex-math",
    ]
    /// Elements printed apart from their neighbours, though the XML often runs them together
    /// (`<surname>Doe</surname><given-names>J</given-names>`).
    private static let blockBreaks: Set<String> = [
        "p", "title", "list-item", "td", "th", "sec", "label", "name", "surname", "given-names",
    ]
    private static let unreadAbstracts: Set<String> = ["graphical", "teaser", "toc"]

    mutating func enter(_ element: MarkupElement) -> Bool {
        let name = element.name
        path.push(name)
        if name == "article" {
            record = ScholarlyRecord()
            if element.attribute("article-type")?.lowercased() == "retraction" { record?.isRetractionNotice = true }
            return true
        }
        guard record != nil else { return true }  // a <pmc-articleset> around the articles
        guard !Self.skipped.contains(name) else { return false }
        if name == "abstract" {
            if let type = element.attribute("abstract-type"), Self.unreadAbstracts.contains(type.lowercased()) { return false }
            guard path.contains("article-meta") else { return false }  // sub-article abstracts
            headings.append("Abstract")
            abstractDepth = path.names.count
        }
        if name == "sec" { headings.append(nil) }
        if name == "ref" { reference = CitedReference(text: "") }
        if name == "related-article" { noteRelatedArticle(element) }
        if name == "pub-id", reference != nil, let type = element.attribute("pub-id-type")?.lowercased() {
            idCapture.begin(type, depth: path.names.count)
        }
        if capture.isOpen, Self.blockBreaks.contains(name) || path.contains("element-citation") {
            capture.separate()
        }
        if !capture.isOpen { capture.begin(captureKind(for: element), depth: path.names.count) }
        return true
    }

    mutating func leave(_ element: MarkupElement) {
        defer { path.pop() }
        let name = path.current ?? element.name
        if let ended = idCapture.end(depth: path.names.count), let text = ended.text {
            if ended.kind == "doi" { if reference?.doi == nil { reference?.doi = text } }
            if ended.kind == "pmid" { if reference?.pmid == nil { reference?.pmid = text } }
        }
        if let ended = capture.end(depth: path.names.count), let text = ended.text { store(text, as: ended.kind) }
        switch name {
        case "sec":
            _ = headings.popLast()
        case "abstract" where abstractDepth == path.names.count:
            _ = headings.popLast()
            abstractDepth = nil
        case "fig", "table-wrap":
            figureLabel = nil
        case "ref":
            if let finished = reference, !finished.text.isEmpty { record?.references.append(finished) }
            reference = nil
        case "article":
            if let finished = record { records.append(finished) }
            record = nil
            headings = []
        default:
            break
        }
    }

    mutating func text(_ text: String, line: Int) {
        capture.append(text)
        idCapture.append(text)
    }

    private func captureKind(for element: MarkupElement) -> Capture? {
        let name = element.name
        let parent = path.parent
        let inMeta = path.contains("article-meta")
        switch name {
        case "article-title" where parent == "title-group" && inMeta: return .title
        case "journal-title" where path.contains("journal-meta"): return .journal
        case "year" where parent == "pub-date" && inMeta: return .year
        case "article-id" where inMeta: return element.attribute("pub-id-type").map { .articleID(type: $0.lowercased()) }
        case "title" where parent == "sec" || (parent == "abstract" && inMeta): return .sectionTitle
        case "label" where parent == "fig" || parent == "table-wrap": return .figureLabel
        case "caption" where parent == "fig" || parent == "table-wrap": return .caption
        case "label" where parent == "ref": return .referenceLabel
        // Under <ref>, directly or inside <citation-alternatives>; the `where` must guard every name.
        case "mixed-citation" where path.contains("ref"), "element-citation" where path.contains("ref"),
             "citation" where path.contains("ref"), "nlm-citation" where path.contains("ref"):
            return .citation
        case "p" where path.contains("body") || (path.contains("abstract") && inMeta): return .paragraph
        default: return nil
        }
    }

    private mutating func store(_ text: String, as what: Capture) {
        switch what {
        case .title: if record?.title == nil { record?.title = text }
        case .journal: if record?.journal == nil { record?.journal = text }
        case .year: if record?.year == nil { record?.year = firstYear(in: text) }
        case .articleID(let type):
            switch type {
            case "pmid": if record?.pmid == nil { record?.pmid = text }
            case "pmc", "pmcid": if record?.pmcid == nil { record?.pmcid = ScholarlyIdentifier.pmcid(in: text.hasPrefix("PMC") ? text : "PMC" + text) }
            case "doi": if record?.doi == nil { record?.doi = text }
            default: break
            }
        case .sectionTitle:
            if !headings.isEmpty { headings[headings.count - 1] = text }
        case .figureLabel:
            figureLabel = text
        case .paragraph, .caption:
            let heading = what == .caption ? (figureLabel ?? currentHeading) : currentHeading
            let index = record?.passages.count ?? 0
            record?.passages.append(Passage(index: index, text: text, heading: heading))
            if path.contains("body") { record?.hasFullText = true }
        case .referenceLabel:
            reference?.label = text
        case .citation:
            if reference?.text.isEmpty == true { reference?.text = text }
        }
    }

    /// The innermost section title that is known.
    private var currentHeading: String? { headings.last { $0 != nil } ?? nil }

    private mutating func noteRelatedArticle(_ element: MarkupElement) {
        guard let type = element.attribute("related-article-type")?.lowercased() else { return }
        let link = element.attribute("href").flatMap { href -> String? in
            switch element.attribute("ext-link-type")?.lowercased() {
            case "doi": ScholarlyIdentifier.validDOI(href).map { ScholarlyIdentifier.doi($0).canonicalURL }
            case "pubmed", "pmid": ScholarlyIdentifier.pmid(in: "PMID:" + href).map { ScholarlyIdentifier.pmid($0).canonicalURL }
            default: ScholarlyIdentifier(parsing: href)?.canonicalURL ?? href
            }
        }
        switch type {
        case "retraction-forward", "retraction":
            record?.retracted = true
            if record?.retractionNotice == nil { record?.retractionNotice = link }
        case "retracted-article":
            record?.isRetractionNotice = true
            if record?.retracts == nil { record?.retracts = link }
        default:
            break
        }
    }
}

extension JATSVisitor.Capture: Equatable {}
