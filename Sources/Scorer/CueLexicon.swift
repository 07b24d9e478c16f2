import TextAnalysis

/// The small closed word lists the alignment features look for. They are lists, not a model, so an
/// editor can read exactly why a sentence was judged to negate, reverse, hedge or narrow a claim.
///
/// Lists matched against stems are written as plain words and stemmed once, on first use, with the
/// same rule ``TextAnalyzer`` applies (stop words and cue words keep their surface form).
enum CueLexicon {
    // MARK: Words that are cues, never content

    /// Words that carry polarity, certainty or scope rather than subject matter. They are kept as
    /// tokens (the features read them) but do not count toward term coverage or retrieval: a source
    /// must not look *more* relevant because it also says "not".
    /// Scope words are the lexicon's cue scope words (``Lexicon/scopeCueRanks``); "significant" and
    /// its kin say how sure a finding is, which only the scorer reads.
    static let nonContentWords: Set<String> = Set(Lexicon.negationWords + Lexicon.hedgeWords + Lexicon.scopeCueRanks.keys + [
        "significant", "significantly", "statistically",
    ])

    // MARK: Polarity

    /// A negation phrase; `extends` says whether the word after it belongs in the reason shown to an
    /// editor ("did not" → "did not reduce"; "no difference" is already whole).
    struct NegationCue {
        let words: [String]
        let extends: Bool
    }

    /// Longest first, so "no significant" is found whole before "no".
    static let negations: [NegationCue] = {
        let extending = [
            "was not associated", "were not associated", "no significant", "not significantly", "failed to",
            "fail to", "fails to", "did not", "does not", "do not",
        ] + Lexicon.negationWords
        let whole = [
            "no evidence", "no difference", "no differences", "no effect", "no effects", "no association",
            "no change", "no changes", "no relationship", "no benefit", "not associated",
            // "lack of" alone is often the subject ("lack of FGF21 leads to ..."), not a finding;
            // "evidence was lacking for X" is one (``Polarity/cue(in:at:)`` reads it, with its noun).
            "lack of effect", "lack of association", "lack of benefit", "absence of effect", "absence of association",
        ] + Lexicon.negatedPredicates
        let cues = extending.map { NegationCue(words: split($0), extends: true) }
            + whole.map { NegationCue(words: split($0), extends: false) }
        // Stable: equal lengths keep the order above.
        return cues.enumerated().sorted { lhs, rhs in
            lhs.element.words.count != rhs.element.words.count
                ? lhs.element.words.count > rhs.element.words.count : lhs.offset < rhs.offset
        }.map(\.element)
    }()

    /// ``Lexicon/nullFindingPhrases`` as words: read by ``ShortEvidenceGate`` only (a cue it can name
    /// for the short-evidence model's CONTRADICT), not by the verifier's features.
    static let nullFindings: [[String]] = Lexicon.nullFindingPhrases.map(split)

    /// ``Lexicon/smallEffectPhrases`` as words: read by ``Polarity/signal(claim:sentence:anchors:clauses:coverage:thresholds:)``.
    static let smallEffects: [[String]] = Lexicon.smallEffectPhrases.map(split)

    /// ``Lexicon/negatedPredicates`` stemmed: in a claim they split exposure from outcome (``ClaimQuery/sides``).
    static let negatedPredicateStems: Set<String> = stemmed(Lexicon.negatedPredicates)

    /// ``Lexicon/genericResearchNouns`` stemmed ("risk", "levels", "disease"): a source names a
    /// claim's outcome without them ("fewer cardiovascular events" for "the risk of heart disease"),
    /// so ``ShortEvidenceGate`` does not ask for them once the outcome's other words are there.
    static let genericResearchNounStems: Set<String> = stemmed(Lexicon.genericResearchNouns)

    /// The first word of every negation cue: a word not in here (and not a contraction) starts none.
    /// Copulas start "evidence was lacking".
    static let negationFirstWords: Set<String> = Set(negations.compactMap(\.words.first)).union(copulas)

