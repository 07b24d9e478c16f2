import TextAnalysis

/// A sentence or claim turned into words the scorer can compare: every token kept in order (cues such
/// as "not" and "more than" are function words, so they must survive), each with its stem and whether
/// it carries content.
struct AnalyzedText {
    /// Lowercased tokens, in order, stop words included.
    let words: [String]
    /// The stem of each token (stop words and numbers are left as they are).
    let stems: [String]
    /// The same stems as ids of the analyzer's ``StemVocabulary``: what lookups compare.
    let stemIDs: [StemID]
    /// True for tokens that say what the text is about: not a stop word, not a cue word.
    let isContent: [Bool]
    let isNumber: [Bool]
    /// Where each token starts, in `Character`s from the start of the text (``Token/offset``).
    let offsets: [Int]

    var count: Int { words.count }

    /// The distinct content stems, in order of first appearance (deterministic, unlike a Set).
    var contentStems: [String] { distinctContent(stems) }

    /// ``contentStems`` as ids.
    var contentStemIDs: [StemID] { distinctContent(stemIDs) }

    /// The values of content tokens, first occurrences only.
    private func distinctContent<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen: Set<Value> = []
        var result: [Value] = []
        for index in 0..<count where isContent[index] && seen.insert(values[index]).inserted {
            result.append(values[index])
        }
        return result
    }

    /// The distinct content stems as a set, for membership tests.
    var contentSet: StemSet {
        var ids: [StemID] = []
        ids.reserveCapacity(count)
        for index in 0..<count where isContent[index] { ids.append(stemIDs[index]) }
        return StemSet(ids)
    }

    /// Words that open a new clause: a negation or a change word after them is about what follows.
    static let clauseOpeners: Set<String> = ["but", "whereas", "although", "though", "however", "while", "yet"]
    /// Punctuation that closes a clause or opens an aside ("(vs no high biomarkers)").
    static let clauseBreaks: Set<Character> = [";", ":", "(", ")", "[", "]"]
    static let clauseBreakBytes: [UInt8] = clauseBreaks.map { $0.asciiValue! }

    /// A clause number for every token of `text` (the text this analysis was made from).
    ///
    /// "no association with 8 of the 10 additional cancers; pioglitazone was associated with ..."
    /// holds two findings: a cue should only be read against claim words in its own clause. Computed
    /// on demand, only for the few sentences that are aligned.
    func clauses(of text: String) -> [Int] {
        guard count > 0 else { return [] }
        // Offsets count `Character`s. In ASCII text without "\r" (the tokenizer's own fast-path
        // test) a character is a byte, and bytes are far cheaper to make and compare.
        let bytes = Array(text.utf8)
        let isPlain = !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
        let characters = isPlain ? [] : Array(text)
        let length = isPlain ? bytes.count : characters.count
        func hasBreak(_ range: Range<Int>) -> Bool {
            isPlain ? bytes[range].contains(where: Self.clauseBreakBytes.contains)
                : characters[range].contains(where: Self.clauseBreaks.contains)
        }
        var clause = 0
        var result = [0]
        result.reserveCapacity(count)
        for index in 1..<count {
            let gapStart = min(offsets[index - 1] + words[index - 1].count, offsets[index])
            if gapStart < offsets[index], offsets[index] <= length, hasBreak(gapStart..<offsets[index]) {
                clause += 1
            }
            if Self.clauseOpeners.contains(words[index]) { clause += 1 }
            result.append(clause)
        }
        return result
    }
}

/// Turns text into ``AnalyzedText``. Holds one ``Stemmer`` (not thread-safe), a memo of words and the
/// check's ``StemVocabulary``, so an analyzer lives for one check, is never shared between tasks, and
/// everything compared by stem id in a check must come from the same analyzer.
final class TextAnalyzer {
    let vocabulary = StemVocabulary()
    /// Not memoising: ``SharedWordCache`` is the memo.
    private let stemmer = Stemmer(memoising: false)
    /// What a word analyses to in this check, from its first occurrence: running text repeats its
    /// words, and one lookup here, without a lock, replaces the stop-word tests, the shared cache
    /// and the interning.
    private var known: [String: (stem: String, id: StemID, isCueOrStop: Bool)] = Dictionary(
        minimumCapacity: StemVocabulary.typicalCount)

    func analyze(_ text: String) -> AnalyzedText {
        let tokens = Tokenizer.tokens(in: text)
        var words: [String] = []
        var stems: [String] = []
        var stemIDs: [StemID] = []
        var isContent: [Bool] = []
        var isNumber: [Bool] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(tokens.count)
        words.reserveCapacity(tokens.count)
        stems.reserveCapacity(tokens.count)
        stemIDs.reserveCapacity(tokens.count)
        isContent.reserveCapacity(tokens.count)
        isNumber.reserveCapacity(tokens.count)
        for token in tokens {
            let word = token.text
            // Keyed by the word alone: whether a token is a number follows from its text (a number
            // token starts with an ASCII digit, a word token never does).
            let entry: (stem: String, id: StemID, isCueOrStop: Bool)
            if let cached = known[word] {
                entry = cached
            } else {
                let shared = SharedWordCache.shared.entry(for: word) {
                    let stop = CueLexicon.isCueOrStop(word)
                    // Stop words are never looked up by stem; skipping the stemmer for them saves time.
                    return .init(stem: stop || token.isNumber ? word : stemmer.stem(word), isCueOrStop: stop)
                }
                entry = (shared.stem, vocabulary.id(of: shared.stem), shared.isCueOrStop)
                known[word] = entry
            }
            words.append(word)
            stems.append(entry.stem)
            stemIDs.append(entry.id)
            isContent.append(!entry.isCueOrStop)
            isNumber.append(token.isNumber)
            offsets.append(token.offset)
        }
        return AnalyzedText(
            words: words, stems: stems, stemIDs: stemIDs, isContent: isContent, isNumber: isNumber, offsets: offsets)
    }

    func stem(_ word: String) -> String { stemmer.stem(word) }
}
