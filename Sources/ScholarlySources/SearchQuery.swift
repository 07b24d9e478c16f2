import FactCheckModel
import TextAnalysis

/// The words of a claim worth searching the literature for, and how each backend wants them.
///
/// Content words only: stopwords go, and so do hedges, negations, scope words and reporting verbs
/// ("may", "not", "most", "shows"), which the scorer needs but which only narrow a literature
/// search to papers that happen to use the same phrasing. Numbers are left out by default: "61
/// percent" in an abstract is rarely written the way the article wrote it, and a wrong number
/// must still find the paper that contradicts it.
public struct SearchQuery: Sendable, Hashable {
    /// In the claim's order, lowercased, without repeats.
    public var terms: [String]

    public init(terms: [String]) {
        self.terms = terms
    }

    /// At most `maxTerms` words of `claim.text` (the claim without its attribution lead-in). When
    /// there are more, the longest (most specific) are kept, still in the claim's order.
    public init(claim: Claim, maxTerms: Int = 6, includeQuantities: Bool = false) {
        self.init(text: claim.text, maxTerms: maxTerms, includeQuantities: includeQuantities)
    }

    public init(text: String, maxTerms: Int = 6, includeQuantities: Bool = false) {
        var seen: Set<String> = []
        var candidates: [String] = []
        for token in Tokenizer.tokens(in: text) {
            let word = token.text.replacingOccurrences(of: "'", with: "")
            if token.isNumber {
                guard includeQuantities else { continue }
            } else {
                guard word.count >= 3, !StopWords.contains(token.text), !Self.searchNoise.contains(word) else { continue }
            }
            if seen.insert(word).inserted { candidates.append(word) }
        }
        if candidates.count > maxTerms {
            // Stable: equal lengths keep their order, so the same claim always gives the same query.
            let keep = Set(candidates.enumerated()
                .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
                .prefix(maxTerms).map(\.offset))
            candidates = candidates.enumerated().filter { keep.contains($0.offset) }.map(\.element)
        }
        terms = candidates
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// PubMed `term`: space-separated words, which PubMed ANDs after its automatic term mapping.
    public var pubMedTerm: String { terms.joined(separator: " ") }

    /// Europe PMC `query`: words joined by ` AND ` (Europe PMC's default operator is not documented
    /// as stable, so it is spelled out).
    public var europePMCQuery: String { terms.joined(separator: " AND ") }

    /// Hedges, negations, scope words, comparatives, reporting verbs in every form and the plainest
    /// direction verbs (all from ``Lexicon``), and the modals, quantity words, inflections and vague
    /// nouns below: not stopwords for the scorer, but noise for a search engine.
    static let searchNoise: Set<String> = Set(
        Lexicon.modalWords + Lexicon.negationWords + Lexicon.scopeRanks.keys + Lexicon.comparatives
            + Lexicon.reportingVerbs.flatMap(\.all) + Lexicon.coreIncreaseVerbs + Lexicon.coreDecreaseVerbs
    ).union([
        "should", "must", "will", "least", "much", "each",
        "percent", "per", "cent", "half", "third", "quarter", "twice", "times", "than", "nearly", "almost",
        "about", "around", "approximately", "roughly", "over", "under", "up", "according",
        "study", "studies", "research", "researchers", "scientists", "experts", "evidence", "data",
        "people", "person", "significantly", "significant", "associated", "linked", "link",
        "increases", "increased", "reduces", "reduced", "lowers", "cuts",
        "year", "years", "week", "weeks", "day", "days", "time", "really",
    ])
}
