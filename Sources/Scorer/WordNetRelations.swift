import Foundation
import TextAnalysis

/// What WordNet says about one claim word, in the scorer's stems: the words of the same root a
/// source may use instead (derivationally related forms: "reduction" for "reduce", which Snowball
/// stems apart) and the words that say the opposite (antonyms, direct or through a similar adjective).
///
/// WordNet's synonyms are not used: on the tuning split they lowered every cross-fitted figure but
/// one (README, "WordNet"); the hand groups of ``Lexicon/synonymGroups`` stay.
///
/// Remembered once per word per process, like ``SharedWordCache``: a claim's words recur across
/// its sources, and each lookup reads WordNet's files. Bounded: past `capacity` words it stops
/// learning and looks words up again.
final class WordNetRelations: @unchecked Sendable {
    struct Entry: Sendable {
        /// Stems a source may use instead of the word (one word each; never the word's own stem).
        let alternatives: [String]
        /// Stems of words opposite to it.
        let opposites: [String]
    }

    static let shared = WordNetRelations(capacity: 100_000)

    /// A claim word is looked up as each of these (adverbs are mostly cues, not subject matter).
    static let parts: [WordNet.PartOfSpeech] = [.noun, .verb, .adjective]

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var broader: [BroaderKey: Set<String>] = [:]
    private var lemmas: [String: [String]] = [:]
    private var outcomeWords: [String: OutcomeWord] = [:]
    private var kin: [String: Kin] = [:]
    private var allBroader: [String: Set<String>] = [:]
    /// Used only under `lock`.
    private let stemmer = Stemmer(memoising: false)
    private let wordNet: WordNet
    private let capacity: Int

    init(capacity: Int) {
        do {
            wordNet = try WordNet.shared()
        } catch {
            // The command line checks this before any work (`LanguageData.check()`); a library
            // caller without the database gets the same message here.
            fatalError("factcheck: \(error)")
        }
        self.capacity = capacity
    }

    func entry(for word: String) -> Entry {
        remembered(word, in: \.entries) {
            var related: [String] = []
            var opposite: [String] = []
            for part in Self.parts {
                related += wordNet.derivationallyRelated(to: word, as: part)
                opposite += wordNet.antonyms(of: word, as: part)
            }
            let own = stem(word)
            return Entry(alternatives: stems(of: related, except: own), opposites: stems(of: opposite, except: own))
        }
    }

