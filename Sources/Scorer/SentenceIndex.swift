import FactCheckModel
import Foundation
import TextAnalysis

/// One sentence of one source, where it came from, and its analysed words.
struct SourceSentence {
    /// Index into the `sources` array given to ``ClaimScorer/check(_:sources:)``.
    let sourceIndex: Int
    /// Position among all indexed sentences (reading order over sources): the final tie-break.
    let ordinal: Int
    /// Verbatim, as the sentence splitter cut it: this is what an evidence quote shows.
    let text: String
    let analysis: AnalyzedText
    /// The distinct content stems: coverage, the verifier and the index all ask "does the sentence
    /// have this word?", so the set is built once per sentence.
    let contentSet: StemSet
    /// Work done on this sentence once and shared by its copies (the verifier's index re-numbers
    /// copies of the scorer's sentences). A check runs on one thread, and sentences never leave it.
    private let memo: SentenceMemo

    /// Everything the quantity parser reads in the sentence, parsed on first use: its figures and
    /// its calendar years are both read from this one parse.
    var quantities: [Quantity] {
        if let cached = memo.quantities { return cached }
        let parsed = QuantityParser.quantities(in: text)
        memo.quantities = parsed
        return parsed
    }

    /// The sentence's figures worth comparing (``QuantityAgreement/comparableQuantities(_:in:)``),
    /// on first use: alignment and the verifier both ask.
    var comparableQuantities: [Quantity] {
        if let cached = memo.comparable { return cached }
        let comparable = QuantityAgreement.comparableQuantities(quantities, in: text)
        memo.comparable = comparable
        return comparable
    }

    /// The sentence's calendar years (``YearAgreement``), from the same parse.
    var years: [Quantity] { YearAgreement.years(in: quantities) }

    init(
        sourceIndex: Int, ordinal: Int, text: String, analysis: AnalyzedText, contentSet: StemSet? = nil,
        sharing other: SourceSentence? = nil
    ) {
        memo = other?.memo ?? SentenceMemo()
        self.sourceIndex = sourceIndex
        self.ordinal = ordinal
        self.text = text
        self.analysis = analysis
        self.contentSet = contentSet ?? analysis.contentSet
    }
}

/// See ``SourceSentence/quantities`` and ``SourceSentence/comparableQuantities``.
final class SentenceMemo {
    var quantities: [Quantity]?
    var comparable: [Quantity]?
}

/// An in-memory inverted index over the sentences of one claim's sources, ranked with BM25.
///
/// Sentences, not passages, are the documents: a quote is a sentence, and a paragraph that mentions
/// the subject once in passing should not outrank the one sentence that states the finding. IDF is
/// computed over these sentences only, so "cortisol" is rare on a cooking page and common in a
/// cortisol study, and weighs accordingly. Term-at-a-time scoring keeps a query linear in the
/// postings it touches.
struct SentenceIndex {
    let sentences: [SourceSentence]
    /// Stem id → (sentence, term frequency), in sentence order. Indexed by ``StemID/raw``: ids are
    /// dense per check, and ids issued after the index was built (past the end) occur nowhere.
    private let postings: [[(sentence: Int, frequency: Int)]]
    /// Content words per sentence.
    private let lengths: [Int]
    private let averageLength: Double

    /// Splits every available source's passages into sentences and indexes their content stems.
    init(sources: [SourceDocument], analyzer: TextAnalyzer) {
        var sentences: [SourceSentence] = []
        for (sourceIndex, source) in sources.enumerated() where source.isAvailable {
            for passage in source.passages {
                for text in Self.sentences(in: passage.text) {
                    sentences.append(SourceSentence(
                        sourceIndex: sourceIndex, ordinal: sentences.count, text: text, analysis: analyzer.analyze(text)))
                }
            }
        }
        self.init(sentences: sentences)
    }

    /// Indexes sentences that are already split, one source, kept exactly as given: an abstract whose
    /// sentence list is the unit evidence is counted in (SciFact) must not be re-split, or sentence
    /// `i` here would not be sentence `i` there.
    init(presplit texts: [String], analyzer: TextAnalyzer) {
        self.init(sentences: texts.enumerated().map { position, text in
            SourceSentence(sourceIndex: 0, ordinal: position, text: text, analysis: analyzer.analyze(text))
        })
    }

