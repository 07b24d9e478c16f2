import FactCheckModel
import Foundation
import Testing
@testable import Extractor

@Suite struct ArticleReaderTests {
    let reader = ArticleReader()

    @Test func badInputGivesAnErrorNamingTheFile() {
        #expect(throws: ExtractionError.empty(path: "a.txt")) { try reader.read(bytes: Array("  \n".utf8), path: "a.txt", format: .text) }
        #expect(throws: ExtractionError.binary(path: "b.txt")) { try reader.read(bytes: [0x41, 0, 0x42], path: "b.txt", format: .text) }
        #expect(throws: ExtractionError.invalidUTF8(path: "c.md", byteOffset: 3)) {
            try reader.read(bytes: [0x41, 0x42, 0x43, 0xFF, 0x44], path: "c.md", format: .markdown)
        }
        #expect(throws: ExtractionError.unsupportedType(path: "d.pdf")) { try reader.read(path: "d.pdf") }
        #expect(throws: ExtractionError.notFound(path: "/nonexistent/e.txt")) { try reader.read(path: "/nonexistent/e.txt") }
        let small = ArticleReader(maxBytes: 4)
        #expect(throws: ExtractionError.tooLarge(path: "f.txt", bytes: 5, limit: 4)) {
            try small.read(bytes: Array("Hello".utf8), path: "f.txt", format: .text)
        }
        #expect("\(ExtractionError.invalidUTF8(path: "c.md", byteOffset: 3))" == "c.md: not valid UTF-8 (first bad byte at offset 3)")
    }

    @Test func sentenceSpansPointIntoTheFile() throws {
        let text = "Title line\n\nFirst  sentence here.\nIt goes on, past 3.5 percent. Über-café says 2 in 10."
        let article = try reader.read(bytes: Array(text.utf8), path: "t.txt", format: .text)
        let scalars = Array(text.unicodeScalars)
        let texts = article.sentences.map(\.text)
        #expect(texts == ["Title line", "First sentence here.", "It goes on, past 3.5 percent.", "Über-café says 2 in 10."])
        for sentence in article.sentences {
            let slice = String(String.UnicodeScalarView(scalars[sentence.span.start..<sentence.span.end]))
            #expect(slice.split(whereSeparator: \.isWhitespace) == sentence.text.split(whereSeparator: \.isWhitespace))
        }
        #expect(article.sentences[3].span.line == 4 && article.sentences[3].span.column == 31)
        #expect(article.sentences[0].role == .heading)
    }

    @Test func aBOMIsNotPartOfTheText() throws {
        let article = try reader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("Walking lowers blood sugar in adults.".utf8), path: "b.txt", format: .text)
        #expect(article.sentences.first?.text == "Walking lowers blood sugar in adults.")
    }

    @Test func readsFilesFromDisk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-reader-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("walking.md").path
        try Data("# Walking\n\nWalking lowers blood sugar in adults.\n".utf8).write(to: URL(fileURLWithPath: path))
        let article = try reader.read(path: path)
        #expect(article.format == .markdown)
        #expect(article.sentences.map(\.text) == ["Walking", "Walking lowers blood sugar in adults."])
    }
}
