import MarkupParsing

/// Parses XML through `MarkupParsing` (network off, no external entities, no DTD loading, libxml2's
/// entity-expansion limits kept) and walks it with `visitor`.
///
/// Every XML parser in this module goes through here, so the billion-laughs and XXE defences are
/// the same for PubMed, JATS and E-utilities responses. Entity references are never substituted:
/// an internal entity stays a reference node, which the walk skips, so a hostile document yields at
/// most its literal text.
enum XMLDocumentReader {
    static func walk<Visitor: MarkupVisitor>(_ bytes: [UInt8], with visitor: inout Visitor) throws(ScholarlyParseError) {
        let tree: MarkupTree
        do {
            tree = try MarkupTree(parsing: bytes, as: .xml)
        } catch {
            throw .malformedXML("\(error)")
        }
        tree.walk(&visitor)
    }
}

/// The names of the open elements, innermost last, for visitors that care where text sits
/// (a `<PMID>` of the article, not of a cited reference).
struct ElementPath {
    private(set) var names: [String] = []

    mutating func push(_ name: String) { names.append(name) }
    mutating func pop() { _ = names.popLast() }

    var current: String? { names.last }
    var parent: String? { names.count >= 2 ? names[names.count - 2] : nil }

    func contains(_ name: String) -> Bool { names.contains(name) }

    /// True when the innermost elements are `suffix`, in order.
    func endsWith(_ suffix: [String]) -> Bool {
        names.count >= suffix.count && Array(names.suffix(suffix.count)) == suffix
    }
}