    /// The answer `cache` holds for `key`, or else `compute()`'s, kept while the cache has room.
    /// Reading, computing and storing happen under the one lock, so two threads never ask WordNet
    /// at once or compute the same answer twice.
    private func remembered<Key: Hashable, Value>(
        _ key: Key, in cache: ReferenceWritableKeyPath<WordNetRelations, [Key: Value]>, _ compute: () -> Value
    ) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = self[keyPath: cache][key] { return known }
        let found = compute()
        if self[keyPath: cache].count < capacity { self[keyPath: cache][key] = found }
        return found
    }

    /// The content stems of one-word answers, in order, without repeats or `own`.
    private func stems(of words: [String], except own: String) -> [String] {
        var seen: Set<String> = [own]
        var result: [String] = []
        for word in words where word.allSatisfy(\.isLetter) && !CueLexicon.isCueOrStop(word) {
            let stemmed = stem(word)
            if seen.insert(stemmed).inserted { result.append(stemmed) }
        }
        return result
    }

    private func stem(_ word: String) -> String {
        CueLexicon.isCueOrStop(word) ? word : stemmer.stem(word)
    }

    private struct BroaderKey: Hashable {
        let word: String
        let senses: Int
        let levels: Int
    }

    /// The one-word nouns more general than `word`'s first `senses` senses, as WordNet writes them
    /// (base forms, lower case), at most `levels` steps up ("vendor" → "merchant", …, "person"),
    /// without the hierarchy's top nodes (``Lexicon/hierarchyRoots``): a claim that names the
    /// broader word says less than a source that names `word`, so the source states it
    /// (``Generalisation``).
    func broaderLemmas(than word: String, senses: Int, levels: Int) -> Set<String> {
        remembered(BroaderKey(word: word, senses: senses, levels: levels), in: \.broader) {
            var found: Set<String> = []
            for ancestor in wordNet.ancestors(of: word, senses: senses, levels: levels) where ancestor.allSatisfy(\.isLetter) {
                let lowered = ancestor.lowercased()
                if !Lexicon.hierarchyRoots.contains(lowered) { found.insert(lowered) }
            }
            return found
        }
    }

    /// The noun base forms of `word` ("mice" → "mouse"), lower case, `word` itself first.
    /// Remembered: WordNet's morphology searches its exception files on disk at every call, which
    /// made the first pass five times slower when read for every sentence (SciFact tune).
    func nounLemmas(of word: String) -> [String] {
        remembered(word, in: \.lemmas) { wordNet.nounBaseForms(of: word) }
    }

    /// What ``UnsplitOutcome`` asks of one claim word: whether it can be a noun, a verb or an adjective, and the
    /// stems of the words a source may name it by through any word of its senses ("live" for "life").
    struct OutcomeWord: Sendable {
        let parts: Set<WordNet.PartOfSpeech>
        let namedBy: Set<String>
        var isNoun: Bool { parts.contains(.noun) }
        var isVerb: Bool { parts.contains(.verb) }
        var isAdjective: Bool { parts.contains(.adjective) }
    }

    /// ``OutcomeWord`` for `word` as written in a claim, remembered like ``entry(for:)``.
    func outcomeWord(_ word: String) -> OutcomeWord {
        remembered(word, in: \.outcomeWords) {
            let parts = wordNet.partsOfSpeech(of: word)
            var related: [String] = []
            for part in Self.parts { related += wordNet.derivationallyRelatedThroughSenses(to: word, as: part) }
            return OutcomeWord(parts: parts, namedBy: Set(stems(of: related, except: stem(word))))
        }
    }

    /// What ``SubstitutedWord`` asks first of a word that stands where a claim word was, and of that
    /// claim word: whether it can name a thing (a noun, or a word WordNet lacks: most names), which
    /// other parts of speech it can be, and its noun base forms ("mice" → "mouse"). Its synonyms
    /// (``allSynonyms(of:)``) and the nouns above it (``allBroaderLemmas(than:)``) are asked apart,
    /// only for the pairs these leave open: every CLI run is a cold first pass.
    struct Kin: Sendable {
        let parts: Set<WordNet.PartOfSpeech>
        let lemmas: Set<String>
        var namesAThing: Bool { parts.isEmpty || parts.contains(.noun) }
        /// Whether WordNet knows the word at all (most names it does not).
        var isKnown: Bool { !parts.isEmpty }
        var isAdjective: Bool { parts.contains(.adjective) }
        var isAdverb: Bool { parts.contains(.adverb) }
        var isVerb: Bool { parts.contains(.verb) }
    }

    /// ``Kin`` for `word` as written, remembered like ``entry(for:)``: read only for the one word
    /// a sentence has in a missing claim word's place, and for that claim word.
    func kin(of word: String) -> Kin {
        remembered(word, in: \.kin) {
            Kin(parts: wordNet.partsOfSpeech(of: word), lemmas: Set(wordNet.nounBaseForms(of: word)))
        }
    }

    /// `word`'s synonyms in every sense of every part of speech ("picture" for "photo"), lower case.
    /// (WordNet remembers each answer.)
    func allSynonyms(of word: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        var found: Set<String> = []
        for part in Self.parts { found.formUnion(wordNet.synonyms(of: word, as: part).map { $0.lowercased() }) }
        return found
    }

    /// Every noun above any sense of `word` (lower case), however many steps up: "rodent", …,
    /// "animal" for "mice". Remembered per word.
    func allBroaderLemmas(than word: String) -> Set<String> {
        // WordNet's noun hierarchy is about twenty levels deep at most.
        remembered(word, in: \.allBroader) { Set(wordNet.ancestors(of: word, senses: .max, levels: 24).map { $0.lowercased() }) }
    }

    /// Whether some sense of the noun `word` is a kind of `kind` ("hyson" of "green tea"), however
    /// many steps up WordNet's hierarchy. Not remembered: asked only of the rare rival sentences.
    func isKind(_ word: String, of kind: String) -> Bool {
        wordNet.isKind(word, of: kind)
    }

    /// The places `name` is part of in WordNet (lower case), however many steps out: "west
    /// yorkshire", "england", … for "Leeds". Asked only of a swap of two names beside a year or figure.
    func wholes(of name: String) -> Set<String> {
        // Part-of chains end within a dozen steps (a city, a county, a country, a continent, …).
        Set(wordNet.wholes(of: name, levels: 12).map { $0.lowercased() })
    }

    /// Whether WordNet files the name `name` as a place that holds others (``WordNet/namesRegion(_:)``).
    func namesARegion(_ name: String) -> Bool {
        wordNet.namesRegion(name)
    }
}
