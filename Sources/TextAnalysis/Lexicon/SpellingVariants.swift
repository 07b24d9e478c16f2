import Foundation

/// The other spelling of a word that British and American English spell differently, by the
/// lexicon's lists (``Lexicon/spellingWords``, ``Lexicon/spellingBeginnings``,
/// ``Lexicon/spellingEndings``): "ischaemic" ↔ "ischemic", "randomised" ↔ "randomized", "fibres" ↔
/// "fibers". An expert searcher types both ("tumour OR tumor"); a search that types one misses
/// the papers indexed under the other, and a re-ranker that reads one misses the paper spelt the
/// other way.
public enum SpellingVariants {
    /// The text's other spellings, lower-case (none when both Englishes spell it alike); a phrase
    /// with each of its words respelt ("haemolytic anaemia" → "hemolytic anemia").
    public static func variants(of text: String) -> [String] { spellings(of: text).variants }

    /// The text as American English spells it (itself, as written, when it does already).
    public static func american(_ text: String) -> String {
        let american = spellings(of: text).american
        return american == text.lowercased() ? text : american
    }

    /// The word as British English spells it (itself when it does already).
    public static func british(_ word: String) -> String { respelt(word.lowercased(), toAmerican: false) }

    /// Whether the word is one of ``Lexicon/spellingWords`` in either spelling ("labour", "colors"),
    /// whose other spelling a search writes out: truncated, "labor*" would find "laboratory".
    public static func isWholeWordSpelling(_ word: String) -> Bool {
        let word = word.lowercased()
        return Lexicon.spellingWords.contains { pair in
            [pair.british, pair.american].contains { word.hasPrefix($0) && Lexicon.spellingWordEndings.contains(String(word.dropFirst($0.count))) }
        }
    }

    private static func spellings(of text: String) -> Spellings {
        // Public callers may pass a claim's capitals; the lists are lower-case.
        let text = text.lowercased()
        if let known = memo.withLock({ $0[text] }) { return known }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let american = words.map { respelt($0, toAmerican: true) }.joined(separator: " ")
        let british = words.map { respelt($0, toAmerican: false) }.joined(separator: " ")
        var variants: [String] = []
        for respelt in [american, british] where respelt != text && !variants.contains(respelt) { variants.append(respelt) }
        let found = Spellings(american: american, variants: variants)
        memo.withLock { if $0.count < 100_000 { $0[text] = found } }
        return found
    }

    private struct Spellings {
        var american: String
        var variants: [String]
    }

    /// Every query reads each concept's spellings several times (query text, weight, re-ranker):
    /// remembered for the process, as WordNet's answers are, up to a bound as the stemmer's are.
    private static let memo = Memo()

    private final class Memo: @unchecked Sendable {
        private var answers: [String: Spellings] = [:]
        private let lock = NSLock()

        func withLock<T>(_ body: (inout [String: Spellings]) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&answers)
        }
    }

    private static func respelt(_ word: String, toAmerican: Bool) -> String {
        func sides(_ british: String, _ american: String) -> (from: String, to: String) {
            toAmerican ? (british, american) : (american, british)
        }
        for pair in Lexicon.spellingWords {
            let (from, to) = sides(pair.british, pair.american)
            guard word.hasPrefix(from) else { continue }
            let ending = String(word.dropFirst(from.count))
            guard Lexicon.spellingWordEndings.contains(ending) else { continue }
            if !toAmerican, Lexicon.spellingWordsReadOneWay.contains(pair.american) { return word }
            // British drops the "e" of "-re" before a vowel ("centred"): no pair to make.
            if pair.british.hasSuffix("re"), let first = ending.first, "aeiou".contains(first) { return word }
            return to + ending
        }
        var word = word
        // A beginning also after a prefix medicine writes closed ("antioestrogen", "gastrooesophageal";
        // "anti-oestrogen" is two tokens, each read on its own).
        let starts = [""] + Lexicon.spellingCompoundPrefixes.filter { word.hasPrefix($0) && word.count > $0.count + 4 }
        respelling: for start in starts {
            let rest = word.dropFirst(start.count)
            for pair in Lexicon.spellingBeginnings {
                let (from, to) = sides(pair.british, pair.american)
                if rest.hasPrefix(from), !rest.hasPrefix(to) {
                    word = start + to + rest.dropFirst(from.count)
                    break respelling
                }
            }
        }
        guard word.count >= 6 else { return word }
        for family in Lexicon.spellingEndings {
            let (from, to) = sides(family.british, family.american)
            // The longest inflection first: "-isation" before "-is…".
            for inflection in family.inflections.sorted(by: { $0.count > $1.count })
            // An ending that holds the other ("-aemia" ends in "-emia") is read only one way.
            where word.hasSuffix(from + inflection) && (to.count <= from.count || !word.hasSuffix(to + inflection)) {
                let stem = String(word.dropLast(from.count + inflection.count))
                guard stem.count >= family.shortestRoot else { return word }
                let forms = family.inflections.flatMap { [stem + family.british + $0, stem + family.american + $0] }
                if forms.contains(where: { form in Lexicon.spellingEndingExceptions.contains { form.hasSuffix($0) } }) { return word }
                return stem + to + inflection
            }
        }
        return word
    }
}
