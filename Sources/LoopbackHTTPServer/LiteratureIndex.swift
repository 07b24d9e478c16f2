import Foundation

/// One paper an emulated literature database holds.
public struct LiteraturePaper: Sendable {
    public var pmid: String
    public var title: String
    /// Abstract sentences or paragraphs, in order.
    public var abstract: [String]
    public var doi: String?
    public var authors: [String]
    public var journal: String?
    public var year: Int?
    public var publicationTypes: [String]

    public init(
        pmid: String, title: String, abstract: [String], doi: String? = nil, authors: [String] = [], journal: String? = nil,
        year: Int? = nil, publicationTypes: [String] = ["Journal Article"]
    ) {
        self.pmid = pmid
        self.title = title
        self.abstract = abstract
        self.doi = doi
        self.authors = authors
        self.journal = journal
        self.year = year
        self.publicationTypes = publicationTypes
    }
}

/// A boolean search over titles and abstracts, the way PubMed answers a `[tiab]` query: every
/// term must match (AND, also between adjacent terms), `OR` and parentheses group, `word*` is a
/// truncation (every indexed word with that start), `"two words"` a phrase, and a field tag
/// (`[tiab]`, `[ti]`, `[tw]`, `[all fields]`) picks title and abstract or title alone. No stemming
/// and no automatic term mapping: a word matches only as written (case aside), which is what makes
/// a strict query brittle and relaxation necessary. Matches are ranked by BM25 over the query's
/// words (PubMed's "best match" is a learned ranker; Europe PMC's is Lucene's), so that a ranked
/// backend's first results are the papers that match most of the query.
public final class LiteratureIndex: Sendable {
    public let papers: [LiteraturePaper]
    private let tokens: [[String]]
    private let titleTokens: [Set<String>]
    private let postings: [String: [Int]]
    private let vocabulary: [String]
    private let averageLength: Double

    public init(papers: [LiteraturePaper]) {
        self.papers = papers
        var tokens: [[String]] = []
        var titles: [Set<String>] = []
        var postings: [String: [Int]] = [:]
        for (index, paper) in papers.enumerated() {
            let words = Self.words(paper.title + " " + paper.abstract.joined(separator: " "))
            tokens.append(words)
            titles.append(Set(Self.words(paper.title)))
            for word in Set(words) { postings[word, default: []].append(index) }
        }
        self.tokens = tokens
        titleTokens = titles
        self.postings = postings
        vocabulary = postings.keys.sorted()
        averageLength = max(1, Double(tokens.reduce(0) { $0 + $1.count }) / Double(max(1, papers.count)))
    }

    /// Lowercased runs of letters and digits: "4-PBA" is "4", "pba"; "β-sheet" is "β", "sheet".
    public static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The papers `query` matches, best first (indexes into ``papers``), or an error for a query
    /// that does not parse.
    public func search(_ query: String) throws -> [Int] {
        var parser = QueryParser(tokens: QueryParser.lex(query))
        let expression = try parser.parse()
        let matched = evaluate(expression)
        let words = Set(expression.words.flatMap(expand))
        let scored = matched.map { ($0, bm25($0, words)) }
        return scored.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.map(\.0)
    }

    private func bm25(_ paper: Int, _ words: Set<String>) -> Double {
        let length = Double(tokens[paper].count)
        var counts: [String: Int] = [:]
        for word in tokens[paper] where words.contains(word) { counts[word, default: 0] += 1 }
        var score = 0.0
        // In the words' order: a dictionary's changes from process to process, and with it the
        // sum's last bit, which could swap two papers whose scores tie.
        for (word, count) in counts.sorted(by: { $0.key < $1.key }) {
            let df = Double(postings[word]?.count ?? 0)
            let idf = log(1 + (Double(papers.count) - df + 0.5) / (df + 0.5))
            let tf = Double(count)
            score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
            if titleTokens[paper].contains(word) { score += 0.5 * idf }
        }
        return score
    }

    /// A term's words: a truncated word becomes every indexed word with its start.
    private func expand(_ term: QueryParser.Term) -> [String] {
        guard term.truncated, let prefix = term.words.last else { return term.words }
        return Array(wordsStarting(with: prefix).prefix(600))  // PubMed's cap on truncation variants
    }

    private func wordsStarting(with prefix: String) -> ArraySlice<String> {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < vocabulary.count, vocabulary[end].hasPrefix(prefix) { end += 1 }
        return vocabulary[low..<end]
    }

    private func evaluate(_ expression: QueryParser.Expression) -> Set<Int> {
        switch expression {
        case .term(let term): return matches(term)
        case .and(let parts):
            var result: Set<Int>?
            for part in parts {
                let found = evaluate(part)
                result = result.map { $0.intersection(found) } ?? found
                if result?.isEmpty == true { break }
            }
            return result ?? []
        case .or(let parts): return parts.reduce(into: Set<Int>()) { $0.formUnion(evaluate($1)) }
        }
    }

