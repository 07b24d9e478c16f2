/// Words that soften a statement: "massage *may* reduce cortisol" claims less than "massage reduces
/// cortisol". The extractor records a claim's hedges; the scorer compares them with the source's,
/// since a hedge the source had and the article dropped is an overstatement.
public enum HedgeLexicon {
    /// The hedges in `text`, as lowercased phrases, in order of appearance.
    public static func hedges(in text: String) -> [String] {
        hedgePositions(in: Tokenizer.words(in: text)).map(\.phrase)
    }

    /// The hedges among `words` (lowercased tokens), each with the index of its first word, in order.
    /// A negated modal of ability ("could not attend") denies an ability and is no hedge; "could not
    /// only lower ... but also" is no denial, so its modal still hedges.
    public static func hedgePositions(in words: [String]) -> [(phrase: String, position: Int)] {
        var found: [(phrase: String, position: Int)] = []
        var index = 0
        while index < words.count {
            var matched = false
            if abilityModals.contains(words[index]), index + 1 < words.count, negations.contains(words[index + 1]),
               index + 2 >= words.count || !negationExceptionsAfter.contains(words[index + 2])
            {
                index += 2
                continue
            }
            for phrase in phrasesByFirstWord[words[index]] ?? [] where index + phrase.count <= words.count {
                if phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) {
                    found.append((phrase.joined(separator: " "), index))
                    index += phrase.count
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return found
    }

    static let abilityModals: Set<String> = Set(Lexicon.abilityModals)
    static let negations: Set<String> = Set(Lexicon.negationWords)
    static let negationExceptionsAfter: Set<String> = Set(Lexicon.negationExceptionsAfter)

    /// The phrases grouped by their first word (longest first within a group), so each word of a
    /// sentence is compared only with the phrases it could start.
    static let phrasesByFirstWord: [String: [[String]]] = Dictionary(grouping: phrases, by: { $0[0] })

    /// Longest first, so "is associated with" is found whole rather than as "associated".
    static let phrases: [[String]] = Lexicon.hedgePhrases.map(Lexicon.words(of:)).sorted { $0.count > $1.count }
}
