// Internal: libxml2's headers pull in the system ICU, whose types clash with Foundation's own ICU in any
// module that sees both. Nothing of libxml2 appears in this module's API, so consumers never load it.
internal import CLibXML2

/// Errors from parsing markup.
public enum MarkupError: Error, Equatable, CustomStringConvertible {
    /// libxml2 produced no document at all (empty input, or input it could not start on).
    case unparsable(String)
    /// The input is larger than libxml2's `int` length allows.
    case tooLarge(Int)

    public var description: String {
        switch self {
        case .unparsable(let what): "could not parse \(what)"
        case .tooLarge(let bytes): "document of \(bytes) bytes is too large to parse"
        }
    }
}

/// A parsed HTML or XML document. Owns the libxml2 tree and frees it in `deinit`; not `Sendable`,
/// so the tree stays on the task that parsed it. Hand only the visitor's results across tasks.
public final class MarkupTree {
    public enum Language: Sendable {
        case html
        case xml
    }

    /// Internal so the byte-level scan (MarkupScan.swift) can walk it too.
    let document: xmlDocPtr

    /// Parses `bytes` as HTML or XML.
    ///
    /// - Parameters:
    ///   - encoding: the character set named by HTTP or the caller (`"utf-8"`, `"iso-8859-1"`); nil
    ///     lets libxml2 look at the BOM and `<meta charset>`.
    ///   - url: the document's address, kept only for libxml2's own bookkeeping.
    public init(parsing bytes: [UInt8], as language: Language, encoding: String? = nil, url: String? = nil) throws {
        guard bytes.count < Int(Int32.max) else { throw MarkupError.tooLarge(bytes.count) }
        guard !bytes.isEmpty else { throw MarkupError.unparsable(language == .html ? "HTML (empty input)" : "XML (empty input)") }
        factcheck_xml_silence_errors()
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                switch language {
                case .html:
                    let options =
                        Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
                        | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
                        | Int32(HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
                    return htmlReadMemory(chars, Int32(buffer.count), url, encoding, options)
                case .xml:
                    // Never NOENT or DTDLOAD (XXE), never HUGE (it lifts the entity-expansion limits).
                    let options =
                        Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue)
                        | Int32(XML_PARSE_NOWARNING.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)
                        | Int32(XML_PARSE_NOCDATA.rawValue)
                    return xmlReadMemory(chars, Int32(buffer.count), url, encoding, options)
                }
            }
        }
        guard let parsed else { throw MarkupError.unparsable(language == .html ? "HTML" : "XML") }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Walks the tree in document order without recursion, so 100,000 nested elements cost a loop,
    /// not a stack overflow. Comments, processing instructions and DTD nodes are skipped.
    public func walk<Visitor: MarkupVisitor>(_ visitor: inout Visitor) {
        traverse(
            enter: { visitor.enter(MarkupElement(node: $0)) },
            text: { node, content in visitor.text(String(cString: content), line: Int(xmlGetLineNo(node))) },
            leave: { visitor.leave(MarkupElement(node: $0)) })
    }

    /// The one document-order traversal behind ``walk(_:)`` and ``scan(_:)``: `enter` says whether
    /// to descend; every entered element is left exactly once, children or not. Iterative, climbing
    /// back through parents, so depth costs a loop, not stack.
    @inline(__always)
    func traverse(
        enter: (xmlNodePtr) -> Bool, text: (xmlNodePtr, UnsafePointer<xmlChar>) -> Void, leave: (xmlNodePtr) -> Void
    ) {
        guard var node = xmlDocGetRootElement(document) else { return }
        let root = node
        while true {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                descend = enter(node) && node.pointee.children != nil
                if !descend { leave(node) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { text(node, content) }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            // Climb until a sibling exists, closing each element we leave.
            while node != root, node.pointee.next == nil {
                guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return }
                node = parent
                leave(node)
            }
            guard node != root, let next = node.pointee.next else { return }
            node = next
        }
    }
}

/// An element seen during a walk. Valid only inside the visitor call that receives it.
public struct MarkupElement {
    fileprivate let node: xmlNodePtr

    /// The lowercased tag name, without namespace prefix.
    public var name: String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The source line libxml2 recorded for the element's start tag.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// The value of an attribute, or nil.
    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { factcheck_xml_free(value) }
        return String(cString: value)
    }

    /// The names and values of all attributes, in source order.
    public var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                let name = String(cString: rawName)
                result.append((name.lowercased(), self.attribute(name) ?? ""))
            }
            attribute = current.pointee.next
        }
        return result
    }
}

/// Receives a document in order. `enter` returns whether to walk the element's children; every
/// entered element is left exactly once, children or not.
public protocol MarkupVisitor {
    mutating func enter(_ element: MarkupElement) -> Bool
    mutating func leave(_ element: MarkupElement)
    mutating func text(_ text: String, line: Int)
}
