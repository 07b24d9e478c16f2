internal import CLibXML2

/// Scans HTML straight from libxml2's parser, without building its tree.
///
/// ``MarkupTree/scan(_:)`` first lets libxml2 build a node for every element, attribute and text
/// run, then walks and frees them: on a real page that bookkeeping costs as much as the parsing.
/// Here the parser's own events (start tag, end tag, characters) go to the ``MarkupScanner`` as
/// they happen, so nothing is built that is thrown away. The scanner sees the same elements, in
/// the same nesting, with the same implied and auto-closed elements as the tree would hold; text
/// may arrive in several runs where the tree has one node.
public enum HTMLStream {
    /// Parses `bytes` as HTML and hands every element and text run to `scanner`. Same safety as
    /// ``MarkupTree``: no network, libxml2's limits on names and depth kept except the depth
    /// limit lifted as for ``MarkupTree``.
    ///
    /// - Parameter encoding: the character set, or nil to let libxml2 look at the BOM and
    ///   `<meta charset>`. A name libxml2 does not know is ignored.
    /// - Throws: ``MarkupError`` when the input is empty, too large, or gave no element at all.
    public static func scan<Scanner: MarkupScanner>(html bytes: [UInt8], encoding: String? = nil, url: String? = nil,
                                                    into scanner: inout Scanner) throws {
        guard bytes.count < Int(Int32.max) else { throw MarkupError.tooLarge(bytes.count) }
        guard !bytes.isEmpty else { throw MarkupError.unparsable("HTML (empty input)") }
        factcheck_xml_silence_errors()
        let receiver = Receiver(scanner)
        guard let context = htmlNewParserCtxt() else { throw MarkupError.unparsable("HTML") }
        defer { htmlFreeParserCtxt(context) }
        // Only the events the scanner needs: no document, no nodes, no error reports.
        var handler = htmlSAXHandler()
        handler.startElement = { user, name, attributes in EventSink.from(user).start(name, attributes) }
        handler.endElement = { user, _ in EventSink.from(user).end() }
        handler.characters = { user, characters, length in EventSink.from(user).characters(characters, length) }
        handler.cdataBlock = { user, characters, length in EventSink.from(user).characters(characters, length) }
        context.pointee.sax.pointee = handler
        receiver.context = context
        let options = Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
            | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
            | Int32(HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let parsed: Bool = withExtendedLifetime(receiver) {
            // htmlCtxtReadMemory resets the parser's state but keeps its handler and user data.
            context.pointee.userData = Unmanaged.passUnretained(receiver).toOpaque()
            return bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return false }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    let document = htmlCtxtReadMemory(context, chars, Int32(buffer.count), url, encoding, options)
                    if let document { xmlFreeDoc(document) }
                    receiver.finish()
                    return true
                }
            }
        }
        guard parsed, receiver.sawElement else { throw MarkupError.unparsable("HTML") }
        scanner = receiver.scanner
    }

    /// Turns libxml2's events into scanner calls, keeping the scanner's nesting equal to the
    /// parser's: an element whose start tag the parser gave up on is popped without an end event,
    /// so the depth is re-read from the parser at every event.
    private final class Receiver<Scanner: MarkupScanner>: EventSink {
        var scanner: Scanner
        var sawElement = false
        /// Elements entered and not yet left, as the scanner sees them.
        private var depth: Int32 = 0
        /// Above zero: inside an element the scanner declined to enter, this many levels deep.
        private var skipped: Int32 = 0

        init(_ scanner: Scanner) { self.scanner = scanner }

        /// Closes what the parser has already popped without telling.
        private func catchUp(to parserDepth: Int32) {
            while depth + skipped > parserDepth {
                if skipped > 0 {
                    skipped -= 1
                    if skipped == 0 { scanner.leave() }
                } else {
                    depth -= 1
                    scanner.leave()
                }
            }
        }

        override func start(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            // The parser pushes the name before the event: its depth counts this element already.
            catchUp(to: (context?.pointee.nameNr ?? 1) - 1)
            sawElement = true
            if skipped > 0 {
                skipped += 1
                return
            }
            if scanner.enter(ScannedElement(name: name, attributes: attributes)) {
                depth += 1
            } else {
                skipped = 1
            }
        }

        override func end() {
            // The parser pops the name after the event.
            catchUp(to: context?.pointee.nameNr ?? 0)
            catchUp(to: depth + skipped - 1)
        }

        override func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
            catchUp(to: context?.pointee.nameNr ?? 0)
            guard skipped == 0, let characters, length > 0 else { return }
            scanner.text(UnsafeRawBufferPointer(start: characters, count: Int(length)))
        }

        func finish() { catchUp(to: 0) }
    }

    /// What libxml2's C callbacks, which cannot be generic, call into.
    private class EventSink {
        var context: htmlParserCtxtPtr?

        static func from(_ user: UnsafeMutableRawPointer?) -> EventSink {
            Unmanaged<EventSink>.fromOpaque(user!).takeUnretainedValue()
        }

        func start(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {}
        func end() {}
        func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {}
    }
}
