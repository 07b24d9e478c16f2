import Testing
@testable import WebExtraction

@Suite struct EncodingTests {
    func text(_ bytes: [UInt8], charset: String? = nil) throws -> String {
        try WebPageExtractor.extract(bytes: bytes, charset: charset).text
    }

    @Test func utf8DeclaredAsLatin1ByHTTPIsReadAsUTF8() throws {
        let bytes = Array("<html><body><p>Größe, café, naïve, €</p></body></html>".utf8)
        #expect(try text(bytes, charset: "iso-8859-1") == "Größe, café, naïve, €")
    }

    @Test func utf8DeclaredAsLatin1ByMetaIsReadAsUTF8() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Größe und Maß</p></body></html>".utf8)
        #expect(try text(bytes) == "Größe und Maß")
    }

    @Test func latin1FromMetaCharset() throws {
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Gr".utf8)
            + [0xF6, 0xDF, 0x65] + Array("</p></body></html>".utf8)
        #expect(try text(bytes) == "Größe")
    }

    @Test func latin1LabelMeansWindows1252() throws {
        // 0x93 and 0x94 are curly quotes in windows-1252, control characters in ISO-8859-1.
        let bytes = Array("<p>".utf8) + [0x93] + Array("quoted".utf8) + [0x94, 0x20, 0x80] + Array("</p>".utf8)
        #expect(try text(bytes, charset: "iso-8859-1") == "\u{201C}quoted\u{201D} €")
    }

    @Test func httpCharsetWinsOverMetaForNonUTF8Bytes() throws {
        // KOI8-R bytes for "мир", with a meta tag that lies.
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8) + [0xCD, 0xC9, 0xD2] + Array("</p></body></html>".utf8)
        #expect(try text(bytes, charset: "koi8-r") == "мир")
    }

    @Test func scriptCharsetAttributeIsNotThePagesCharset() {
        let bytes = Array("<script src=\"a.js\" charset=\"utf-8\"></script><meta charset=\"gb2312\">".utf8)
        #expect(EncodingDetector.metaCharset(in: bytes) == "GB2312")
    }

    @Test func byteOrderMarks() throws {
        #expect(try text([0xEF, 0xBB, 0xBF] + Array("<p>bom</p>".utf8)) == "bom")
        let utf16: [UInt8] = [0xFF, 0xFE] + "<p>wide</p>".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try text(utf16) == "wide")
    }

    @Test func unknownCharsetFallsBackToSniffing() throws {
        #expect(try text(Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8), charset: "x-no-such-charset") == "café")
    }

    @Test func validatesUTF8Strictly() {
        #expect(EncodingDetector.isValidUTF8(Array("plain ascii".utf8)))
        #expect(EncodingDetector.isValidUTF8(Array("Grüße 😀".utf8)))
        #expect(!EncodingDetector.isValidUTF8([0xC0, 0xAF]))  // overlong "/"
        #expect(!EncodingDetector.isValidUTF8([0xED, 0xA0, 0x80]))  // a surrogate
        #expect(!EncodingDetector.isValidUTF8([0xE2, 0x82]))  // cut short
    }
}
