/// Undoes text that was UTF-8, read as Windows-1252 and written out again as UTF-8, once or twice
/// over: "don’t" became "donâ€™t", then "donÃ¢â‚¬â„¢t". CheckThat! 2024's English training split
/// (ClaimBuster's crowd-labelled sentences) has 49 such sentences, already garbled in the published
/// files; the JSON escapes hold the wrong characters, so no reader can decode them right. Trained on
/// as they are, they gave the model weights for `w:â` and `w:ã` and split "don’t" into pieces.
///
/// The repair is exact where it applies: every byte of a UTF-8 character other than ASCII is 0x80 or
/// above, so a garbled character is a run of non-ASCII characters that Windows-1252 maps back to
/// bytes forming valid UTF-8. Text in any real encoding almost never does ("café", "naïve", "’"
/// alone are not valid UTF-8 as bytes), so correct text is left as it is.
enum Mojibake {
    /// `text` with each garbled run decoded again until it no longer changes (at most three rounds).
    /// A lone "Â" before a space is dropped too: it is the first byte of a no-break space whose
    /// second byte was later turned into that plain space.
    static func repaired(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !$0.isASCII }) else { return text }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard !scalars[index].isASCII else {
                result.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, !scalars[end].isASCII { end += 1 }
            var run = String(String.UnicodeScalarView(scalars[index..<end]))
            for _ in 0..<3 {
                guard let bytes = windows1252Bytes(run), let decoded = String(validating: bytes, as: UTF8.self), decoded != run else { break }
                run = decoded
            }
            if run.hasSuffix("Â"), end < scalars.count, scalars[end] == " " { run.removeLast() }
            result.append(contentsOf: run.unicodeScalars)
            index = end
        }
        return String(result)
    }

    /// The Windows-1252 bytes of `text`, or nil if a character has none. The five bytes the code page
    /// leaves undefined read as the C1 controls of the same number (as browsers decode them), so they
    /// map back too: "â€\u{9D}" is the garbled "”".
    static func windows1252Bytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (scalar.value >= 0xA0 && scalar.value <= 0xFF) {
                bytes.append(UInt8(scalar.value))
            } else if let offset = highBlock.firstIndex(of: scalar) {
                bytes.append(0x80 + UInt8(offset))
            } else {
                return nil
            }
        }
        return bytes
    }

    /// What Windows-1252 bytes 0x80–0x9F stand for, in byte order.
    static let highBlock: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]
}