    /// Denied predicates as written: they deny only after a copula (``Lexicon/copulas``).
    static let negatedPredicateWords: Set<String> = Set(Lexicon.negatedPredicates)
    static let copulas: Set<String> = Set(Lexicon.copulas)
    static let relativePronouns: Set<String> = Set(Lexicon.relativePronouns)
    static let auxiliaries: Set<String> = Set(Lexicon.auxiliaries)
    static let hedgeAdverbs: Set<String> = Set(Lexicon.hedgeAdverbs)
    static let sharedCopulaOpeners: Set<String> = Set(Lexicon.sharedCopulaOpeners)
    static let subjectPronouns: Set<String> = Set(Lexicon.subjectPronouns)
    static let evidenceNouns: Set<String> = Set(Lexicon.evidenceNouns)

    /// Words after "no"/"not" that make a bound or a comparison, not a negation: "no more than 5".
    static let negationExceptionsAfter: Set<String> = Set(Lexicon.negationExceptionsAfter)

    // MARK: Direction

    /// Up and down along one axis: "reduces cortisol" against "increased cortisol" is a reversal.
    static let increaseStems: Set<String> = stemmed(Lexicon.increaseWords)
    static let decreaseStems: Set<String> = stemmed(Lexicon.decreaseWords)
    /// Adverbs of association, matched as written (their stems collide: "posit" is also "position").
    static let increaseWords: Set<String> = Set(Lexicon.increaseAdverbs)
    static let decreaseWords: Set<String> = Set(Lexicon.decreaseAdverbs)
    /// Better and worse are a second axis (see ``Lexicon/improveWords``).
    static let improveStems: Set<String> = stemmed(Lexicon.improveWords)
    static let worsenStems: Set<String> = stemmed(Lexicon.worsenWords)
    /// Every stem and word ``Direction/classify(_:at:)`` can answer for, for a quick first test.
    static let directionCandidates: Set<String> = increaseStems.union(decreaseStems).union(increaseWords)
        .union(decreaseWords).union(improveStems).union(worsenStems).union(comparatives)

    /// Comparatives followed by "than" and a number are bounds ("more than 80 percent"), not directions.
    static let comparatives: Set<String> = Set(Lexicon.comparatives)

    // MARK: Causation and association

    /// Verbs that assert a cause, as written (``Lexicon/causalVerbForms``). A source that only
    /// reports an association does not back these verbs.
    static let causalWords: Set<String> = Set(Lexicon.causalVerbForms)
    /// The same verbs stemmed, to know which claim words are relation words rather than subject.
    static let causalStems: Set<String> = stemmed(Lexicon.causalVerbForms)
    /// Multi-word causal phrases.
    static let causalPhrases: [[String]] = Lexicon.causalPhrases.map(split)

    /// Words that report an association; the word after ("with", "to", "between") joins the reason.
    static let associationStems: Set<String> = stemmed([
        "associated", "association", "correlated", "correlation", "correlates", "linked", "link",
    ])
    static let associationPhrases: [[String]] = ["tied to", "related to"].map(split)

    // MARK: Scope

    /// How much of a group a word speaks of (``Lexicon/scopeRanks``).
    static let scopeRanks: [String: Int] = Lexicon.scopeRanks

    /// "used to", "helps": a subject presented as a means (``Lexicon/purposeFrames``).
    static let purposeFrames: [[String]] = Lexicon.purposeFrames.map(split)

    // MARK: Helpers

    static func split(_ phrase: String) -> [String] { Lexicon.words(of: phrase) }

    /// Stems the words as ``TextAnalyzer`` would, with a stemmer that lives only for this call.
    static func stemmed(_ words: [String]) -> Set<String> {
        let stemmer = Stemmer()
        return Set(words.map { isCueOrStop($0) ? $0 : stemmer.stem($0) })
    }

    /// True for words ``TextAnalyzer`` keeps unstemmed and treats as non-content.
    static func isCueOrStop(_ word: String) -> Bool {
        StopWords.contains(word) || nonContentWords.contains(word) || word.hasSuffix("n't")
    }

    /// Whether `phrase` occurs in `words` at `index`.
    static func matches(_ phrase: [String], in words: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for offset in 0..<phrase.count where words[index + offset] != phrase[offset] { return false }
        return true
    }
}
