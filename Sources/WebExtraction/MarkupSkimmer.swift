/// Removes what the extractor never reads from a page before libxml2 parses it: the bodies of
/// `<script>` (except JSON-LD) and `<style>`, inline `<svg>` drawings, comments, and bogus
/// declarations (`<!meta …>`, which the HTML tokenizer reads as comments).
///
/// On real pages these are about half of all bytes, and libxml2 2.9's HTML parser spends as long
/// on a byte of script as on a byte of article, decoding every character. Skimming them with a
/// byte search first roughly halves the parse. It follows the HTML tokenizer's rules for where
/// these end: a comment at the first `-->`, script and style raw text at the first `</script` or
/// `</style` (any case), svg at its matching `</svg>`. Everything else passes through unchanged.
enum MarkupSkimmer {
    static func skim(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { input in
            let count = input.count
            var copied = 0  // input[copied..<cursor] is still to be copied
            var cursor = 0
            while cursor < count {
                guard input[cursor] == UInt8(ascii: "<"), cursor + 4 < count else {
                    cursor += 1
                    continue
                }
                let next = input[cursor + 1]
                if next == UInt8(ascii: "!"), input[cursor + 2] == UInt8(ascii: "-"), input[cursor + 3] == UInt8(ascii: "-") {
                    let end = find(Array("-->".utf8), in: input, from: cursor + 4, caseless: false).map { $0 + 3 } ?? count
                    output.append(contentsOf: input[copied..<cursor])
                    cursor = end
                    copied = end
                    continue
                }
                if next == UInt8(ascii: "!"), isBogusDeclaration(input, at: cursor + 2) {
                    // `<!meta property="og:title" content="…" />`: not a tag and not text. The
                    // HTML tokenizer reads `<!` before a name other than DOCTYPE as a bogus
                    // comment up to the first `>`; libxml2 2.9 made its attributes body text,
                    // and took the page's `<head>` to have ended there.
                    let end = find(Array(">".utf8), in: input, from: cursor + 2, caseless: false).map { $0 + 1 } ?? count
                    output.append(contentsOf: input[copied..<cursor])
                    cursor = end
                    copied = end
                    continue
                }
                let lower = next | 0x20
                guard lower == UInt8(ascii: "s") else {
                    cursor += 1
                    continue
                }
                if matchesTag("script", input, at: cursor + 1) {
                    let tagEnd = endOfTag(input, from: cursor + 7)
                    if isJSONLD(input[cursor..<tagEnd]) {
                        cursor = tagEnd
                        continue
                    }
                    let close = find(Array("</script".utf8), in: input, from: tagEnd, caseless: true) ?? count
                    // Keep the empty element, so the tree still has it where it was.
                    output.append(contentsOf: input[copied..<tagEnd])
                    cursor = close
                    copied = close
                } else if matchesTag("style", input, at: cursor + 1) {
                    let tagEnd = endOfTag(input, from: cursor + 6)
                    let close = find(Array("</style".utf8), in: input, from: tagEnd, caseless: true) ?? count
                    output.append(contentsOf: input[copied..<tagEnd])
                    cursor = close
                    copied = close
                } else if matchesTag("svg", input, at: cursor + 1) {
                    let close = matchingSVGClose(input, from: cursor + 4)
                    output.append(contentsOf: input[copied..<cursor])
                    cursor = close
                    copied = close
                } else {
                    cursor += 1
                }
            }
            output.append(contentsOf: input[copied..<count])
        }
        return output
    }

    /// Whether a `<!` is followed by a name that is not DOCTYPE (a bogus comment for the HTML
    /// tokenizer); `<!--` and `<![CDATA[` do not start with a letter.
    private static func isBogusDeclaration(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < input.count else { return false }
        let first = input[index] | 0x20
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        let doctype = Array("doctype".utf8)
        guard index + doctype.count <= input.count else { return true }
        for offset in 0..<doctype.count where input[index + offset] | 0x20 != doctype[offset] { return true }
        return false
    }

    /// Whether `name` (lowercase) starts at `index`, followed by white space, `>` or `/`.
    private static func matchesTag(_ name: StaticString, _ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let length = name.utf8CodeUnitCount
        guard index + length < input.count else { return false }
        let pointer = name.utf8Start
        for offset in 0..<length where input[index + offset] | 0x20 != pointer[offset] { return false }
        let after = input[index + length]
        return after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || after <= 0x20
    }

    /// Just past the `>` that ends the start tag, honouring quoted attribute values.
    private static func endOfTag(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var quote: UInt8 = 0
        var index = start
        while index < input.count {
            let byte = input[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return input.count
    }

    private static func isJSONLD(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let needle = Array("ld+json".utf8)
        guard tag.count >= needle.count else { return false }
        var index = tag.startIndex
        while index + needle.count <= tag.endIndex {
            var matched = true
            for offset in 0..<needle.count where tag[index + offset] | 0x20 != needle[offset] | 0x20 {
                matched = false
                break
            }
            if matched { return true }
            index += 1
        }
        return false
    }

    /// The index of the first occurrence of `needle` at or after `start` (`caseless`: ASCII case ignored).
    private static func find(_ needle: [UInt8], in input: UnsafeBufferPointer<UInt8>, from start: Int, caseless: Bool) -> Int? {
        guard let first = needle.first else { return start }
        let fold: UInt8 = caseless ? 0x20 : 0
        var index = start
        let last = input.count - needle.count
        while index <= last {
            if input[index] == first {
                var matched = true
                for offset in 1..<needle.count where input[index + offset] | fold != needle[offset] | fold {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// Just past the `</svg>` that closes the svg opened before `start`, counting nested svgs.
    private static func matchingSVGClose(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var depth = 1
        var index = start
        while index + 5 < input.count {
            if input[index] == UInt8(ascii: "<") {
                if input[index + 1] == UInt8(ascii: "/"), matchesTag("svg", input, at: index + 2) {
                    depth -= 1
                    if depth == 0 { return endOfTag(input, from: index + 5) }
                } else if matchesTag("svg", input, at: index + 1) {
                    depth += 1
                }
            }
            index += 1
        }
        return input.count
    }
}
