import TextAnalysis

/// Pairs of words that say opposite things about the same subject: "activates" against "inhibits",
/// "dependent" against "independent", "effective" against "ineffective".
///
/// ``Direction`` already opposes increase and decrease; these are the other oppositions biomedical
/// findings turn on. A claim word whose opposite the sentence uses (and whose own form the sentence
/// does not) is a sign the source says the reverse. The pairs are ``Lexicon/antonymPairs``, stemmed once.
enum Antonyms {
    static let pairs: [(String, String)] = Lexicon.antonymPairs

    /// Stem → the stems of its opposites.
    static let opposites: [String: Set<String>] = {
        let stemmer = Stemmer()
        func stem(_ word: String) -> String { CueLexicon.isCueOrStop(word) ? word : stemmer.stem(word) }
        var table: [String: Set<String>] = [:]
        for (left, right) in pairs {
            let a = stem(left)
            let b = stem(right)
            guard a != b else { continue }
            table[a, default: []].insert(b)
            table[b, default: []].insert(a)
        }
        return table
    }()

    /// Negating prefixes written as one word: "in-effective", "un-changed", "non-responders".
    static let prefixes = ["non", "un", "in", "im", "ir", "dis"]

    /// A claim's words prepared once, so that each sentence costs one lookup per word.
    struct Probe {
        /// Sentence stem → the claim stems it opposes: listed opposites, prefixed forms ("ineffect"
        /// for "effect") and bare forms ("effect" for "ineffect"), as ids of the check's vocabulary.
        let opposing: [StemID: [StemID]]
        let claimStems: StemSet
        /// How many stems the vocabulary had issued when the probe was made: a sentence with a stem
        /// issued later was analysed after the probe, and its opposites may be missing.
        let knownStems: Int32

        /// `claimStems`: the claim's content stems as ``TextAnalyzer`` wrote them into `vocabulary`.
        ///
        /// Make the probe *after* analysing the sentences it will read: an opposite form no text
        /// analysed so far has is left out (rather than issued an id), since most of the seventy-odd
        /// forms a claim yields occur nowhere and issuing ids for them cost more than the probing.
        /// Debug builds (and so the tests) check this on every sentence probed.
        /// `moreOpposites`: further opposites of claim stems (WordNet's, ``ClaimQuery/Term/opposites``).
        init(claimStems stems: [String], moreOpposites: [String: [String]] = [:], vocabulary: StemVocabulary) {
            claimStems = StemSet(stems.compactMap(vocabulary.existingID(of:)))
            var opposing: [StemID: [StemID]] = [:]
            for stem in Set(stems).sorted() {
                guard let id = vocabulary.existingID(of: stem) else { continue }
                // "effective" against "ineffective" is a denial, and denials have one home,
                // ``Polarity`` (``Lexicon/negatedPredicates``): counted here too, it was read twice.
                func add(_ form: String, opposing stem: StemID) {
                    guard !CueLexicon.negatedPredicateStems.contains(form) else { return }
                    if let id = vocabulary.existingID(of: form) { opposing[id, default: []].append(stem) }
                }
                if CueLexicon.negatedPredicateStems.contains(stem) { continue }
                for opposite in (opposites[stem] ?? []).union(moreOpposites[stem] ?? []).sorted() {
                    add(opposite, opposing: id)
                }
                for prefix in prefixes { add(prefix + stem, opposing: id) }
                // The claim says "ineffective", the sentence "effective".
                for prefix in prefixes where stem.count > prefix.count + 3 && stem.hasPrefix(prefix) {
                    add(String(stem.dropFirst(prefix.count)), opposing: id)
                }
            }
            self.opposing = opposing
            knownStems = Int32(vocabulary.count)
        }

        /// Whether `sentence` uses the opposite of one of the claim's words without the word itself.
        /// "non" written apart ("non-responders" splits into "non" and "respond") negates the word after it.
        func mismatch(in sentence: AnalyzedText) -> Bool {
            assert(sentence.stemIDs.allSatisfy { $0.raw < knownStems },
                   "Antonyms.Probe made before this sentence was analysed: make it after the sentences it reads")
            var opposed: [StemID] = []
            var present: [StemID] = []
            for index in 0..<sentence.count where sentence.isContent[index] {
                let stem = sentence.stemIDs[index]
                if claimStems.contains(stem) {
                    if index > 0, sentence.words[index - 1] == "non" { return true }
                    present.append(stem)
                }
                if let claimWords = opposing[stem] { opposed.append(contentsOf: claimWords) }
            }
            return opposed.contains { !present.contains($0) }
        }
    }
}