    /// ``SentenceSplitter/sentences(in:)``, with a shortcut for the common passage that is already
    /// one sentence (an abstract's sentence list, a short paragraph): the splitter can only cut at a
    /// line break or at a terminator followed by space, so a passage with neither inside it is
    /// returned whole, trimmed as the splitter trims. Same result, a fraction of the time.
    static func sentences(in passage: String) -> [String] {
        let scalars = passage.unicodeScalars
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || (scalar.value >= 9 && scalar.value <= 13) : scalar.properties.isWhitespace
        }
        func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}"
        }
        func isCloser(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}": true
            default: false
            }
        }
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, isWhitespace(scalars[lower]) { lower = scalars.index(after: lower) }
        while upper > lower, isWhitespace(scalars[scalars.index(before: upper)]) { upper = scalars.index(before: upper) }
        guard lower < upper else { return [] }
        var index = lower
        while index < upper {
            let scalar = scalars[index]
            if scalar != " ", scalar != "\t", isWhitespace(scalar) {
                return SentenceSplitter.sentences(in: passage)  // a line break (or an unusual space)
            }
            if isTerminator(scalar) {
                var end = scalars.index(after: index)
                while end < upper, isTerminator(scalars[end]) || isCloser(scalars[end]) { end = scalars.index(after: end) }
                if end < upper, isWhitespace(scalars[end]) { return SentenceSplitter.sentences(in: passage) }
                index = end
                continue
            }
            index = scalars.index(after: index)
        }
        return [String(scalars[lower..<upper])]
    }

    /// Indexes sentences another index already analysed (a subset, such as one source's best
    /// sentences), numbered afresh in the order given; nothing is tokenised or stemmed again.
    init(analysed: [SourceSentence]) {
        self.init(sentences: analysed.enumerated().map { position, sentence in
            SourceSentence(
                sourceIndex: sentence.sourceIndex, ordinal: position, text: sentence.text, analysis: sentence.analysis,
                contentSet: sentence.contentSet, sharing: sentence)
        })
    }

    private init(sentences: [SourceSentence]) {
        var idCount = 0
        for sentence in sentences {
            for id in sentence.analysis.stemIDs { idCount = max(idCount, Int(id.raw) + 1) }
        }
        var postings = Array(repeating: [(sentence: Int, frequency: Int)](), count: idCount)
        var lengths: [Int] = []
        lengths.reserveCapacity(sentences.count)
        // One sentence's term frequencies, by id; reset after each sentence (only where it was set).
        var frequencies = Array(repeating: 0, count: idCount)
        var order: [Int] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var length = 0
            let analysis = sentence.analysis
            for index in 0..<analysis.count where analysis.isContent[index] {
                length += 1
                let id = Int(analysis.stemIDs[index].raw)
                if frequencies[id] == 0 { order.append(id) }
                frequencies[id] += 1
            }
            // First-appearance order keeps the postings (and so every sum) in a fixed order.
            for id in order {
                postings[id].append((sentenceIndex, frequencies[id]))
                frequencies[id] = 0
            }
            order.removeAll(keepingCapacity: true)
            lengths.append(length)
        }
        self.sentences = sentences
        self.postings = postings
        self.lengths = lengths
        averageLength = lengths.isEmpty ? 0 : Double(lengths.reduce(0, +)) / Double(lengths.count)
    }

    var isEmpty: Bool { sentences.isEmpty }

    /// In how many sentences the stem occurs.
    func documentFrequency(of stem: StemID) -> Int { postingList(stem)?.count ?? 0 }

    private func postingList(_ stem: StemID) -> [(sentence: Int, frequency: Int)]? {
        let id = Int(stem.raw)
        return id < postings.count && !postings[id].isEmpty ? postings[id] : nil
    }

    /// BM25's IDF, `ln(1 + (N − df + 0.5) / (df + 0.5))`: always positive, largest for rare words.
    func idf(of stem: StemID) -> Double {
        idf(documentFrequency: documentFrequency(of: stem))
    }

    func idf(documentFrequency df: Int) -> Double {
        let count = Double(sentences.count)
        return log(1 + (count - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    /// BM25 score of every sentence that shares a word with the query, best first; ties go to the
    /// earlier sentence, so the ranking never depends on hashing.
    func rank(_ query: [(stem: StemID, weight: Double)], k1: Double, b: Double) -> [(sentence: Int, score: Double)] {
        guard !sentences.isEmpty else { return [] }
        var scores = Array(repeating: 0.0, count: sentences.count)
        var touched = Array(repeating: false, count: sentences.count)
        var hits: [Int] = []
        for (stem, weight) in query {
            guard let list = postingList(stem) else { continue }
            let termIDF = idf(documentFrequency: list.count)
            for (sentence, frequency) in list {
                let tf = Double(frequency)
                let norm = k1 * (1 - b + b * Double(lengths[sentence]) / max(averageLength, 1))
                scores[sentence] += weight * termIDF * tf * (k1 + 1) / (tf + norm)
                if !touched[sentence] {
                    touched[sentence] = true
                    hits.append(sentence)
                }
            }
        }
        return hits.map { ($0, scores[$0]) }.sorted { lhs, rhs in
            lhs.score != rhs.score ? lhs.score > rhs.score : lhs.sentence < rhs.sentence
        }
    }
}
