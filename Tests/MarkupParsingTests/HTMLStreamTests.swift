import Testing
@testable import MarkupParsing

/// Writes what a scanner sees as markup again: tags with their attributes, text runs joined.
struct EventRecorder: MarkupScanner {
    var output = ""
    private var names: [String] = []

    mutating func enter(_ element: ScannedElement) -> Bool {
        let name = String(decoding: element.nameBytes, as: UTF8.self)
        var attributes = ""
        element.forEachAttribute { attribute, value in
            attributes += " \(String(decoding: attribute, as: UTF8.self))=\"\(String(decoding: value, as: UTF8.self))\""
        }
        output += "<\(name)\(attributes)>"
        names.append(name)
        // Declining to enter: the element is still left once, and nothing inside it is seen.
        return name != "aside"
    }

    mutating func leave() { output += "</\(names.removeLast())>" }

    mutating func text(_ bytes: UnsafeRawBufferPointer) { output += String(decoding: bytes, as: UTF8.self) }
}

@Suite struct HTMLStreamTests {
    func streamed(_ html: String) throws -> String {
        var recorder = EventRecorder()
        try HTMLStream.scan(html: Array(html.utf8), into: &recorder)
        return recorder.output
    }

    func scannedTree(_ html: String) throws -> String {
        var recorder = EventRecorder()
        try MarkupTree(parsing: Array(html.utf8), as: .html).scan(&recorder)
        return recorder.output
    }

    /// Pages whose structure libxml2 repairs: implied elements, auto-closed paragraphs, stray and
    /// misplaced tags, a start tag it gives up on, entities, declined subtrees.
    static let pages = [
        "<html><body><p class=\"lead\" id=a>One <b>two</b></p><p>three</body></html>",
        "plain text before any tag<p>and a paragraph",
        "<div><p>first<p>second<ul><li>one<li>two</ul></div>",
        "<body><div class=\"x\" <p>broken start tag</p><p>after</p></div></body>",
        "<html><body><p>a</p><html lang=\"de\"><body class=\"second\"><p>b</p></body></html>",
        "<p>Caf&eacute; &amp; &#8364;5 &unknown; text</p>",
        "<div>before<aside><p>declined</p><aside>nested</aside></aside>after</div>",
        "<table><tr><td>cell<td>cell two</table><p>tail</p></span></div>",
        "<head><title>Title</title><meta name=\"x\" content=\"y\"></head><p>body text</p>",
    ]

    @Test(arguments: pages) func seesWhatTheTreeHolds(_ html: String) throws {
        #expect(try streamed(html) == scannedTree(html))
    }

    @Test func textBelowDepth256IsNotLost() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        let output = try streamed(html)
        #expect(output.contains("deep text"))
        #expect(output.hasSuffix("<p>after</p></body></html>"))
    }

    @Test func anEncodingIsHonoured() throws {
        var recorder = EventRecorder()
        try HTMLStream.scan(html: [0x3C, 0x70, 0x3E, 0x47, 0x72, 0xFC, 0xDF, 0x65], encoding: "windows-1252", into: &recorder)
        #expect(recorder.output.contains("Grüße"))
    }

    @Test func emptyInputIsAnErrorNotACrash() {
        var recorder = EventRecorder()
        #expect(throws: MarkupError.self) { try HTMLStream.scan(html: [], into: &recorder) }
    }
}
