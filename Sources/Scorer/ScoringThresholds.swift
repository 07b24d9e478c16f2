/// Every number the scorer decides with, in one place.
///
/// These are first guesses, chosen by hand on the examples in the tests and the back-pain article.
/// A later issue tunes them on the SciFact *training* claims (and measures on data they were not
/// tuned on); keep them here, named, so that tuning is a change of constants, not of logic.
struct ScoringThresholds: Sendable, Hashable {
    // MARK: Retrieval (BM25)

    /// BM25 term-frequency saturation. 1.2 is the textbook default.
    var k1 = 1.2
    /// BM25 length normalisation. 0.75 is the textbook default.
    var b = 0.75
    /// A number in the claim ("80") is strong evidence that a sentence is about the same finding.
    var numberBoost = 1.5
    /// Weight of a synonym's stem in the BM25 query, relative to the claim's own word.
    var synonymQueryWeight = 0.5
    /// How many of the best-ranked sentences (over all sources) are aligned with the claim.
    var candidatesOverall = 8
    /// Also align each source's best few, so a second source is never crowded out by a long first one
    /// (disagreement between sources can only be seen if both are aligned).
    var candidatesPerSource = 2

    // MARK: Term coverage

    /// Credit for a claim word met only through its synonym ("people" ~ "population").
    var synonymCredit = 0.7
    /// Whether a change word the same way counts as a synonym of the claim's ("cuts" ~ "reduction").
    /// Off in ``standard``, which the trained verifier reads its features with (its weights were
    /// learned without it); on in ``product``, the rules' own relevance.
    var sameWayCredit = false
    /// Whether the looser paraphrase pairs count as synonyms ("eating" ~ "consumption"). Off in
    /// ``standard`` (the verifier's features), as ``sameWayCredit``.
    var paraphraseCredit = false
    /// Credit for a claim word the sentence names a kind of ("person" for "vendor", ``Generalisation``):
    /// the claim says less than the source. 0 (off) in ``standard``, as ``sameWayCredit``.
    var hyponymCredit = 0.0
    /// Whether a sentence that names another thing in the one place where it lacks a claim word
    /// ("in rats" for "in mice", ``SubstitutedWord``) is kept from stating the claim, by the rules
    /// and by the trained verifier. Off in ``standard``, as ``sameWayCredit``.
    var substitutedWord = false
    /// How many of a sentence word's senses (most frequent first) and how many steps up WordNet's
    /// noun hierarchy ``hyponymCredit`` looks: 4 reaches "person" from "vendor"; the former 32
    /// reached the roots ("entity", "object", "group", "abstraction") from nearly every noun (#17).
    var hyponymSenses = 2
    var hyponymLevels = 4
    /// Weight of a relation word ("reduces", "causes") in coverage: the direction, polarity and
    /// causation features judge those words, so coverage should mostly measure the *subject*.
    var relationWordWeight = 0.5
    /// Added to each word's IDF so that in a tiny collection (one abstract) every word still counts.
    var idfFloor = 0.3

    // MARK: Relevance and verdict

    /// Below this coverage the best sentence does not address the claim at all.
    var relevance = 0.45
    /// At or above this coverage a signal-free sentence states the claim (`supports`).
    var support = 0.6
    /// A sentence decides (supports, contradicts, qualifies) only if it covers at least this share
    /// of the claim's exposure (``SubjectMatch``), IDF-weighted. Chosen on the cross-fitted tuning
    /// split (README, "Judgement").
    var sideCoverage = 0.5
    /// Sentences within this much coverage of the best one compete to decide the verdict.
    var nearBest = 0.1
    /// Sentences below this coverage are not quoted, even as `mentions`.
    var minimumQuote = 0.3
    /// How many quotes a claim gets.
    var maximumQuotes = 3
    /// Two sources read by the trained verifier in opposite directions, each at least this likely,
    /// make a claim `disputed` rather than taking the more confident side.
    var learnedDisputeProbability = 0.6

    // MARK: Features

    /// Two numbers within this relative difference are the same number.
    var sameValueTolerance = 0.05
    /// Two numbers further apart than this (relative) contradict each other; between the two
    /// tolerances they are "close", and neither agree nor conflict.
    var conflictTolerance = 0.15
    /// A cue (negation, direction) counts only within this many words of a claim word in the sentence.
    var cueWindow = 6

    /// Text fragments: quotes longer than this many words are linked by their first and last words.
    var fragmentWholeQuoteWords = 10
    var fragmentEdgeWords = 5

    static let standard = ScoringThresholds()

    /// What ``ClaimScorer``'s rules decide with: ``standard`` with the looser matches of relevance
    /// that survives paraphrase switched on (same-way change words, paraphrase groups, a claim word
    /// the source names a kind of). The trained verifier keeps ``standard``: its weights were learned
    /// on features without them.
    static let product: ScoringThresholds = {
        var thresholds = standard
        thresholds.sameWayCredit = true
        thresholds.paraphraseCredit = true
        thresholds.hyponymCredit = 0.7
        thresholds.substitutedWord = true
        return thresholds
    }()
}
