internal import CLibXML2

/// A faster, byte-level sibling of ``MarkupVisitor`` for hot loops such as main-text extraction.
///
/// `walk` hands out Swift `String`s and lowercased tag names, which costs an allocation per node;
/// on a 150 KB page that is most of the walk's time. A scanner instead sees tag names, attribute
/// values and text as UTF-8 bytes borrowed from libxml2's tree, valid only during the call that
/// receives them, so it can classify them without allocating and copy only what it keeps.
public protocol MarkupScanner {
    /// Called for each element in document order; return whether to scan its children. Every
    /// entered element is left exactly once, children or not.
    mutating func enter(_ element: ScannedElement) -> Bool
    /// Closes the element most recently entered and not yet left.
    mutating func leave()
    /// A run of character data (text or CDATA), UTF-8, as libxml2 stored it (entities decoded).
    mutating func text(_ bytes: UnsafeRawBufferPointer)
}

/// An element seen by a ``MarkupScanner``. Its byte views are valid only inside the `enter` call.
/// It comes from a node of libxml2's tree (``MarkupTree/scan(_:)``) or from the parser's start-tag
/// event (``HTMLStream``): a name and a NULL-terminated list of name, value pairs.
public struct ScannedElement {
    private let node: xmlNodePtr?
    private let name: UnsafePointer<xmlChar>?
    private let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    init(node: xmlNodePtr) {
        self.node = node
        name = node.pointee.name
        attributes = nil
    }

    init(name: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        node = nil
        self.name = name
        self.attributes = attributes
    }

    /// The tag name's bytes as libxml2 stored them (its HTML parser lowercases them).
    public var nameBytes: UnsafeRawBufferPointer {
        guard let name else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: name, count: Int(xmlStrlen(name)))
    }

    /// Calls `body` with each attribute's name and value bytes, in source order. A value libxml2
    /// split into several nodes (rare: entity references in XML) is passed as its first part.
    public func forEachAttribute(_ body: (_ name: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) -> Void) {
        guard let node else {
            guard var pair = attributes else { return }
            while let attributeName = pair[0] {
                let value = pair[1]
                body(UnsafeRawBufferPointer(start: attributeName, count: Int(xmlStrlen(attributeName))),
                     UnsafeRawBufferPointer(start: value, count: value.map { Int(xmlStrlen($0)) } ?? 0))
                pair += 2
            }
            return
        }
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                let name = UnsafeRawBufferPointer(start: rawName, count: Int(xmlStrlen(rawName)))
                if let valueNode = current.pointee.children, let content = valueNode.pointee.content {
                    body(name, UnsafeRawBufferPointer(start: content, count: Int(xmlStrlen(content))))
                } else {
                    body(name, UnsafeRawBufferPointer(start: nil, count: 0))
                }
            }
            attribute = current.pointee.next
        }
    }
}

extension MarkupTree {
    /// Scans the tree in document order without recursion (100,000 nested elements cost a loop, not
    /// a stack overflow). Comments, processing instructions and DTD nodes are skipped.
    public func scan<Scanner: MarkupScanner>(_ scanner: inout Scanner) {
        traverse(
            enter: { scanner.enter(ScannedElement(node: $0)) },
            text: { _, content in scanner.text(UnsafeRawBufferPointer(start: content, count: Int(xmlStrlen(content)))) },
            leave: { _ in scanner.leave() })
    }
}
