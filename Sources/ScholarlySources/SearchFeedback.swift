import Foundation
import TextAnalysis

/// Pseudo-relevance feedback: the words the best papers a search found share, and the claim does not
/// say. A claim is often written in other words than the abstract it rests on ("nanotechnologies"
/// for "biomaterials", an abbreviation the abstract spells out); the papers ranked first usually
/// name the topic in the abstract's words, so a second ranked query with those words added can
/// reach a paper the claim's own words missed.
///
/// Only with two usable papers at least (one paper's own words are its subject, not the claim's
/// topic). A word is a candidate when at least two of the top papers hold it; it scores by how many
/// of them hold it times its rarity in the page of papers returned (`log(n/df)`: a word every
/// returned paper holds scores 0, it tells the papers apart no more than the claim did) times how
/// rare it is in general English (``WordRarity``: "measured", "compared" carry no topic), doubled
/// when two papers hold it in their title or first sentence (where an abstract names its topic).
/// Never added: words of a claim concept's stem, stopwords, the search's noise words, boilerplate
/// (``Lexicon/abstractBoilerplateWords``: publishers, registries, units, HTML entities), names
/// (the papers' authors, a capitalised word before "et al."), and any word of a copyright, licence
/// or trial-registration sentence, which are cut before the words are read.
public enum SearchFeedback {
    /// One paper as the feedback reads it.
    public struct Paper: Sendable {
        public var title: String?
        public var abstract: [String]
        public var authors: [String]

        public init(title: String?, abstract: [String], authors: [String] = []) {
            self.title = title
            self.abstract = abstract
            self.authors = authors
        }
    }

    /// At most `count` words, best first (ties alphabetical, so a claim always gets the same query),
    /// as the papers write them (lower-cased), from the first `top` of `ranked` (best first) against
    /// all of `ranked`; none when fewer than two of the top papers have any text left.
    public static func terms(for query: SearchQuery, ranked: [Paper], top: Int, count: Int) -> [String] {
        guard count > 0, top > 1, ranked.count > 1 else { return [] }
        let claimStems = Set(query.concepts.flatMap { $0.forms.flatMap { Tokenizer.tokens(in: $0).map { SearchRelevance.stem($0.text) } } })
        let names = Set(ranked.flatMap { $0.authors.flatMap { Tokenizer.words(in: $0).map { $0.lowercased() } } })
        // Each paper's candidate words by stem, with the way it writes each, and those of its title
        // and first sentence.
        var forms: [String: [String: Int]] = [:]
        var papers: [Set<String>] = []
        var leads: [Set<String>] = []
        for paper in ranked {
            let sentences = paper.abstract.flatMap(SentenceSplitter.sentences(in:)).filter { !isBoilerplate($0) }
            let parts = [paper.title ?? ""] + sentences
            var stems: Set<String> = []
            var lead: Set<String> = []
            for (index, part) in parts.enumerated() {
                let tokens = Tokenizer.tokens(in: part)
                for (position, token) in tokens.enumerated() where isCandidate(token) {
                    let word = token.text.lowercased()
                    guard !names.contains(word), !isCitedName(tokens, at: position, in: part) else { continue }
                    let stem = SearchRelevance.stem(word)
                    guard !claimStems.contains(stem) else { continue }
                    stems.insert(stem)
                    if index <= 1 { lead.insert(stem) }
                    forms[stem, default: [:]][word, default: 0] += 1
                }
            }
            papers.append(stems)
            leads.append(lead)
        }
        let best = papers.prefix(top)
        guard best.filter({ !$0.isEmpty }).count >= 2 else { return [] }
        let n = Double(papers.count)
        var df: [String: Int] = [:]
        for paper in papers { for stem in paper { df[stem, default: 0] += 1 } }
        let bestLeads = leads.prefix(top)
        var scored: [(String, Double)] = []
        for (stem, written) in forms {
            let held = best.filter { $0.contains(stem) }.count
            guard held >= 2, let seen = df[stem], Double(seen) < n else { continue }
            let form = written.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let lead = bestLeads.filter { $0.contains(stem) }.count >= 2 ? 2.0 : 1.0
            let score = Double(held) * log(n / Double(seen)) * (1 - WordRarity.commonness(of: form)) * lead
            if score > 0 { scored.append((form, score)) }
        }
        return scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count).map(\.0)
    }

    /// Words worth a query: letters (a digit allowed: "il6"), four characters or more, no stopword,
    /// none of the words a claim's query drops as noise or its generic research nouns, no boilerplate.
    static func isCandidate(_ token: Token) -> Bool {
        let word = token.text.lowercased()
        guard !token.isNumber, word.count >= 4, word.first!.isLetter, word.allSatisfy({ $0.isLetter || $0.isNumber }) else { return false }
        return !StopWords.contains(word) && !SearchConceptFinder.noise.contains(word) && !excluded.contains(word)
    }

    /// A copyright, licence or publisher line, or a trial's registration: the words of the paper's
    /// publisher and registry, never its topic.
    static func isBoilerplate(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return sentence.contains("©") || boilerplateMarks.contains { lower.contains($0) }
    }

    private static let boilerplateMarks = [
        "copyright", "all rights reserved", "published by", "licensee", "creative commons", "open access article",
        "clinicaltrials.gov", "trial registration", "registration number", "registered at", "registered with",
        "registry", "isrctn", "prospero", "nct0",
    ]

    /// A capitalised word before "et al" ("Rothwell et al."): a cited author, not a topic.
    static func isCitedName(_ tokens: [Token], at position: Int, in text: String) -> Bool {
        guard tokens[position].text.first?.isUppercase == true else { return false }
        let rest = tokens.dropFirst(position + 1).prefix(2).map { $0.text.lowercased() }
        return rest.first == "et" && (rest.count < 2 || rest[1].hasPrefix("al"))
    }

    private static let excluded = Set(Lexicon.genericResearchNouns).union(Lexicon.abstractBoilerplateWords)
}

extension SearchQuery {
    /// The ranked query again with feedback words (``SearchFeedback``) ORed in: the claim's forms as
    /// the ranked query that ran first writes them (truncated or as written), the words as written.
    public func europePMCFeedbackQuery(adding words: [String], truncated: Bool) -> String {
        Self.rankedQuery(truncated ? concepts.flatMap(\.searchForms) : exactForms, adding: words)
    }
}
