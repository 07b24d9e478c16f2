import Foundation
import Testing
@testable import MarkupParsing

/// Collects the text of a document, and the tags entered and left, to check the walk.
struct TextCollector: MarkupVisitor {
    var text = ""
    var entered = 0
    var left = 0

    mutating func enter(_ element: MarkupElement) -> Bool {
        entered += 1
        return element.name != "script"
    }

    mutating func leave(_ element: MarkupElement) { left += 1 }

    mutating func text(_ text: String, line: Int) { self.text += text }
}

@Suite struct MarkupTreeTests {
    func collect(_ source: String, as language: MarkupTree.Language) throws -> TextCollector {
        let tree = try MarkupTree(parsing: Array(source.utf8), as: language)
        var collector = TextCollector()
        tree.walk(&collector)
        return collector
    }

    @Test func walksInOrderAndLeavesEveryElementItEnters() throws {
        let collected = try collect("<html><body><p>One <b>two</b></p><script>x</script><p>three</p></body></html>", as: .html)
        #expect(collected.text == "One twothree")
        #expect(collected.entered == collected.left)
    }

    @Test func textBelowDepth256IsNotLost() throws {
        // libxml2 2.9 silently drops everything below depth 256 unless told otherwise.
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        let collected = try collect(html, as: .html)
        #expect(collected.text.contains("deep text"))
        #expect(collected.text.contains("after"))
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-xxe-\(UUID().uuidString).txt")
        try Data("SECRET-FROM-DISK".utf8).write(to: marker)
        defer { try? FileManager.default.removeItem(at: marker) }
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE article [<!ENTITY secret SYSTEM "\(marker.absoluteString)">]>
        <article><p>before &secret; after</p></article>
        """
        let collected = try collect(xml, as: .xml)
        #expect(!collected.text.contains("SECRET-FROM-DISK"))
    }

    @Test func entityExpansionStaysBounded() throws {
        // A billion laughs: ten levels of ten. libxml2's default limits must stop it.
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...10 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol10;</lolz>"
        let tree = try? MarkupTree(parsing: Array(xml.utf8), as: .xml)
        var collector = TextCollector()
        tree?.walk(&collector)
        #expect(collector.text.utf8.count < 1_000_000)
    }

    @Test func emptyInputIsAnErrorNotACrash() {
        #expect(throws: MarkupError.self) { try MarkupTree(parsing: [], as: .xml) }
    }
}
