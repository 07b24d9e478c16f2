import MarkupParsing

/// Reads an esearch response (`<eSearchResult>`): the matching ids, in the order given, and the
/// total count. An `<ERROR>` element (a malformed term, a bad key) becomes ``ESearchResult/error``.
public enum ESearchParser {
    public static func result(from bytes: [UInt8]) throws(ScholarlyParseError) -> ESearchResult {
        var visitor = IDListVisitor(listPath: ["esearchresult", "idlist", "id"])
        try XMLDocumentReader.walk(bytes, with: &visitor)
        return ESearchResult(ids: visitor.ids, count: visitor.count, error: visitor.error)
    }
}

/// What esearch found.
public struct ESearchResult: Sendable, Hashable {
    /// Best first (the request asks for relevance order).
    public var ids: [String]
    /// All matches, of which ``ids`` are the first `retmax`.
    public var count: Int?
    public var error: String?
}

/// Reads an elink response (`<eLinkResult>`), returning the linked ids of every `<LinkSetDb>` whose
/// `<DbTo>` is `database` (for `pubmed_pmc` links, the PMC ids, as digits).
public enum ELinkParser {
    public static func linkedIDs(from bytes: [UInt8], database: String = "pmc") throws(ScholarlyParseError) -> [String] {
        var visitor = IDListVisitor(listPath: ["linksetdb", "link", "id"], wantedDatabase: database.lowercased())
        try XMLDocumentReader.walk(bytes, with: &visitor)
        return visitor.ids
    }
}

/// Collects `<Id>` texts under a path, for esearch and elink alike.
private struct IDListVisitor: MarkupVisitor {
    let listPath: [String]
    var wantedDatabase: String?
    var ids: [String] = []
    var count: Int?
    var error: String?
    private var path = ElementPath()
    private var buffer = TextBuffer()
    private var collecting = false
    /// The `<DbTo>` of the current `<LinkSetDb>` (elink only).
    private var linkDatabase: String?

    init(listPath: [String], wantedDatabase: String? = nil) {
        self.listPath = listPath
        self.wantedDatabase = wantedDatabase
    }

    mutating func enter(_ element: MarkupElement) -> Bool {
        path.push(element.name)
        if element.name == "linksetdb" { linkDatabase = nil }
        collecting = path.endsWith(listPath) || path.endsWith(["esearchresult", "count"])
            || path.endsWith(["esearchresult", "error"]) || path.endsWith(["linksetdb", "dbto"])
        buffer = TextBuffer()
        return true
    }

    mutating func leave(_ element: MarkupElement) {
        defer { path.pop() }
        guard collecting, let text = buffer.take() else { return }
        collecting = false
        if path.endsWith(listPath), wantedDatabase == nil || wantedDatabase == linkDatabase {
            ids.append(text)
        } else if path.endsWith(["esearchresult", "count"]) {
            count = Int(text)
        } else if path.endsWith(["esearchresult", "error"]) {
            error = text
        } else if path.endsWith(["linksetdb", "dbto"]) {
            linkDatabase = text.lowercased()
        }
    }

    mutating func text(_ text: String, line: Int) {
        if collecting { buffer.append(text) }
    }
}
