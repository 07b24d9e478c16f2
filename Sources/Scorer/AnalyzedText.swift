import TextAnalysis

/// A sentence or claim turned into words the scorer can compare: every token kept in order (cues such
/// as "not" and "more than" are function words, so they must survive), each with its stem and whether
/// it carries content.
struct AnalyzedText {
    /// Lowercased tokens, in order, stop words included.
    let words: [String]
    /// The stem of each token (stop words and numbers are left as they are).
    let stems: [String]
    /// True for tokens that say what the text is about: not a stop word, not a cue word.
    let isContent: [Bool]
    let isNumber: [Bool]
    /// Where each token starts, in `Character`s from the start of the text (``Token/offset``).
    let offsets: [Int]

    var count: Int { words.count }

    /// The distinct content stems, in order of first appearance (deterministic, unlike a Set).
    var contentStems: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for index in 0..<count where isContent[index] && seen.insert(stems[index]).inserted {
            result.append(stems[index])
        }
        return result
    }

    /// Words that open a new clause: a negation or a change word after them is about what follows.
    static let clauseOpeners: Set<String> = ["but", "whereas", "although", "though", "however", "while", "yet"]
    /// Punctuation that closes a clause or opens an aside ("(vs no high biomarkers)").
    static let clauseBreaks: Set<Character> = [";", ":", "(", ")", "[", "]"]

    /// A clause number for every token of `text` (the text this analysis was made from).
    ///
    /// "no association with 8 of the 10 additional cancers; pioglitazone was associated with ..."
    /// holds two findings: a cue should only be read against claim words in its own clause. Computed
    /// on demand, only for the few sentences that are aligned.
    func clauses(of text: String) -> [Int] {
        guard count > 0 else { return [] }
        let characters = Array(text)
        var clause = 0
        var result = [0]
        result.reserveCapacity(count)
        for index in 1..<count {
            let gapStart = min(offsets[index - 1] + words[index - 1].count, offsets[index])
            if gapStart < offsets[index], offsets[index] <= characters.count,
               characters[gapStart..<offsets[index]].contains(where: Self.clauseBreaks.contains)
            {
                clause += 1
            }
            if Self.clauseOpeners.contains(words[index]) { clause += 1 }
            result.append(clause)
        }
        return result
    }
}

/// Turns text into ``AnalyzedText``. Holds one ``Stemmer`` (not thread-safe, memoising), so an
/// analyzer lives for one check and is never shared between tasks.
final class TextAnalyzer {
    private let stemmer = Stemmer()

    func analyze(_ text: String) -> AnalyzedText {
        let tokens = Tokenizer.tokens(in: text)
        var words: [String] = []
        var stems: [String] = []
        var isContent: [Bool] = []
        var isNumber: [Bool] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(tokens.count)
        words.reserveCapacity(tokens.count)
        stems.reserveCapacity(tokens.count)
        isContent.reserveCapacity(tokens.count)
        isNumber.reserveCapacity(tokens.count)
        for token in tokens {
            let word = token.text
            let stop = CueLexicon.isCueOrStop(word)
            words.append(word)
            // Stop words are never looked up by stem; skipping the stemmer for them saves time.
            stems.append(stop || token.isNumber ? word : stemmer.stem(word))
            isContent.append(!stop)
            isNumber.append(token.isNumber)
            offsets.append(token.offset)
        }
        return AnalyzedText(words: words, stems: stems, isContent: isContent, isNumber: isNumber, offsets: offsets)
    }

    func stem(_ word: String) -> String { stemmer.stem(word) }
}
