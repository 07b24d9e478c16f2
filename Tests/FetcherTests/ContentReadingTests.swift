import FactCheckModel
import Testing
@testable import Fetcher

@Suite struct HTMLSourceReaderTests {
    @Test func dropsBoilerplateAndKeepsParagraphsUnderTheirHeadings() {
        let html = """
            <!doctype html><html><head><title> Massage  and cortisol </title>
            <style>p { color: red }</style><script>var leaked = "script text";</script></head>
            <body><header><a href="/">Site name</a></header>
            <nav><ul><li>Home</li><li>About</li></ul></nav>
            <article><h1>Study results</h1>
            <p>Massage lowered cortisol
               by 31%.</p><p>The sample was <em>small</em>.</p>
            <h2>Methods</h2><div>Participants were adults.<br>All gave consent.</div>
            <aside>Related: other stories</aside><form><button>Subscribe</button></form></article>
            <footer>Copyright</footer><noscript>Enable JavaScript</noscript></body></html>
            """
        let text = HTMLSourceReader.read(Array(html.utf8), charset: nil)
        #expect(text.title == "Massage and cortisol")
        #expect(text.passages == [
            Passage(index: 0, text: "Massage lowered cortisol by 31%.", heading: "Study results"),
            Passage(index: 1, text: "The sample was small.", heading: "Study results"),
            Passage(index: 2, text: "Participants were adults.", heading: "Methods"),
            Passage(index: 3, text: "All gave consent.", heading: "Methods"),
        ])
    }

    @Test func firstH1IsTheTitleWhenThereIsNoTitleElement() {
        let text = HTMLSourceReader.read(Array("<h1>Main  heading</h1><h1>Second</h1><p>Body.</p>".utf8), charset: nil)
        #expect(text.title == "Main heading")
        #expect(text.passages.map(\.text) == ["Body."])
    }

    @Test func charsetFromMetaIsUsedWhenHTTPNamesNone() {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8) + [0xE9]
            + Array(" au lait</p></body></html>".utf8)
        #expect(HTMLSourceReader.read(bytes, charset: nil).passages.first?.text == "café au lait")
    }

    @Test func unknownCharsetFallsBackToSniffing() {
        let text = HTMLSourceReader.read(Array("<p>plain</p>".utf8), charset: "x-no-such-charset")
        #expect(text.passages.map(\.text) == ["plain"])
    }

    @Test func deeplyNestedMarkupIsReadWithoutRecursion() {
        let depth = 5_000
        let html = String(repeating: "<div>", count: depth) + "<p>deep text</p>" + String(repeating: "</div>", count: depth)
        #expect(HTMLSourceReader.read(Array(html.utf8), charset: "utf-8").passages.map(\.text) == ["deep text"])
    }
}

@Suite struct PlainTextSourceReaderTests {
    @Test func paragraphsAreSeparatedByBlankLines() {
        let text = "First line\r\nstill first.\r\n\r\n  \nSecond paragraph.\n\n\n"
        #expect(PlainTextSourceReader.read(Array(text.utf8), charset: nil).passages.map(\.text)
            == ["First line still first.", "Second paragraph."])
    }

    @Test func invalidUTF8IsReadAsLatin1() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9]
        #expect(PlainTextSourceReader.read(bytes, charset: nil).passages.map(\.text) == ["café"])
        #expect(PlainTextSourceReader.read(Array("café".utf8), charset: "utf-8").passages.map(\.text) == ["café"])
    }

    @Test func markdownHeadingsLabelPassages() {
        let text = "# Title\n\nIntro.\n\n## Part two\n\nBody."
        let read = PlainTextSourceReader.read(Array(text.utf8), charset: nil, markdown: true)
        #expect(read.title == "Title")
        #expect(read.passages == [Passage(index: 0, text: "Intro.", heading: "Title"),
                                  Passage(index: 1, text: "Body.", heading: "Part two")])
    }
}

@Suite struct MediaTypeTests {
    @Test func parsesEssenceAndCharset() {
        #expect(MediaType(headerValue: "Text/HTML; Charset=\"ISO-8859-1\"") == MediaType(essence: "text/html", charset: "iso-8859-1"))
        #expect(MediaType(headerValue: "application/pdf") == MediaType(essence: "application/pdf"))
        #expect(MediaType(headerValue: "nonsense") == nil)
    }

    @Test func sniffsMarkupTextAndBinary() {
        #expect(MediaType.sniff(Array("  <!DOCTYPE html><p>x".utf8))?.isHTML == true)
        #expect(MediaType.sniff(Array("just words".utf8))?.isPlainText == true)
        #expect(MediaType.sniff(Array("%PDF-1.7".utf8)) == nil)
        #expect(MediaType.sniff([0x89, 0x50, 0x4E, 0x47, 0, 0]) == nil)
    }
}
