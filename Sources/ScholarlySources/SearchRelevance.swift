import Foundation
import TextAnalysis

/// How well each paper a search returned matches the claim, read in the paper's own title and
/// abstract: the re-ranking that lets a search ask for a page of results and keep the best three.
///
/// A ranked backend (Europe PMC) weighs the query's words as written: "reduces" does not meet
/// "reduction", and a paper that says the claim in one sentence scores no higher than one that
/// scatters its words over a long abstract. Reading the page it returned fixes both, without
/// another query: every concept matches at its Snowball stem (each of its forms, spelt either way:
/// the claim's "randomised", stem "randomis", holds a paper's "randomized", stem "random"), and a
/// paper scores for the concepts it holds anywhere plus, again, for those one sentence (or the
/// title) holds together, because a claim usually restates one sentence of the abstract it cites.
/// A concept counts by its ``SearchConcept/weight`` times its rarity in the page (`log(1 + n/df)`
/// over the `n` papers returned): a word every returned paper holds cannot tell them apart.
public struct SearchRelevance: Sendable {
    /// Each concept's forms, as stems (a phrase: the stems of its words, all needed), and weight.
    struct ConceptStems: Sendable {
        var forms: [[String]]
        var weight: Double
    }

    let concepts: [ConceptStems]

    public init(query: SearchQuery) {
        concepts = query.concepts.map { concept in
            ConceptStems(
                forms: concept.spelledForms.map { form in Tokenizer.tokens(in: form).map { Self.stem($0.text) } }.filter { !$0.isEmpty },
                weight: max(0.1, concept.weight))
        }
    }

    /// One paper's text as the ranker reads it: the title and each abstract sentence, stemmed.
    public struct Paper: Sendable {
        var sentences: [Set<String>]
        var all: Set<String>
        /// The abbreviations the paper defines ("antiretroviral therapy (ART)"): the abbreviation,
        /// lower-cased, to the stems of its long form.
        var definitions: [String: [String]]

        public init(title: String?, abstract: [String]) {
            var sentences: [Set<String>] = []
            var definitions: [String: [String]] = [:]
            if let title, !title.isEmpty { sentences.append(Self.stems(title)) }
            for paragraph in abstract {
                for sentence in SentenceSplitter.sentences(in: paragraph) { sentences.append(Self.stems(sentence)) }
                Self.definitions(in: paragraph, into: &definitions)
            }
            if let title { Self.definitions(in: title, into: &definitions) }
            self.sentences = sentences
            all = sentences.reduce(into: Set<String>()) { $0.formUnion($1) }
            self.definitions = definitions
        }

        /// "long form (ABBR)": the fewest words before the parenthesis that start with the
        /// abbreviation's first letter and hold all its letters in order ("antiretroviral therapy"
        /// for "ART", "human dialyzable leukocyte extract" for "hDLE").
        static func definitions(in text: String, into found: inout [String: [String]]) {
            let characters = Array(text)
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
                let words = Array(Tokenizer.tokens(in: String(characters[max(0, index - 160)..<index])).filter { !$0.isNumber }.map(\.text)
                    .suffix(min(letters.count + 5, 2 * letters.count)))
                guard let first = letters.first,
                      let count = (1...max(1, words.count)).first(where: { count in
                          count <= words.count && words[words.count - count].first == first
                              && Self.holdsInOrder(letters, Array(words.suffix(count).joined()))
                      })
                else { continue }
                found[abbreviation.lowercased()] = words.suffix(count).map { SearchRelevance.stem($0) }
            }
        }

        static func holdsInOrder(_ letters: [Character], _ text: [Character]) -> Bool {
            var next = 0
            for character in text where next < letters.count && character == letters[next] { next += 1 }
            return next == letters.count
        }

        static func stems(_ text: String) -> Set<String> {
            Set(Tokenizer.tokens(in: text).map { SearchRelevance.stem($0.text) })
        }
    }

    /// Each paper's score in [0, 2]: the weighted share of the claim's concepts it holds, plus the
    /// weighted share its best sentence holds. Papers in the order given.
    public func scores(_ papers: [Paper]) -> [Double] {
        guard !concepts.isEmpty, !papers.isEmpty else { return papers.map { _ in 0 } }
        // A claim's abbreviation that a returned paper defines is also held by the papers that
        // write it out ("ART" ~ "antiretroviral therapy").
        var definitions: [String: [String]] = [:]
        for paper in papers { definitions.merge(paper.definitions) { first, _ in first } }
        // Not when the claim spells the long form out itself ("apolipoprotein E4 (APOE4)"): its words
        // are concepts already, and would count twice.
        let claimWords = Set(self.concepts.flatMap { $0.forms.filter { $0.count == 1 }.map { $0[0] } })
        let concepts = self.concepts.map { concept in
            var concept = concept
            for form in concept.forms where form.count == 1 {
                if let long = definitions[form[0]], !concept.forms.contains(long), !long.allSatisfy(claimWords.contains) {
                    concept.forms.append(long)
                }
            }
            return concept
        }
        let n = Double(papers.count)
        let weights = concepts.map { concept in
            let df = Double(papers.filter { Self.holds($0.all, concept) }.count)
            return concept.weight * log(1 + n / max(1, df))
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { return papers.map { _ in 0 } }
        return papers.map { paper in
            var whole = 0.0
            var held: [Int] = []
            for (index, concept) in concepts.enumerated() where Self.holds(paper.all, concept) {
                whole += weights[index]
                held.append(index)
            }
            let best = paper.sentences.map { sentence in
                held.reduce(0.0) { $0 + (Self.holds(sentence, concepts[$1]) ? weights[$1] : 0) }
            }.max() ?? 0
            return (whole + best) / total
        }
    }

    /// Whether any form of the concept is in the stems (a phrase: all of its words).
    static func holds(_ stems: Set<String>, _ concept: ConceptStems) -> Bool {
        concept.forms.contains { form in form.allSatisfy(stems.contains) }
    }

    static func stem(_ word: String) -> String {
        SearchConceptFinder.stem(word.replacingOccurrences(of: "'", with: ""))
    }
}
