/// Links that open a page scrolled to a quote, by the WICG text-fragment syntax
/// (`https://example.org/page#:~:text=as%20much%20as%2080%20percent`).
///
/// Spec: https://wicg.github.io/scroll-to-text-fragment/. A text directive is
/// `text=[prefix-,]start[,end][,-suffix]`; `-`, `,` and `&` are syntax, so inside the text they must be
/// percent-encoded. We encode every byte except ASCII letters, digits, `.`, `_` and `~` (the URL
/// unreserved set minus `-`), which is always safe.
enum TextFragment {
    /// `url` with a text directive for `quote`, or nil when the source is not a web page (a local file
    /// named in trusted configuration has no browser URL to scroll).
    ///
    /// Short quotes are matched whole; long ones by their first and last few words
    /// (`text=start,end`), which browsers match across the whole quote and which survives small
    /// differences in the middle (a footnote marker, a line break) between our text and the page's.
    static func url(_ url: String, quoting quote: String, thresholds: ScoringThresholds = .standard) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        // A URL has one fragment; ours replaces any the link had.
        let base = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
        let words = Self.words(of: quote)
        guard !words.isEmpty else { return nil }
        let directive: String
        if words.count <= thresholds.fragmentWholeQuoteWords {
            directive = encode(words.joined(separator: " "))
        } else {
            let start = words.prefix(thresholds.fragmentEdgeWords).joined(separator: " ")
            let end = words.suffix(thresholds.fragmentEdgeWords).joined(separator: " ")
            directive = encode(start) + "," + encode(end)
        }
        return base + "#:~:text=" + directive
    }

    /// `text` split at white space, as `split(whereSeparator: \.isWhitespace)` would, but over Unicode
    /// scalars (every quote of every claim passes through here; `Character`s are slow).
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let space = scalar.isASCII ? scalar == " " || (scalar.value >= 9 && scalar.value <= 13) : scalar.properties.isWhitespace
            if space {
                if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Percent-encodes `text` for a text directive: UTF-8 bytes, uppercase hex, all but `A-Z a-z 0-9 . _ ~`.
    static func encode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0x0F)]
            }
        }
        return result
    }

    private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
}
