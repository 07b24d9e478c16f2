/// Decides which character encoding to hand libxml2, before parsing.
///
/// Order: a byte-order mark wins; then bytes that are valid UTF-8 are UTF-8, whatever the page or
/// server declares (a page labelled latin-1 that is valid UTF-8 with non-ASCII letters is UTF-8 in
/// practice: no real latin-1 text of any length happens to form valid multi-byte sequences); then
/// the HTTP charset; then `<meta charset>` in the first 4 KB; then windows-1252. Latin-1 and ASCII
/// labels mean windows-1252, as browsers read them (WHATWG Encoding), so curly quotes and the euro
/// sign in 0x80–0x9F come out right.
enum EncodingDetector {
    static func encoding(of bytes: [UInt8], declared: String?) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if isValidUTF8(bytes) { return "UTF-8" }
        let label = declared.map(normalized) ?? metaCharset(in: bytes)
        guard let label, !label.isEmpty else { return "WINDOWS-1252" }
        // A UTF-8 label on bytes that are not UTF-8: the label is wrong, and windows-1252 reads any byte.
        if label == "UTF-8" || label == "UTF8" { return "WINDOWS-1252" }
        if windows1252Aliases.contains(label) { return "WINDOWS-1252" }
        return label
    }

    static let windows1252Aliases: Set<String> = [
        "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "LATIN-1", "L1", "US-ASCII", "ASCII", "CP1252",
        "WINDOWS-1252", "X-CP1252", "CP819", "IBM819", "ISO-IR-100",
    ]

    static func normalized(_ label: String) -> String {
        var result = ""
        for scalar in label.unicodeScalars where !scalar.properties.isWhitespace && scalar != "\"" && scalar != "'" {
            result.unicodeScalars.append(scalar)
        }
        return result.uppercased()
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF), fast on ASCII.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch byte {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return false
                }
                guard index + length <= count else { return false }
                let second = buffer[index + 1]
                guard second >= low, second <= high else { return false }
                var next = index + 2
                while next < index + length {
                    guard buffer[next] & 0xC0 == 0x80 else { return false }
                    next += 1
                }
                index += length
            }
            return true
        }
    }

    /// Whether the tag around `index` is a `<meta>`: `<script charset="utf-8" src=…>` names the
    /// script's encoding, not the page's.
    private static func insideMetaTag(_ window: ArraySlice<UInt8>, at index: Int) -> Bool {
        var start = index
        while start > window.startIndex, window[start] != UInt8(ascii: "<"), window[start] != UInt8(ascii: ">") { start -= 1 }
        guard window[start] == UInt8(ascii: "<"), start + 5 <= window.endIndex else { return false }
        return window[(start + 1)..<(start + 5)].map { $0 | 0x20 }.elementsEqual("meta".utf8)
    }

    /// The label of the first `charset=` inside a `<meta>` tag in the first 4 KB (covers `<meta charset="x">` and
    /// `<meta http-equiv="Content-Type" content="text/html; charset=x">`).
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let window = bytes.prefix(4096)
        let needle = Array("charset".utf8)
        var index = window.startIndex
        while index + needle.count < window.endIndex {
            var matches = true
            for offset in 0..<needle.count where window[index + offset] | 0x20 != needle[offset] {
                matches = false
                break
            }
            if matches, insideMetaTag(window, at: index) {
                var cursor = index + needle.count
                while cursor < window.endIndex, window[cursor] == 0x20 { cursor += 1 }
                guard cursor < window.endIndex, window[cursor] == UInt8(ascii: "=") else {
                    index += 1
                    continue
                }
                cursor += 1
                while cursor < window.endIndex, window[cursor] == 0x20 || window[cursor] == 0x22 || window[cursor] == 0x27 {
                    cursor += 1
                }
                var label: [UInt8] = []
                while cursor < window.endIndex, label.count < 40 {
                    let byte = window[cursor]
                    let isLabelByte =
                        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
                    guard isLabelByte else { break }
                    label.append(byte)
                    cursor += 1
                }
                if !label.isEmpty { return normalized(String(decoding: label, as: UTF8.self)) }
            }
            index += 1
        }
        return nil
    }
}
