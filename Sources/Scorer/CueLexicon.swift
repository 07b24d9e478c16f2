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
    static let nonContentWords: Set<String> = [
        "no", "not", "never", "neither", "nor", "without", "none", "cannot",
        "may", "might", "could", "can", "possibly", "perhaps", "probably", "likely", "potentially",
        "every", "everyone", "everybody", "always", "several", "often", "sometimes",
        "significant", "significantly", "statistically",
    ]

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
            "no", "not", "never", "neither", "nor", "without", "none", "cannot",
        ]
        let whole = [
            "no evidence", "no difference", "no differences", "no effect", "no effects", "no association",
            "no change", "no changes", "no relationship", "no benefit", "not associated", "unrelated",
            // "lack of" alone is often the subject ("lack of FGF21 leads to ..."), not a finding.
            "lack of effect", "lack of association", "lack of benefit", "absence of effect", "absence of association",
        ]
        let cues = extending.map { NegationCue(words: split($0), extends: true) }
            + whole.map { NegationCue(words: split($0), extends: false) }
        // Stable: equal lengths keep the order above.
        return cues.enumerated().sorted { lhs, rhs in
            lhs.element.words.count != rhs.element.words.count
                ? lhs.element.words.count > rhs.element.words.count : lhs.offset < rhs.offset
        }.map(\.element)
    }()

    /// The first word of every negation cue: a word not in here (and not a contraction) starts none.
    static let negationFirstWords: Set<String> = Set(negations.compactMap(\.words.first))

    /// Words after "no"/"not" that make a bound or a comparison, not a negation: "no more than 5".
    static let negationExceptionsAfter: Set<String> = [
        "more", "less", "fewer", "greater", "higher", "lower", "only", "until", "later", "earlier", "just",
        "least",
    ]

    // MARK: Direction

    /// Up and down along one axis: "reduces cortisol" against "increased cortisol" is a reversal.
    static let increaseStems: Set<String> = stemmed([
        "increase", "raise", "raised", "boost", "higher", "more", "promote", "stimulate", "elevate", "elevated",
        "rise", "rose", "greater", "enhance", "enhanced", "augment", "accelerate", "gain",
        "upregulate", "upregulated", "upregulation", "exacerbate", "potentiate", "amplify", "heighten",
    ])
    static let decreaseStems: Set<String> = stemmed([
        "reduce", "reduction", "lower", "lowered", "decrease", "cut", "decline", "less", "fewer", "inhibit",
        "suppress", "diminish", "drop", "dropped", "fall", "fell", "lessen", "attenuate", "alleviate",
        "slow", "slowed",
        "block", "blocked", "abolish", "abolished", "abrogate", "downregulate", "downregulated", "downregulation",
        "deplete", "depleted", "prevent", "prevented", "protect", "protected", "ameliorate",
    ])
    /// Adverbs of association, matched as written (their stems collide: "posit" is also "position").
    static let increaseWords: Set<String> = ["positively"]
    static let decreaseWords: Set<String> = ["negatively", "inversely"]
    /// Better and worse are a second axis: "improves pain" and "reduces pain" say the same thing,
    /// so improve/worsen are not put on the up/down axis, where they would seem to oppose.
    static let improveStems: Set<String> = stemmed([
        "improve", "improved", "improvement", "benefit", "beneficial", "better",
    ])
    static let worsenStems: Set<String> = stemmed([
        "worsen", "worsened", "worse", "impair", "impaired", "deteriorate", "harm", "harmful", "aggravate",
    ])
    /// Every stem and word ``Direction/classify(_:at:)`` can answer for, for a quick first test.
    static let directionCandidates: Set<String> = increaseStems.union(decreaseStems).union(increaseWords)
        .union(decreaseWords).union(improveStems).union(worsenStems).union(comparatives)

    /// Comparatives followed by "than" and a number are bounds ("more than 80 percent"), not directions.
    static let comparatives: Set<String> = ["more", "less", "fewer", "greater", "higher", "lower"]

    // MARK: Causation and association

    /// Verbs that assert a cause, as written. Surface forms, not stems: "reduces" and "causes" are
    /// verbs, while "reduced risk" and "increased risk" are adjectives that an associational claim
    /// uses too. A source that only reports an association does not back these verbs.
    static let causalWords: Set<String> = [
        "cause", "causes", "caused", "causing", "prevent", "prevents", "prevented", "cure", "cures", "cured",
        "trigger", "triggers", "protect", "protects", "reduce", "reduces", "increase", "increases", "lowers",
        "raises", "improves", "boosts", "decreases", "promotes", "stimulates", "induces", "induce",
        // Headline verbs: "cuts the risk", "slashes", "halves".
        "cuts", "slashes", "halves",
    ]
    /// The same verbs stemmed, to know which claim words are relation words rather than subject.
    static let causalStems: Set<String> = stemmed(Array(causalWords))
    /// Multi-word causal phrases.
    static let causalPhrases: [[String]] = [
        "leads to", "lead to", "led to", "results in", "result in", "resulted in", "contributes to",
    ].map(split)

    /// Words that report an association; the word after ("with", "to", "between") joins the reason.
    static let associationStems: Set<String> = stemmed([
        "associated", "association", "correlated", "correlation", "correlates", "linked", "link",
    ])
    static let associationPhrases: [[String]] = ["tied to", "related to"].map(split)

    // MARK: Scope

    /// How much of a group a word speaks of, smallest to largest: a claim may not speak of more than
    /// its source ("most" from "some", "all" from "most").
    static let scopeRanks: [String: Int] = [
        "few": 1, "rarely": 1, "minority": 1,
        "some": 2, "several": 2, "sometimes": 2, "subset": 2, "subgroup": 2,
        "many": 3, "often": 3, "frequently": 3,
        "most": 4, "majority": 4, "usually": 4, "mostly": 4,
        "all": 5, "every": 5, "everyone": 5, "everybody": 5, "always": 5,
    ]

    // MARK: Helpers

    static func split(_ phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }

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
