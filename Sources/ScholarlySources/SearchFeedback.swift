import Foundation
import TextAnalysis

/// Pseudo-relevance feedback: the words the best papers a search found share, and the claim does not
/// say. A claim is often written in other words than the abstract it rests on ("nanotechnologies"
/// for "biomaterials", an abbreviation the abstract spells out); the papers ranked first usually
/// name the topic in the abstract's words, so a second ranked query with those words added can
/// reach a paper the claim's own words missed.
///
/// A word is a candidate when at least two of the top papers hold it (one paper's own subject is no
/// topic of the claim's); it scores by how many of them hold it times its rarity in the page of
/// papers returned (`log(1 + n/df)`: a word every returned paper holds tells nothing) times how
/// rare it is in general English (``WordRarity``: "results", "compared" carry no topic). Words of a
/// claim concept's stem, stopwords and the search's noise words are never added.
public enum SearchFeedback {
    /// At most `count` words, best first (ties alphabetical, so a claim always gets the same query),
    /// as the papers write them (lower-cased), from the first `top` of `ranked` (best first) against
    /// all of `ranked`.
    public static func terms(
        for query: SearchQuery, ranked: [(title: String?, abstract: [String])], top: Int, count: Int
    ) -> [String] {
        guard count > 0, top > 0, !ranked.isEmpty else { return [] }
        let claimStems = Set(query.concepts.flatMap { $0.forms.flatMap { Tokenizer.tokens(in: $0).map { SearchRelevance.stem($0.text) } } })
        // Each paper's candidate words by stem, with the way it writes each.
        var forms: [String: [String: Int]] = [:]
        let papers: [Set<String>] = ranked.map { paper in
            var stems: Set<String> = []
            for token in Tokenizer.tokens(in: ([paper.title ?? ""] + paper.abstract).joined(separator: " ")) where isCandidate(token) {
                let word = token.text.lowercased()
                let stem = SearchRelevance.stem(word)
                guard !claimStems.contains(stem) else { continue }
                stems.insert(stem)
                forms[stem, default: [:]][word, default: 0] += 1
            }
            return stems
        }
        let n = Double(papers.count)
        var df: [String: Int] = [:]
        for paper in papers { for stem in paper { df[stem, default: 0] += 1 } }
        let best = papers.prefix(top)
        let needed = min(2, best.count)
        var scored: [(String, Double)] = []
        for (stem, written) in forms {
            let held = best.filter { $0.contains(stem) }.count
            guard held >= needed else { continue }
            let form = written.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let score = Double(held) * log(1 + n / Double(df[stem]!)) * (1 - WordRarity.commonness(of: form))
            if score > 0 { scored.append((form, score)) }
        }
        return scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count).map(\.0)
    }

    /// Words worth a query: letters (a digit allowed: "il6"), four characters or more, no stopword,
    /// none of the words a claim's query drops as noise or its generic research nouns.
    static func isCandidate(_ token: Token) -> Bool {
        let word = token.text.lowercased()
        guard !token.isNumber, word.count >= 4, word.first!.isLetter, word.allSatisfy({ $0.isLetter || $0.isNumber }) else { return false }
        return !StopWords.contains(word) && !SearchConceptFinder.noise.contains(word) && !genericNouns.contains(word)
    }

    private static let genericNouns = Set(Lexicon.genericResearchNouns)
}

extension SearchQuery {
    /// The ranked query again with feedback words (``SearchFeedback``) ORed in, every word as written.
    public func europePMCFeedbackQuery(adding words: [String]) -> String {
        let claim = concepts.flatMap { $0.forms.map { $0.contains(" ") ? "\"\($0)\"" : $0 } }
        return "(" + (claim + words).joined(separator: " OR ") + ")"
    }
}
