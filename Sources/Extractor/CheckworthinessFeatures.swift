import FactCheckModel
import TextAnalysis

/// The features of a sentence that the check-worthiness model weighs, as a sparse vector of
/// named values. Names say what a feature is, so a weight file reads like an explanation:
///
/// - `f:` structural features explained in ``StructuralFeature`` (numbers, causal verbs, named and
///   vague sources, comparisons, dates, hedges, first-person opinion, imperatives, questions …);
/// - `w:` a word, `b:` a pair of adjacent words (numbers become `<num>`, so "5 percent" and
///   "80 percent" share `b:<num>_percent`; research vocabulary is left to `f:domainTerms`, and,
///   in the ``Options/chosen`` set, causal and reporting verbs to `f:causal` and `f:cuedClaim`).
///   Words carry what structure cannot: "unemployment", "billion", "voted" make a sentence worth
///   checking; "thank", "folks" do not.
public struct CheckworthinessFeatures: Sendable {
    /// Which features a sentence gets: the variants the trainer compares by cross-validation
    /// (`factcheck-bench train-checkworthiness --compare-features`). The model is trained and used
    /// with ``chosen``.
    public struct Options: Sendable, Hashable, CustomStringConvertible {
        /// Causal and reporting verbs and hedge words also as words (`w:stimulate`,
        /// `w:discovered`, `w:can`). In debate transcripts they are mostly about politics
        /// ("stimulate the economy", "we discovered that my opponent…", "we can do better") and
        /// learn weights that push research claims down; without them they speak through
        /// `f:causal`, `f:cuedClaim` and `f:hedged`.
        public var verbWords: Bool
        /// The cue features ``StructuralFeature/cuedClaim`` and ``StructuralFeature/datedChange``.
        public var cues: Bool

        public init(verbWords: Bool, cues: Bool) {
            self.verbWords = verbWords
            self.cues = cues
        }

        /// Chosen by 5-fold cross-validation on CheckThat! 2024 English train (Sources/Extractor/README.md).
        public static let chosen = Options(verbWords: false, cues: true)
        /// Every variant, for the comparison.
        public static let all: [Options] = [false, true].flatMap { verbs in [false, true].map { Options(verbWords: verbs, cues: $0) } }

        public var description: String { "verb words \(verbWords ? "yes" : "no"), cues \(cues ? "yes" : "no")" }
    }

    public private(set) var values: [String: Double] = [:]
    /// The structural part alone, for explanations and for rules that the training data cannot
    /// teach (author bios and advice never occur in debate transcripts).
    public private(set) var structural: [StructuralFeature: Double] = [:]

    /// Features of one sentence, from the same parsers the extractor uses on articles.
    public init(sentence: String, options: Options = .chosen) {
        let attribution = AttributionParser.parse(sentence)?.attribution
        self.init(
            sentence: sentence, quantities: QuantityParser.quantities(in: sentence, keepingRecounts: true), attribution: attribution,
            hedges: HedgeLexicon.hedges(in: sentence), options: options)
    }

    public init(sentence: String, quantities: [Quantity], attribution: Attribution?, hedges: [String], options: Options = .chosen) {
        let words = Tokenizer.words(in: sentence)
        // Facts several features share, computed once.
        let facts = SentenceFacts(
            words: words, causal: ClaimLexicon.containsCausalVerb(words),
            domainTerms: words.filter { ClaimLexicon.domainTerms.contains($0) }.count)
        for feature in StructuralFeature.allCases {
            if !options.cues, feature == .cuedClaim || feature == .datedChange { continue }
            let value = feature.value(sentence: sentence, facts: facts, quantities: quantities, attribution: attribution, hedges: hedges)
            if value != 0 {
                structural[feature] = value
                if !feature.isPriorOnly { values["f:" + feature.rawValue] = value }
            }
        }
        // Research vocabulary speaks through `domainTerms` only: in debate transcripts "blood",
        // "pressure" and "walk" are idioms ("blood on their hands"), and weights learned from them
        // would push real research claims below the threshold.
        let terms = words.compactMap { word -> String? in
            if word.first?.isNumber == true { return "<num>" }
            if !options.verbWords, ClaimLexicon.isVerbOfClaim(word) { return nil }
            return ClaimLexicon.domainTerms.contains(word) ? nil : word
        }
        for term in terms { values["w:" + term] = 1 }
        for (first, second) in zip(terms, terms.dropFirst()) { values["b:" + first + "_" + second] = 1 }
        values["f:bias"] = 1
    }
}

