import TextAnalysis

/// The abbreviations a text defines in the way English defines them, the long form and then the
/// abbreviation in parentheses ("antiretroviral therapy (ART)", "human dialyzable leukocyte
/// extract (hDLE)"). One reading for a paper the re-ranker scores (``SearchRelevance``) and for a
/// claim whose PubMed query asks for either form (``SearchQuery/keepingForStrictSearch(_:)``).
///
/// The long form is the fewest words just before the parenthesis that start with the
/// abbreviation's first letter and hold all its letters in order; the abbreviation has at least two
/// capitals and only letters and digits, so a year, "(n = 40)", "(Fig. 2)" or "(taken daily)"
/// defines nothing, and neither does a symbol whose letters the words before do not hold.
enum DefinedAbbreviations {
    struct Definition: Equatable {
        /// As written inside the parentheses ("hDLE").
        var abbreviation: String
        /// The long form's words, lower-cased, numbers left out ("t", "helper", "cell" for "T
        /// helper 2 cell (Th2)"): what the letters were matched against.
        var words: [String]
        /// Character offsets in the text: where the long form's first word starts, and the "(".
        var longFormStart: Int
        var parenthesis: Int
    }

    /// Every definition in `text`, in order.
    static func definitions(in text: String) -> [Definition] {
        let characters = Array(text)
        var found: [Definition] = []
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "(", let close = characters[index...].firstIndex(of: ")"), close - index <= 11 else { continue }
            let abbreviation = String(characters[(index + 1)..<close])
            let capitals = abbreviation.filter(\.isUppercase).lowercased()
            guard capitals.count >= 2, abbreviation.allSatisfy({ $0.isLetter || $0.isNumber }) else { continue }
            // A long form is a few words: only the text just before is read (a paragraph with many
            // parentheses stays linear).
            let letters = Array(abbreviation.lowercased().filter(\.isLetter))
            let base = max(0, index - 160)
            let words = Array(Tokenizer.tokens(in: String(characters[base..<index])).filter { !$0.isNumber }
                .suffix(min(letters.count + 5, 2 * letters.count)))
            guard let first = letters.first,
                  let count = (1...max(1, words.count)).first(where: { count in
                      count <= words.count && words[words.count - count].text.first == first
                          && holdsInOrder(letters, Array(words.suffix(count).map(\.text).joined()))
                  })
            else { continue }
            found.append(Definition(
                abbreviation: abbreviation, words: words.suffix(count).map(\.text),
                longFormStart: base + words[words.count - count].offset, parenthesis: index))
        }
        return found
    }

    static func holdsInOrder(_ letters: [Character], _ text: [Character]) -> Bool {
        var next = 0
        for character in text where next < letters.count && character == letters[next] { next += 1 }
        return next == letters.count
    }
}
