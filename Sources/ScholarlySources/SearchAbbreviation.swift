import TextAnalysis

/// An abbreviation a claim defines ("reactive oxygen species (ROS)"), as Europe PMC's ranked queries
/// ask for it: the long form as one phrase or the abbreviation, `("reactive oxygen species" OR ros)`.
/// An abstract often writes only one of the two; asked for as separate words, the long form's words
/// found any paper that wrote them apart, and a two-letter abbreviation ("AF") was not asked for at
/// all (the concept finder drops it as too short).
///
/// Only the ranked queries read it (``SearchQuery/rankedConcepts``). PubMed's strict query keeps
/// main's concepts (session 22 tried the join there: no claim moved), and so does the re-ranker,
/// which reads a paper's own definitions.
///
/// General English, read by ``DefinedAbbreviations`` and kept only when the definition is plain:
/// the parentheses hold the abbreviation alone, the long form ends right before them and has at
/// least two words (a one-word long form is its own concept already), and the abbreviation is no
/// stopword ("US").
public struct SearchAbbreviation: Sendable, Hashable {
    /// The abbreviation as searched, lower-cased ("ros").
    public var abbreviation: String
    /// The long form as phrases: as written ("trans activator protein") and, where a prefix medicine
    /// also writes closed is hyphened to the next word, closed ("transactivator protein").
    public var longForms: [String]
    /// The long form's words as searched: a concept made of these belongs to it.
    var words: Set<String>

    /// `concepts` with the abbreviation's concept and those of its long form's words (or phrases of
    /// them: "t cell") joined into one, `long forms OR the abbreviation's forms`, in the first one's
    /// place, weighing as the heaviest of them. Unchanged when none of them is there.
    func joined(in concepts: [SearchConcept]) -> [SearchConcept] {
        let members = concepts.indices.filter { index in
            let first = concepts[index].forms[0]
            return first == abbreviation || first.split(separator: " ").allSatisfy { words.contains(String($0)) }
        }
        guard let place = members.first else { return concepts }
        let own = concepts.first { $0.forms[0] == abbreviation }?.forms ?? [abbreviation]
        var joined = concepts
        joined[place] = SearchConcept(forms: longForms + own, weight: members.map { concepts[$0].weight }.max()!)
        for index in members.dropFirst().reversed() { joined.remove(at: index) }
        return joined
    }
}

extension SearchConceptFinder {
    /// The abbreviations `text` defines plainly (``SearchAbbreviation``), each once.
    static func abbreviations(in text: String) -> [SearchAbbreviation] {
        let characters = Array(text)
        let tokens = namesJoined(Tokenizer.tokens(in: text), characters)
        var found: [SearchAbbreviation] = []
        for definition in DefinedAbbreviations.definitions(in: text) {
            let close = definition.parenthesis + 1 + definition.abbreviation.count
            let inside = tokens.filter { $0.offset > definition.parenthesis && $0.offset < close }
            let long = tokens.filter { $0.offset >= definition.longFormStart && $0.offset < definition.parenthesis }
            guard inside.count == 1, inside[0].text.count == definition.abbreviation.count, long.count >= 2,
                  let last = long.last, last.offset + last.text.count <= definition.parenthesis,
                  characters[(last.offset + last.text.count)..<definition.parenthesis].allSatisfy(\.isWhitespace)
            else { continue }
            let abbreviation = searchWord(inside[0])
            let words = long.map(searchWord)
            guard !StopWords.contains(abbreviation), !found.contains(where: { $0.abbreviation == abbreviation }) else { continue }
            var longForms = [words.joined(separator: " ")]
            if let closed = closedPrefixes(long, words, characters) { longForms.append(closed) }
            found.append(SearchAbbreviation(abbreviation: abbreviation, longForms: longForms, words: Set(words)))
        }
        return found
    }

    /// The long form with each prefix medicine also writes closed (``Lexicon/spellingCompoundPrefixes``)
    /// joined to the word its hyphen ties it to ("trans-activator protein" → "transactivator
    /// protein"); nil when it has none.
    private static func closedPrefixes(_ tokens: [Token], _ words: [String], _ characters: [Character]) -> String? {
        var joined: [String] = []
        var index = 0
        var changed = false
        while index < words.count {
            let end = tokens[index].offset + tokens[index].text.count
            if index + 1 < words.count, Lexicon.spellingCompoundPrefixes.contains(words[index]), !tokens[index + 1].isNumber,
               end < characters.count, characters[end] == "-", tokens[index + 1].offset == end + 1 {
                joined.append(words[index] + words[index + 1])
                index += 2
                changed = true
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        return changed ? joined.joined(separator: " ") : nil
    }
}
