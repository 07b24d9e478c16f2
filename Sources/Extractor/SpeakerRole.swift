import TextAnalysis

/// Who an attribution's source is, as far as the claim gate reads it: someone who speaks from an
/// office, a profession, an organisation or a document, or a person speaking for themself (a
/// name alone, a pronoun, "one commenter", "a mother of two").
///
/// Why: on article pages a quotation is a claim to check when an official, an expert or a body
/// reports a fact, and seldom when a private person, a commenter or the story's subject tells of
/// themself; the first stage sees only that someone is quoted. The role is read from the source's
/// own words with WordNet's general classes (a `noun.group` or `noun.communication` word, a kind
/// of ``Lexicon/expertiseKinds``) and the lexicon's role nouns of sources, never from a list of
/// the people or outlets of any page. The attribution itself is the parser's; this only reads it.
enum SpeakerRole: Sendable, Equatable {
    case office
    case person

    init(source: String) {
        self = Self.speaksFromOffice(source) ? .office : .person
    }

    static func speaksFromOffice(_ source: String) -> Bool {
        let written = source.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        // An acronym ("WHO", "CDC", "CEO") is an organisation or an office.
        if written.contains(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }) { return true }
        let words = written.map { $0.lowercased() }
        if words.contains(where: { Lexicon.sourceRoleNouns.contains($0) || Lexicon.expertTitles.contains($0) }) { return true }
        guard let wordNet = try? WordNet.shared() else { return false }
        return words.contains { word in
            guard word.count > 2, !StopWords.contains(word) else { return false }
            switch wordNet.mostFrequentFile(of: word, as: .noun) {
            case .nounGroup, .nounCommunication: return true
            case .nounPerson:
                // In the word's first sense only: "resident" is a physician in its second.
                let kinds = wordNet.ancestors(of: word, senses: 1, levels: 20)
                return Lexicon.expertiseKinds.contains(where: kinds.contains)
            default: return false
            }
        }
    }
}
