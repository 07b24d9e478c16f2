import TextAnalysis

/// The abbreviations a claim defines itself ("reactive oxygen species (ROS)", "toll-like receptors
/// (TLRs)"), found among its tokens so that the long form and the abbreviation become one search
/// concept, `("reactive oxygen species" OR ros)`: an abstract often writes only one of them, and
/// PubMed ANDs every concept, so a query that asked for both words and abbreviation found nothing.
///
/// The long form is read as ``SearchRelevance`` reads a paper's: the fewest words just before the
/// parenthesis that start with the abbreviation's first letter and hold all its letters in order.
enum ClaimAbbreviations {
    /// One definition: the tokens `longForm` (indexes into the tokens given) and the abbreviation's
    /// token, which stands alone inside the parentheses right after them.
    struct Definition: Equatable {
        var longForm: ClosedRange<Int>
        var abbreviation: Int
    }

    /// The definitions among `tokens` of the text `characters`, by the index of the long form's first
    /// token. An abbreviation needs two capitals ("ROS", "APOE4", "hDLE", "TLRs"), letters and
    /// digits only, and a long form that ends right before its parenthesis.
    static func definitions(_ tokens: [Token], _ characters: [Character]) -> [Int: Definition] {
        var found: [Int: Definition] = [:]
        for (index, token) in tokens.enumerated() where index > 0 && !token.isNumber {
            let start = token.offset, end = token.offset + token.text.count
            guard start > 0, end < characters.count, characters[start - 1] == "(", characters[end] == ")" else { continue }
            let written = String(characters[start..<end])
            guard written.filter(\.isUppercase).count >= 2, written.allSatisfy({ $0.isLetter || $0.isNumber }) else { continue }
            // A plural abbreviation ("TLRs") abbreviates the plural long form: its "s" is no initial.
            let letters = Array(plainAbbreviation(written).lowercased().filter(\.isLetter))
            guard let first = letters.first else { continue }
            // The long form ends at the token before the parenthesis, with nothing but spaces between.
            let last = index - 1
            let gap = characters[(tokens[last].offset + tokens[last].text.count)..<(start - 1)]
            guard gap.allSatisfy(\.isWhitespace) else { continue }
            let longest = min(letters.count + 5, 2 * letters.count, index)
            guard longest >= 1, let count = (1...longest).first(where: { count in
                let words = tokens[(index - count)...last].map(\.text)
                return words[0].first == first && holdsInOrder(letters, Array(words.joined()))
            }) else { continue }
            // A long form of one word that is the abbreviation itself ("Th2 (TH2)") defines nothing.
            if count == 1, tokens[last].text == token.text { continue }
            found[index - count] = Definition(longForm: (index - count)...last, abbreviation: index)
        }
        return found
    }

    /// An abbreviation without the plural "s" written after its capitals ("TLRs" → "TLRs" less "s":
    /// "TLR"); nil-safe for anything else (returned as is).
    static func plainAbbreviation(_ written: String) -> String {
        isPluralAbbreviation(written) ? String(written.dropLast()) : written
    }

    /// "TLRs", "RNAs", "VSMCs": capitals (at least two) and a final lower-case "s", the way English
    /// writes an abbreviation's plural. An abstract that writes the singular ("TLR") is found only
    /// when the search asks for it too: "TLRs" is too short to truncate.
    static func isPluralAbbreviation(_ written: String) -> Bool {
        guard written.count >= 3, written.last == "s" else { return false }
        let body = written.dropLast()
        return body.filter(\.isUppercase).count >= 2 && body.last!.isUppercase
    }

    static func holdsInOrder(_ letters: [Character], _ text: [Character]) -> Bool {
        var next = 0
        for character in text where next < letters.count && character == letters[next] { next += 1 }
        return next == letters.count
    }
}