    private func matches(_ term: QueryParser.Term) -> Set<Int> {
        var found: Set<Int>
        if term.words.count == 1 {
            found = Set(expand(term).flatMap { postings[$0] ?? [] })
        } else {
            // A phrase: the words in a row (truncation is not applied inside phrases, as in PubMed).
            found = Set((postings[term.words[0]] ?? []).filter { paper in
                let words = tokens[paper]
                return words.indices.contains { start in
                    start + term.words.count <= words.count && Array(words[start..<(start + term.words.count)]) == term.words
                }
            })
        }
        if term.titleOnly { found = found.filter { paper in term.words.allSatisfy { word in titleTokens[paper].contains { $0.hasPrefix(word) } } } }
        return found
    }
}

/// A query that does not parse (an unbalanced parenthesis, a dangling operator).
public struct LiteratureQueryError: Error, CustomStringConvertible {
    public var description: String
}

/// `a AND (b OR "c d"[tiab]) e*` into an expression tree; adjacent terms are ANDed.
struct QueryParser {
    struct Term: Sendable {
        var words: [String]
        var truncated: Bool
        var titleOnly: Bool
    }

    indirect enum Expression {
        case term(Term)
        case and([Expression])
        case or([Expression])

        var words: [Term] {
            switch self {
            case .term(let term): [term]
            case .and(let parts), .or(let parts): parts.flatMap(\.words)
            }
        }
    }

    enum Token: Equatable {
        case open, close, and, or, not
        case term(String, quoted: Bool, tag: String?)
    }

    var tokens: [Token]
    var position = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    static func lex(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var characters = Array(text)[...]
        func readTag() -> String? {
            guard characters.first == "[" else { return nil }
            guard let end = characters.firstIndex(of: "]") else { return nil }
            let tag = String(characters[characters.index(after: characters.startIndex)..<end]).lowercased()
            characters = characters[characters.index(after: end)...]
            return tag
        }
        while let first = characters.first {
            if first.isWhitespace { characters = characters.dropFirst(); continue }
            if first == "(" { tokens.append(.open); characters = characters.dropFirst(); continue }
            if first == ")" { tokens.append(.close); characters = characters.dropFirst(); continue }
            if first == "\"" {
                let rest = characters.dropFirst()
                let end = rest.firstIndex(of: "\"") ?? rest.endIndex
                let phrase = String(rest[rest.startIndex..<end])
                characters = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
                tokens.append(.term(phrase, quoted: true, tag: readTag()))
                continue
            }
            var word = ""
            while let next = characters.first, !next.isWhitespace, !"()[\"".contains(next) {
                word.append(next)
                characters = characters.dropFirst()
            }
            switch word {
            case "AND": tokens.append(.and)
            case "OR": tokens.append(.or)
            case "NOT": tokens.append(.not)
            default: tokens.append(.term(word, quoted: false, tag: readTag()))
            }
        }
        return tokens
    }

    mutating func parse() throws(LiteratureQueryError) -> Expression {
        let expression = try parseOr()
        guard position == tokens.count else { throw LiteratureQueryError(description: "unexpected \(tokens[position]) at token \(position + 1)") }
        return expression
    }

    private mutating func parseOr() throws(LiteratureQueryError) -> Expression {
        var parts = [try parseAnd()]
        while position < tokens.count, tokens[position] == .or {
            position += 1
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws(LiteratureQueryError) -> Expression {
        var parts = [try parseUnary()]
        while position < tokens.count {
            switch tokens[position] {
            case .and:
                position += 1
                parts.append(try parseUnary())
            case .open, .term:
                parts.append(try parseUnary())
            default:
                return parts.count == 1 ? parts[0] : .and(parts)
            }
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseUnary() throws(LiteratureQueryError) -> Expression {
        guard position < tokens.count else { throw LiteratureQueryError(description: "the query ends where a term was expected") }
        let token = tokens[position]
        position += 1
        switch token {
        case .open:
            let inner = try parseOr()
            guard position < tokens.count, tokens[position] == .close else { throw LiteratureQueryError(description: "unbalanced parenthesis") }
            position += 1
            return inner
        case .term(let text, _, let tag):
            let truncated = text.hasSuffix("*")
            let words = LiteratureIndex.words(truncated ? String(text.dropLast()) : text)
            guard !words.isEmpty else { throw LiteratureQueryError(description: "empty term \"\(text)\"") }
            return .term(Term(words: words, truncated: truncated && words.count == 1, titleOnly: tag == "ti"))
        default:
            throw LiteratureQueryError(description: "unexpected \(token) at token \(position)")
        }
    }
}
