import Foundation
import TestSupport
import Testing
@testable import WebExtraction

/// Hostile and broken pages: each gives a result or a clear error. Tests never time things (a loaded
/// CI machine made a 60 s bound fail on a 20 MB page); how long these take is the extract
/// benchmark's to measure.
@Suite struct BadInputTests {
    @Test func deeplyNestedDivsKeepTheirText() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>deep text</p>" + String(repeating: "</div>", count: depth)
            + "<p>after the nest</p></body></html>"
        let page = try WebPageExtractor.extract(bytes: Array(html.utf8))
        #expect(page.text.contains("deep text"))
        #expect(page.text.contains("after the nest"))
    }

    /// 20 MB here (the 50 MB takes proportionally longer; the extractor is linear), built
    /// from 40,000 articles' worth of paragraphs and link lists.
    @Test func aTwentyMegabytePageIsExtracted() throws {
        let paragraph = "<p>This paragraph is one of many in a very large page, and it says the same thing again and again.</p>\n"
        let menu = "<ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">About</a></li></ul>\n"
        var html = "<html><body><article>"
        let unit = paragraph + paragraph + menu + paragraph
        html.reserveCapacity(20_500_000)
        while html.utf8.count < 20_000_000 { html += unit }
        html += "</article></body></html>"
        let page = try WebPageExtractor.extract(bytes: Array(html.utf8))
        #expect(page.blocks.count > 100_000)
        #expect(!page.text.contains("About"))
    }

    @Test func noBody() throws {
        let page = try WebPageExtractor.extract(bytes: Array("<html><head><title>Only a head</title></head></html>".utf8))
        #expect(page.title == "Only a head")
        #expect(page.blocks.isEmpty)
    }

    @Test func onlyScripts() throws {
        let html = "<html><head><script>var a = '<p>not text</p>';</script></head><body><script>document.write('x')</script></body></html>"
        #expect(try WebPageExtractor.extract(bytes: Array(html.utf8)).blocks.isEmpty)
    }

    @Test func binaryGarbageIsAClearError() {
        var generator = SplitMix64(seed: 42)
        let garbage = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(throws: ExtractionError.notText) { try WebPageExtractor.extract(bytes: garbage) }
        #expect(throws: ExtractionError.notText) { try WebPageExtractor.extract(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) }
    }

    @Test func emptyIsAClearError() {
        #expect(throws: ExtractionError.empty) { try WebPageExtractor.extract(bytes: []) }
    }

    @Test func brokenUTF8StillGivesText() throws {
        // Mostly UTF-8 with one stray byte: not valid, so read as windows-1252; the words survive.
        let bytes = Array("<p>Die Größe des Problems ist ".utf8) + [0xFF] + Array(" erheblich.</p>".utf8)
        let text = try WebPageExtractor.extract(bytes: bytes).text
        #expect(text.hasPrefix("Die Gr"))
        #expect(text.hasSuffix("erheblich."))
    }

    @Test func unterminatedMarkup() throws {
        let page = try WebPageExtractor.extract(bytes: Array("<html><body><p>cut off <b>in the middle <a href=\"x".utf8))
        #expect(page.text.contains("cut off"))
    }

    @Test func unterminatedCommentAndScriptEndThePage() throws {
        #expect(try WebPageExtractor.extract(bytes: Array("<p>before</p><!-- never closed".utf8)).text == "before")
        #expect(try WebPageExtractor.extract(bytes: Array("<p>before</p><script>never closed".utf8)).text == "before")
    }
}