/// Features that describe a sentence's shape rather than its words. Each case says why it matters.
public enum StructuralFeature: String, Sendable, CaseIterable {
    /// A number with a unit, a percentage, a ratio: statistics are the claims most often wrong.
    case quantity
    /// A calendar year: dated events can be checked.
    case year
    /// A verb asserting cause or effect ("reduces", "causes", "leads to").
    case causal
    /// "According to the CDC", "The ACA reports": someone a reader could check.
    case namedSource
    /// "Studies have shown", "experts say": a source nobody can check.
    case vagueSource
    /// "more likely than", "higher than", "compared with".
    case comparative
    /// Medicine, physiology and research vocabulary (count, at most 4).
    case domainTerms
    /// "may", "can", "is associated with". Not on a causal research claim ("massage can reduce
    /// cortisol"): there the hedge is part of what is checked (a source's "may" against an
    /// article's "does" is an overstatement), while in debates "we can do better" hedges nothing.
    case hedged
    /// "If you …": a conditional addressed to the reader, usually advice.
    case conditionalYou
    /// "you might want to", "consider", "make sure", or a sentence opening with an imperative verb.
    case advice
    /// Ends with a question mark.
    case question
    /// "I think", "in my opinion".
    case firstPersonOpinion
    /// "X is a freelance writer living in …".
    case authorBio
    /// "As you can see", "last but not least": framing, not content.
    case rhetoric
    /// "great", "amazing", "legitimate": evaluation, not fact.
    case evaluative
    /// "you", "your" (count, at most 3).
    case secondPerson
    /// Fewer than five words.
    case short
    /// Number of words, scaled (length / 40, at most 1.5): long sentences carry more assertions.
    case length
    /// A finding credited to someone: "according to" or a named or vague source, with a finding
    /// verb ("found", "discovered", "showed") or a figure. "According to a paper published on
    /// Monday, the team discovered…" is what reporters check first.
    case cuedClaim
    /// A change dated by a year: "halved service calls by 2009", "rose every year since 2015".
    case datedChange
    /// "Circulation is a great balm for soreness", "They're a legitimate way to…": the subject is
    /// given an evaluative noun phrase, an evaluation or a figure of speech, not a fact to check.
    /// Articles are full of them, debate transcripts seldom write them so: a fixed prior.
    case evaluativePredicate
    /// A statement about bodies, medicine or research: a causal verb ("massage increases blood
    /// flow"), an efficacy word ("massage therapy for back pain is so effective"), or a health
    /// term defined ("Cortisol is the stress hormone"), with a research term: the research claim
    /// factcheck exists for. The last two only without an evaluative word, which makes a
    /// comparison a figure of speech ("Circulation is a great balm for soreness"). Debate transcripts almost never contain one, so its
    /// weight is a fixed prior, not learned (see ``CheckworthinessModel/articlePriors``).
    case researchClaim

    /// Features whose weight cannot be learned from the training data and is set as a prior.
    public var isPriorOnly: Bool { self == .authorBio || self == .researchClaim || self == .evaluativePredicate }

    func value(sentence: String, facts: SentenceFacts, quantities: [Quantity], attribution: Attribution?, hedges: [String]) -> Double {
        let words = facts.words
        switch self {
        case .quantity: return quantities.contains { $0.unit != "calendar-year" } ? 1 : 0
        case .year: return quantities.contains { $0.unit == "calendar-year" } ? 1 : 0
        case .causal: return facts.causal ? 1 : 0
        case .namedSource: return attribution.map { $0.vague ? 0 : 1 } ?? 0
        case .vagueSource: return attribution.map { $0.vague ? 1 : 0 } ?? 0
        case .comparative: return ClaimLexicon.comparatives.containedIn(words) ? 1 : 0
        case .domainTerms: return Double(min(4, facts.domainTerms))
        case .hedged: return hedges.isEmpty || (facts.causal && facts.domainTerms > 0) ? 0 : 1
        case .conditionalYou: return ClaimLexicon.conditionalYou.containedIn(words) ? 1 : 0
        case .advice:
            return ClaimLexicon.advice.containedIn(words) || ClaimLexicon.impersonalAdvice.starts(words)
                || Lexicon.imperativeOpeners.contains(words.first ?? "") ? 1 : 0
        case .question: return sentence.trimmingWhitespace.hasSuffix("?") ? 1 : 0
        case .firstPersonOpinion: return ClaimLexicon.opinion.containedIn(words) ? 1 : 0
        case .authorBio: return ClaimLexicon.isAuthorBio(words) ? 1 : 0
        case .rhetoric: return ClaimLexicon.rhetoric.starts(words) ? 1 : 0
        case .evaluative: return words.contains { ClaimLexicon.evaluative.contains($0) } ? 1 : 0
        case .secondPerson: return Double(min(3, words.filter { ClaimLexicon.secondPerson.contains($0) }.count))
        case .short: return words.count < 5 ? 1 : 0
        case .length: return min(1.5, Double(words.count) / 40)
        case .researchClaim:
            guard facts.domainTerms > 0 else { return 0 }
            if facts.causal { return 1 }
            if words.contains(where: ClaimLexicon.evaluative.contains) { return 0 }
            return words.contains(where: ClaimLexicon.efficacyWords.contains) || ClaimLexicon.isHealthDefinition(words) ? 1 : 0
        case .cuedClaim:
            let cued = attribution != nil || ClaimLexicon.accordingTo.containedIn(words)
            let found = words.contains(where: ClaimLexicon.findingVerbForms.contains)
            return cued && (found || !quantities.isEmpty) ? 1 : 0
        case .evaluativePredicate: return ClaimLexicon.isEvaluativePredicate(words) ? 1 : 0
        case .datedChange:
            let dated = quantities.contains { $0.unit == "calendar-year" }
            return dated && (facts.causal || words.contains(where: ClaimLexicon.changeWords.contains)) ? 1 : 0
        }
    }
}

/// What several structural features of one sentence need, computed once per sentence.
struct SentenceFacts {
    var words: [String]
    var causal: Bool
    var domainTerms: Int
}
