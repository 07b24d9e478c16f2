/// Finds sentence boundaries in running text.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when
/// white space follows and the next word could start a sentence. It does not end after known
/// abbreviations ("Dr.", "e.g.", "U.S.", "Fig."), after a lone initial ("J. Smith"), or inside a
/// number ("3.5"), because no white space follows the point there.
public enum SentenceSplitter {
    /// The sentences of `text` as ranges, trimmed of surrounding white space, in order.
    public static func sentenceRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isNewline, isParagraphBreak(text, at: index) {
                appendTrimmed(start..<index, of: text, to: &ranges)
                start = text.index(after: index)
                index = start
                continue
            }
            if terminators.contains(character) {
                var end = text.index(after: index)
                // Runs of terminators ("?!", "...") and closing quotes or brackets stay with the sentence.
                while end < text.endIndex, terminators.contains(text[end]) || closers.contains(text[end]) {
                    end = text.index(after: end)
                }
                if end == text.endIndex || text[end].isWhitespace,
                   endsSentence(text, terminatorAt: index, next: end)
                {
                    appendTrimmed(start..<end, of: text, to: &ranges)
                    start = end
                }
                index = end
                continue
            }
            index = text.index(after: index)
        }
        appendTrimmed(start..<text.endIndex, of: text, to: &ranges)
        return ranges
    }

    /// The sentences of `text` as strings.
    public static func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    static let terminators: Set<Character> = [".", "!", "?", "…"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]

    /// Lowercased, without the final point. Only words that are nearly always followed by more of
    /// the same sentence: "no." and "in." are left out because they end sentences as often.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "vs", "etc", "e.g", "i.e", "cf", "al",
        "fig", "figs", "eq", "vol", "pp", "p", "ch", "sec", "approx", "ca", "inc", "ltd", "co", "corp",
        "gov", "gen", "col", "lt", "sgt", "rep", "sen", "rev", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "dept",
        "univ", "assn", "ave", "blvd", "ph.d", "m.d", "b.a", "m.a", "d.c", "op", "resp", "ref", "refs",
    ]

    static func endsSentence(_ text: String, terminatorAt index: String.Index, next: String.Index) -> Bool {
        guard text[index] == "." else { return true }
        // The word before the point.
        var wordStart = index
        while wordStart > text.startIndex {
            let previous = text.index(before: wordStart)
            let character = text[previous]
            if character.isLetter || character.isNumber || character == "." { wordStart = previous } else { break }
        }
        let word = text[wordStart..<index].lowercased()
        if abbreviations.contains(word) {
            // "etc." closes sentences as often as not; the others almost never do.
            return word == "etc" && nextWordStartsSentence(text, from: next) && !nextWordIsLower(text, from: next)
        }
        // A lone capital initial: "J. Smith".
        if word.count == 1, let first = word.first, first.isLetter,
           text[wordStart].isUppercase
        {
            return false
        }
        return nextWordStartsSentence(text, from: next)
    }

    /// A sentence starts with an uppercase letter, a digit, or an opening quote or bracket.
    static func nextWordStartsSentence(_ text: String, from index: String.Index) -> Bool {
        var position = index
        while position < text.endIndex, text[position].isWhitespace { position = text.index(after: position) }
        guard position < text.endIndex else { return true }
        let character = text[position]
        return character.isUppercase || character.isNumber || "\"'“‘([¿¡*-•".contains(character)
            || !(character.isLetter)
    }

    static func nextWordIsLower(_ text: String, from index: String.Index) -> Bool {
        var position = index
        while position < text.endIndex, text[position].isWhitespace { position = text.index(after: position) }
        return position < text.endIndex && text[position].isLowercase
    }

    /// A blank line (two newlines with only spaces between) always ends a sentence.
    static func isParagraphBreak(_ text: String, at index: String.Index) -> Bool {
        var position = text.index(after: index)
        while position < text.endIndex, text[position] == " " || text[position] == "\t" || text[position] == "\r" {
            position = text.index(after: position)
        }
        return position < text.endIndex && text[position].isNewline
    }

    static func appendTrimmed(_ range: Range<String.Index>, of text: String, to ranges: inout [Range<String.Index>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        if lower < upper { ranges.append(lower..<upper) }
    }
}
